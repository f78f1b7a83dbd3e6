import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { IntakeDraft } from '../conversation/intake-draft';
import { note, section, userText, type CardElement } from './card-json';

/** The inputs that carry the officer's answer about each suggested overlap (by its place in the list). */
export const overlapInputIds = (index: number) => ({ verdict: `overlapVerdict${index}`, reason: `overlapReason${index}` });

/**
 * Shown on the step after the need: existing applications and open requests that look like it,
 * each with "this replaces it" or "this is different because…". Names are user text (TextRuns).
 */
export function buildOverlapSection(draft: IntakeDraft, errors: readonly FieldError[]): CardElement[] {
  const overlaps = draft.overlaps ?? [];
  if (overlaps.length === 0) return [];
  const items: CardElement[] = [note('Before you go on: the council may already have something like this. Tell ICT how your request relates to each.', { color: 'Warning' })];
  overlaps.forEach((overlap, index) => {
    const ids = overlapInputIds(index);
    const answered = draft.overlapNotes?.[overlap.id];
    items.push(userText(`${overlap.kind === 'application' ? 'Application' : `Request ${overlap.id}`}: ${overlap.name}`, { weight: 'Bolder' }));
    items.push(userText(overlap.reasons.join('; '), { italic: true }));
    items.push({
      type: 'Input.ChoiceSet',
      id: ids.verdict,
      label: `How does your request relate to ${overlap.name}?`,
      style: 'expanded',
      choices: [
        { title: 'Not sure yet', value: 'unsure' },
        { title: 'This replaces it', value: 'replaces' },
        { title: 'This is different', value: 'different' },
      ],
      value: answered?.verdict ?? draft.form[ids.verdict] ?? 'unsure',
    });
    items.push({ type: 'Input.Text', id: ids.reason, label: 'Why it is different (if it is)', isMultiline: true, maxLength: 1000, ...(answered?.reason || draft.form[ids.reason] ? { value: answered?.reason ?? draft.form[ids.reason] } : {}) });
    for (const error of errors.filter((candidate) => candidate.field === ids.reason)) items.push(userText(error.message, { color: 'Attention' }));
  });
  return [section(items, { separator: true, style: 'attention' })];
}
