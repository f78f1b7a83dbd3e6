import type { CardVerb } from './card-verbs';

/** An Adaptive Card element or action as JSON (the schema is checked by the adaptivecards library in tests). */
export interface CardElement {
  type: string;
  [property: string]: unknown;
}

/** An Adaptive Card 1.5, as sent in an attachment or an invoke response. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  [property: string]: unknown;
}

/** The content type of an Adaptive Card attachment and invoke response. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function buildCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** A heading screen readers announce as one. Only for Entrance Hall's own words. */
export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return { type: 'TextBlock', text, style: 'heading', size, weight: 'Bolder', wrap: true };
}

/** A line of Entrance Hall's own words (never user text: TextBlock renders markdown). */
export function note(text: string, options: { subtle?: boolean; color?: 'Attention' | 'Good' | 'Warning' } = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...(options.subtle ? { isSubtle: true } : {}), ...(options.color ? { color: options.color } : {}) };
}

/**
 * Text someone typed (a title, a reason, a validation message quoting an answer). TextRuns are
 * never read as markdown, so `**x**` or `[a](http://evil)` show exactly as typed.
 */
export function userText(text: string, options: { weight?: 'Bolder'; color?: 'Attention'; italic?: boolean } = {}): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text, ...(options.weight ? { weight: options.weight } : {}), ...(options.color ? { color: options.color } : {}), ...(options.italic ? { italic: true } : {}) }],
  };
}

/** A label and a value on one row; the value may be user text. */
export function labelledValue(label: string, value: string): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: label, weight: 'Bolder', wrap: true }] },
      { type: 'Column', width: 'stretch', items: [userText(value === '' ? '—' : value)] },
    ],
  };
}

/**
 * A button: `Action.Execute` with a typed verb (Universal Actions, updates the card in place) and
 * an `Action.Submit` fallback carrying the same verb for clients without Universal Actions.
 */
export function actionButton(verb: CardVerb, title: string, data: Record<string, unknown> = {}, options: { style?: 'positive' | 'destructive'; validate?: boolean } = {}): CardElement {
  const payload = { verb, ...data };
  const associatedInputs = options.validate === false ? 'none' : 'auto';
  return {
    type: 'Action.Execute',
    verb,
    title,
    data: payload,
    associatedInputs,
    ...(options.style ? { style: options.style } : {}),
    fallback: { type: 'Action.Submit', title, data: payload, associatedInputs, ...(options.style ? { style: options.style } : {}) },
  };
}

/** The actions of a card laid out inside its body (for sections that carry their own buttons). */
export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

/** A thin separator before a section. */
export function section(items: CardElement[], options: { separator?: boolean; style?: 'emphasis' | 'attention' | 'good' } = {}): CardElement {
  return { type: 'Container', items, ...(options.separator === false ? {} : { separator: true, spacing: 'Medium' }), ...(options.style ? { style: options.style } : {}) };
}
