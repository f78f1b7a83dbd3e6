import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { findOverlapsForText, recordOverlapNote } from '@entrance-hall/shared/domain/estate/estate-commands';
import type { FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import type { RequestFields } from '@entrance-hall/shared/domain/requests/project-request';
import { overlapInputIds } from '../cards/build-overlap-section';
import type { IntakeDraft } from './intake-draft';

/** How many of each kind a card shows: enough to spot a duplicate, few enough to answer. */
const SHOWN_IN_CARD = 3;

/** Applications and open requests that look like the need the officer described (ranked by full-text relevance). */
export async function suggestOverlaps(context: DomainContext, principal: Principal, answers: Partial<RequestFields>): Promise<NonNullable<IntakeDraft['overlaps']>> {
  const text = [answers.title, answers.problem, answers.proposedOutcome].filter(Boolean).join('\n');
  const found = await findOverlapsForText(context, principal, text);
  return [...found.applications.slice(0, SHOWN_IN_CARD), ...found.requests.slice(0, SHOWN_IN_CARD)].map(({ kind, id, name, reasons }) => ({ kind, id, name, reasons }));
}

/** Reads "this replaces it" / "this is different because…" for each suggested overlap; a difference needs its reason. */
export function readOverlapAnswers(draft: IntakeDraft, data: Record<string, unknown>): { raw: Record<string, string>; notes: NonNullable<IntakeDraft['overlapNotes']>; errors: FieldError[] } {
  const raw: Record<string, string> = {};
  const notes: NonNullable<IntakeDraft['overlapNotes']> = {};
  const errors: FieldError[] = [];
  (draft.overlaps ?? []).forEach((overlap, index) => {
    const ids = overlapInputIds(index);
    const verdict = typeof data[ids.verdict] === 'string' ? (data[ids.verdict] as string) : 'unsure';
    const reason = typeof data[ids.reason] === 'string' ? (data[ids.reason] as string).trim().slice(0, 1000) : '';
    raw[ids.verdict] = verdict;
    raw[ids.reason] = reason;
    if (verdict === 'replaces') notes[overlap.id] = { verdict };
    else if (verdict === 'different' && reason !== '') notes[overlap.id] = { verdict, reason };
    else if (verdict === 'different') errors.push({ field: ids.reason, message: `Say why your request is different from ${overlap.name}.` });
  });
  return { raw, notes, errors };
}

/** Records the officer's answers on the new request, where ICT sees them at triage; one that cannot be saved is said in words. */
export async function recordIntakeOverlapNotes(context: DomainContext, principal: Principal, requestId: string, draft: IntakeDraft): Promise<{ kind: 'text'; text: string }[]> {
  const unsaved: string[] = [];
  for (const [targetId, note] of Object.entries(draft.overlapNotes ?? {})) {
    try {
      await recordOverlapNote(context, principal, requestId, targetId, note);
    } catch {
      unsaved.push(draft.overlaps?.find((overlap) => overlap.id === targetId)?.name ?? targetId);
    }
  }
  return unsaved.length > 0 ? [{ kind: 'text', text: `Your request was sent, but what you said about ${unsaved.join(', ')} could not be saved. Tell ICT when they contact you.` }] : [];
}
