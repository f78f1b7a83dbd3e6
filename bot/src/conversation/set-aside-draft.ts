import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import { buildCancelledIntakeCard, buildConfirmStopCard } from '../cards/build-intake-cards';
import type { AdaptiveCardJson } from '../cards/card-json';
import { buildProblemCard } from '../cards/build-request-cards';
import { stateKeys } from './bot-state-store';
import { RESTORABLE_DAYS, hasAnswers, type IntakeDraft, type SetAsideDraft } from './intake-draft';
import type { Reply, Turn } from './turn';
import { viewDraft } from './view-draft';

const DAY_MS = 24 * 60 * 60 * 1000;

function setAsideKey(turn: Turn): string {
  return stateKeys.setAside(turn.principal.organisationId, turn.principal.id);
}

/** Keeps a draft the officer stopped or started again, restorable for 30 days (only the latest). */
export async function setAside(turn: Turn, draft: IntakeDraft): Promise<void> {
  const kept: SetAsideDraft = { draft: { ...draft, status: 'open' }, setAsideAt: turn.tools.context.now() };
  await turn.tools.state.writeState(setAsideKey(turn), kept, '*');
}

/** "Restore my last draft": the set-aside draft becomes the current one; an open one is set aside in its place. */
export async function restoreDraft(turn: Turn): Promise<AdaptiveCardJson> {
  const { context, state } = turn.tools;
  const key = setAsideKey(turn);
  const [kept, { options }] = await Promise.all([state.readState<SetAsideDraft>(key), turn.tools.settingsOf(turn.principal.organisationId)]);
  const age = kept ? Date.parse(context.now()) - Date.parse(kept.value.setAsideAt) : Infinity;
  if (!kept || age > RESTORABLE_DAYS * DAY_MS) {
    return buildProblemCard(`There is no stopped draft to restore: drafts are kept for ${RESTORABLE_DAYS} days after you stop them. Say "new request" to start one.`);
  }
  const restored: IntakeDraft = { ...kept.value.draft, status: 'open' };
  const current = turn.officer.draft;
  if (current && current.status === 'open' && current.id !== restored.id && hasAnswers(current)) await setAside(turn, current);
  else await state.deleteState(key);
  await turn.officer.saveDraft(restored);
  return viewDraft(restored, options, [], `Restored your draft from ${formatLongDate(kept.value.setAsideAt)}, with every answer you had typed.`);
}

/** Stops a draft after the officer confirmed: nothing sent, the answers kept for 30 days. */
export async function stopDraft(turn: Turn, draft: IntakeDraft): Promise<AdaptiveCardJson> {
  await setAside(turn, draft);
  await turn.officer.saveDraft({ ...draft, status: 'cancelled' });
  return buildCancelledIntakeCard();
}

/** "cancel" typed: asks first, as the button does. */
export function cancelByMessage(turn: Turn): Reply {
  const current = turn.officer.draft;
  if (!current || current.status !== 'open') return { kind: 'text', text: 'There is no request in progress to stop. Say "restore my last draft" to get back one you stopped.' };
  return { kind: 'card', card: buildConfirmStopCard(current) };
}
