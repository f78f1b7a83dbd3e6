import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { AppError, isAppError } from '@entrance-hall/shared/domain/errors/app-error';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import type { VerifiedIdentity } from '@entrance-hall/shared/http/identity/token-verifier';
import type { UserDirectory } from '@entrance-hall/shared/domain/identity/user-directory';
import { todayOf } from '@entrance-hall/shared/domain/requests/find-past-dates';
import { buildProblemCard } from '../cards/build-request-cards';
import type { ClassifiedMessage } from '../language/intent-classifier';
import { stateKeys, type BotStateStore } from './bot-state-store';
import { OfficerState } from './officer-state';
import { createOrganisationSettings } from './organisation-settings';
import { createConversationMemory } from './remember-conversation';
import { routeTurn } from './route-turn';
import type { ConversationTools, Turn, TurnContext, TurnInput, TurnResult } from './turn';
import { viewDraft } from './view-draft';

export { UNKNOWN_NAME, type Reply, type TurnContext, type TurnInput, type TurnResult, type TurnUser } from './turn';

/** How long a handled activity is remembered when the caller does not say. */
const DEFAULT_ACTIVITY_RETENTION_MS = 24 * 3_600_000;

export interface ConversationDependencies {
  context: DomainContext;
  directory: UserDirectory;
  state: BotStateStore;
  resolvePrincipal: (identity: VerifiedIdentity) => Promise<Principal>;
  /** Reads what a typed message asks for (the trained intent classifier). */
  classify: (text: string) => Promise<ClassifiedMessage>;
  /** How long a handled activity is remembered, so a re-send within it is not acted on twice. */
  activityRetentionMs?: number;
}

export interface Conversation {
  handleTurn(turn: TurnContext, input: TurnInput): Promise<TurnResult>;
}

/**
 * The intake conversation: plain words and card verbs in, cards out, the draft in bot state after
 * every step. It knows nothing of botbuilder; the Teams layer turns activities into TurnInputs.
 * A turn reads the officer's state once (draft and handled activities, one entity) and writes it
 * at most once; the steps it runs are in route-turn.ts.
 */
export function createConversation(dependencies: ConversationDependencies): Conversation {
  const { context, directory, state } = dependencies;
  const tools: ConversationTools = { context, directory, state, settingsOf: createOrganisationSettings(context) };
  const rememberConversation = createConversationMemory(context, state);

  async function beginTurn(turnContext: TurnContext): Promise<Turn> {
    const { user } = turnContext;
    const principal = await dependencies.resolvePrincipal({ userId: user.aadObjectId, name: user.name, tenantId: user.tenantId, roles: [], groups: [] });
    const officer = await OfficerState.load({
      store: state,
      key: stateKeys.draft(principal.organisationId, principal.id),
      activityId: turnContext.activityId,
      now: context.now,
      retentionMs: dependencies.activityRetentionMs ?? DEFAULT_ACTIVITY_RETENTION_MS,
    });
    return { tools, principal, user, scope: turnContext.scope, officer, today: todayOf(context.now()) };
  }

  /** For a re-sent activity: show where the draft stands now, do nothing again. */
  async function alreadyHandled(turn: Turn, input: TurnInput): Promise<TurnResult> {
    const draft = turn.officer.draft;
    if (input.kind !== 'action' || !draft) return { duplicate: true, replies: [] };
    return { duplicate: true, replies: [], card: viewDraft(draft, (await tools.settingsOf(turn.principal.organisationId)).options) };
  }

  return {
    async handleTurn(turnContext, input) {
      let turn: Turn;
      try {
        turn = await beginTurn(turnContext);
      } catch (error) {
        if (isAppError(error) && error.code === 'forbidden') return { replies: [{ kind: 'text', text: error.message }] };
        return explainFailure(error, input);
      }
      try {
        if (turn.officer.handledBefore) return await alreadyHandled(turn, input);
        // Remembering where to reach the officer does not hold up the answer.
        const remembered = turn.scope === 'personal' && turnContext.conversationReference ? rememberConversation(turn.principal, turnContext.conversationReference) : Promise.resolve();
        const [result] = await Promise.all([routeTurn(turn, input, dependencies.classify), remembered]);
        // A turn that saved nothing records the activity now; false when its re-send got there first.
        return (await turn.officer.finish()) ? result : await alreadyHandled(turn, input);
      } catch (error) {
        // Teams re-sent this activity while it was being handled, and the re-send saved first.
        if (isAppError(error) && error.code === 'precondition_failed' && (await wasHandledMeanwhile(turn))) return alreadyHandled(turn, input);
        return explainFailure(error, input);
      }
    },
  };
}

async function wasHandledMeanwhile(turn: Turn): Promise<boolean> {
  try {
    await turn.officer.reload();
    return turn.officer.handledBefore;
  } catch {
    return false;
  }
}

/** Failures in the officer's words; a failed write leaves the stored draft as it was. */
export function explainFailure(error: unknown, input: TurnInput): TurnResult {
  const appError = error instanceof AppError ? error : undefined;
  const message =
    appError?.code === 'precondition_failed'
      ? 'Your request was changed in another window at the same moment. Say "new request" to see it as it is now.'
      : appError?.code === 'payload_too_large' || appError?.code === 'forbidden'
        ? appError.message
        : 'I could not save that just now: Entrance Hall cannot reach its storage.';
  const card = buildProblemCard(message, { draftSafe: true });
  return input.kind === 'action' ? { card, replies: [], failure: error } : { replies: [{ kind: 'card', card }], failure: error };
}
