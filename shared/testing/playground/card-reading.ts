/** Helpers for tests that read cards the way a person would: their words, their inputs, their buttons. */

type Json = Record<string, unknown>;

function walk(node: unknown, visit: (element: Json) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (node && typeof node === 'object') {
    visit(node as Json);
    for (const value of Object.values(node as Json)) walk(value, visit);
  }
}

/** Every piece of text a card shows (TextBlocks and TextRuns), in order. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (element) => {
    if ((element.type === 'TextBlock' || element.type === 'TextRun') && typeof element.text === 'string') texts.push(element.text);
  });
  return texts;
}

/** The card's words as one string, for "does it say…" checks. */
export function cardText(card: unknown): string {
  return cardTexts(card).join('\n');
}

/** The inputs of a card by id. */
export function cardInputs(card: unknown): Map<string, Json> {
  const inputs = new Map<string, Json>();
  walk(card, (element) => {
    if (typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string') inputs.set(element.id, element);
  });
  return inputs;
}

/** The Action.Execute button with this verb (and optionally this title). */
export function cardAction(card: unknown, verb: string, title?: string): { verb: string; title: string; data: Json } {
  let found: { verb: string; title: string; data: Json } | undefined;
  walk(card, (element) => {
    if (!found && element.type === 'Action.Execute' && element.verb === verb && (title === undefined || element.title === title)) {
      found = { verb, title: String(element.title), data: (element.data ?? {}) as Json };
    }
  });
  if (!found) throw new Error(`The card has no "${title ?? verb}" button. It says:\n${cardText(card)}`);
  return found;
}

/** What pressing a button sends: its data plus the card's inputs as typed (current values by default). */
export function pressData(card: unknown, verb: string, typed: Record<string, string> = {}, title?: string): Json {
  const values: Json = {};
  for (const [id, input] of cardInputs(card)) if (input.value !== undefined) values[id] = String(input.value);
  return { ...values, ...typed, ...cardAction(card, verb, title).data };
}
