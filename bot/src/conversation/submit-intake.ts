import { routeRequest } from '@entrance-hall/shared/domain/constitution/route-request';
import { isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import { createRequest, findIdempotentRequest } from '@entrance-hall/shared/domain/requests/create-request';
import { businessMetrics } from '@entrance-hall/shared/domain/metrics/business-metrics';
import { buildConfirmationCard, buildReviewCard, buildSubmittedIntakeCard } from '../cards/build-intake-cards';
import type { AdaptiveCardJson } from '../cards/card-json';
import { buildProblemCard } from '../cards/build-request-cards';
import type { IntakeDraft, IntakeOptions } from './intake-draft';
import { recordIntakeOverlapNotes } from './intake-overlaps';
import { updateWith, type Reply, type Turn, type TurnResult } from './turn';

/**
 * Submit: the draft becomes a request exactly once. The draft id is the idempotency key, so a
 * double click or a retried invoke gets the same request and only one confirmation.
 */
export async function submitIntake(turn: Turn, draft: IntakeDraft, options: IntakeOptions): Promise<TurnResult> {
  const { context } = turn.tools;
  const principal = turn.principal;
  let request;
  const notes: Reply[] = [];
  try {
    request = await createRequest(context, { ...principal, name: draft.requester.name }, draft.answers, { requester: draft.requester, idempotencyKey: draft.id });
  } catch (error) {
    if (isAppError(error) && error.code === 'validation') {
      const review: IntakeDraft = { ...draft, step: 'review' };
      return updateWith(buildReviewCard(review, options, error.details.errors ?? []));
    }
    // Sent once already, before the last edit (the draft was not marked submitted): the request stands as sent.
    const sent = isAppError(error) && error.code === 'idempotency_conflict' ? await findIdempotentRequest(context, principal, draft.id) : undefined;
    if (!sent) throw error;
    request = sent;
    notes.push({ kind: 'text', text: `This request was already submitted as ${sent.value.id} before your last changes, which were not sent. Ask ICT if something needs updating.` });
  }
  notes.push(...(await recordIntakeOverlapNotes(context, { ...principal, name: draft.requester.name }, request.value.id, draft)));
  const submitted: IntakeDraft = { ...draft, status: 'submitted', requestId: request.value.id, step: 'review' };
  try {
    await turn.officer.saveDraft(submitted);
    businessMetrics.intakeCompleted();
  } catch (error) {
    if (!isAppError(error) || error.code !== 'precondition_failed') throw error;
    // Another click got here first and has already confirmed: show the same read-only card, once.
    await turn.officer.reload();
    const latest = turn.officer.draft;
    if (!latest || latest.id !== draft.id || latest.status === 'submitted' || turn.officer.handledBefore) return updateWith(buildSubmittedIntakeCard(request.value));
    // The draft changed in another window meanwhile; the request exists, so the draft is submitted.
    await turn.officer.saveDraft({ ...latest, status: 'submitted', requestId: request.value.id, step: 'review' });
  }
  return { card: buildSubmittedIntakeCard(request.value), replies: [{ kind: 'card', card: buildConfirmationCard(request.value, await routeRequest(context, request.value)) }, ...notes] };
}

/** A card from an earlier draft: say what became of it rather than act on it. */
export async function staleCardView(turn: Turn, draftId: string | undefined): Promise<AdaptiveCardJson> {
  if (draftId) {
    const request = await findIdempotentRequest(turn.tools.context, turn.principal, draftId);
    if (request) return buildSubmittedIntakeCard(request.value);
  }
  return buildProblemCard('This card belongs to a request that was cancelled or replaced. Say "new request" to carry on with your current one.');
}
