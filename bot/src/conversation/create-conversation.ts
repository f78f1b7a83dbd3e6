import type { DomainContext } from '@entrance-hall/shared/context/domain-context';
import { AppError, isAppError, type FieldError } from '@entrance-hall/shared/errors/app-error';
import type { UserDirectory } from '@entrance-hall/shared/identity/user-directory';
import type { Principal } from '@entrance-hall/shared/identity/roles';
import type { VerifiedIdentity } from '@entrance-hall/shared/identity/token-verifier';
import { INTAKE_STEPS, isIntakeStep, nextIntakeStep, previousIntakeStep, validateIntakeStep, type IntakeStep } from '@entrance-hall/shared/intake/intake-steps';
import { createRequest } from '@entrance-hall/shared/requests/create-request';
import type { Person } from '@entrance-hall/shared/requests/project-request';
import { getRequest, listRequests } from '@entrance-hall/shared/requests/read-requests';
import { findCurrentStrategy } from '@entrance-hall/shared/strategy/get-strategy';
import type { AdaptiveCardJson } from '../cards/card-json';
import { CARD_VERBS, isCardVerb, type CardVerb } from '../cards/card-verbs';
import { buildCancelledIntakeCard, buildConfirmationCard, buildIntakeStepCard, buildReviewCard, buildSubmittedIntakeCard } from '../cards/build-intake-cards';
import { buildMyRequestsCard, buildProblemCard, buildRequestStatusCard } from '../cards/build-request-cards';
import { buildHelpCard, buildWelcomeCard } from '../cards/build-welcome-cards';
import { stateKeys, type BotStateStore, type StoredState } from './bot-state-store';
import type { IntakeDraft, IntakeOptions } from './intake-draft';
import { matchIntent } from './match-intent';
import { businessMetrics } from '@entrance-hall/shared/telemetry/business-metrics';
import { readStepForm } from './read-step-form';

/** The name used when the channel sends none. */
export const UNKNOWN_NAME = '';

/** The Teams user behind a turn. */
export interface TurnUser {
  aadObjectId: string;
  tenantId: string;
  name: string;
}

/** What happened in Teams, without the SDK's types. */
export type TurnInput =
  | { kind: 'message'; text: string }
  | { kind: 'action'; verb: string; data: Record<string, unknown> }
  | { kind: 'installed' };

export interface TurnContext {
  user: TurnUser;
  /** Personal chat, or a group chat / channel (where the bot only hears @mentions). */
  scope: 'personal' | 'group';
  /** The channel's activity id, to answer a re-sent activity only once. */
  activityId?: string;
  /** Where to reach this officer later (proactive messages); stored for personal chats. */
  conversationReference?: unknown;
}

export type Reply = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'text'; text: string };

export interface TurnResult {
  /** Replaces the card that was acted on (the invoke response, or an update of that message). */
  card?: AdaptiveCardJson;
  /** New messages, in order. */
  replies: Reply[];
  /** True when this activity was seen before and nothing was done again. */
  duplicate?: boolean;
  /** The error behind a problem card, for the Teams layer's log (never shown to the officer). */
  failure?: unknown;
}

export interface ConversationDependencies {
  context: DomainContext;
  directory: UserDirectory;
  state: BotStateStore;
  resolvePrincipal: (identity: VerifiedIdentity) => Promise<Principal>;
}

export interface Conversation {
  handleTurn(turn: TurnContext, input: TurnInput): Promise<TurnResult>;
}

const PRIVATE_CHAT_ONLY = 'I keep project requests private: open a personal chat with Entrance Hall and say "new request" or "my requests" there.';
const NOT_UNDERSTOOD = 'Sorry, I did not catch that. Say "new request", "my requests", "status EH-2026-0042" or "help".';

/**
 * The intake conversation: plain words and card verbs in, cards out, the draft in bot state after
 * every step. It knows nothing of botbuilder; the Teams layer turns activities into TurnInputs.
 */
export function createConversation(dependencies: ConversationDependencies): Conversation {
  const { context, directory, state } = dependencies;

  async function principalOf(user: TurnUser): Promise<Principal> {
    return dependencies.resolvePrincipal({ userId: user.aadObjectId, name: user.name, tenantId: user.tenantId, roles: [], groups: [] });
  }

  async function loadOptions(organisationId: string): Promise<IntakeOptions> {
    const [organisation, strategy] = await Promise.all([context.repos.organisations.get(organisationId, organisationId), findCurrentStrategy(context, organisationId)]);
    return {
      serviceAreas: organisation?.value.serviceAreas ?? [],
      partnerCouncils: organisation?.value.partnerCouncils ?? [],
      themes: strategy?.value.themes.map((theme) => ({ id: theme.id, title: theme.title })) ?? [],
      corporatePriorities: strategy?.value.corporatePriorities.map((priority) => ({ id: priority.id, title: priority.title })) ?? [],
    };
  }

  async function requesterOf(principal: Principal, user: TurnUser): Promise<Person> {
    const profile = await directory.getProfile(user.aadObjectId, user.tenantId).catch(() => undefined);
    return {
      id: user.aadObjectId,
      name: profile?.displayName ?? user.name,
      ...(profile?.mail ? { email: profile.mail } : principal.email ? { email: principal.email } : {}),
      ...(profile?.department ? { department: profile.department } : {}),
      ...(profile?.jobTitle ? { jobTitle: profile.jobTitle } : {}),
    };
  }

  function readDraft(principal: Principal): Promise<StoredState<IntakeDraft> | undefined> {
    return state.readState<IntakeDraft>(stateKeys.draft(principal.organisationId, principal.id));
  }

  function saveDraft(principal: Principal, draft: IntakeDraft, etag: string | null): Promise<string> {
    return state.writeState(stateKeys.draft(principal.organisationId, principal.id), { ...draft, updatedAt: context.now() }, etag);
  }

  /** The card that shows a draft where it stands. */
  function viewOf(draft: IntakeDraft, options: IntakeOptions, errors: readonly FieldError[] = [], notice?: string): AdaptiveCardJson {
    if (draft.status === 'submitted' && draft.requestId) return buildSubmittedIntakeCard({ id: draft.requestId, title: draft.answers.title ?? '' });
    if (draft.status === 'cancelled') return buildCancelledIntakeCard();
    return draft.step === 'review' ? buildReviewCard(draft, options, errors) : buildIntakeStepCard(draft, draft.step, options, errors, notice);
  }

  async function startOrResume(principal: Principal, user: TurnUser): Promise<AdaptiveCardJson> {
    const [current, options] = await Promise.all([readDraft(principal), loadOptions(principal.organisationId)]);
    if (current && current.value.status === 'open') {
      const where = current.value.step === 'review' ? 'the final check' : `step ${INTAKE_STEPS.indexOf(current.value.step) + 1}`;
      const notice = `Welcome back: you were at ${where}. Your answers are as you left them.`;
      return current.value.step === 'review' ? buildReviewCard(current.value, options) : viewOf(current.value, options, [], notice);
    }
    const requester = await requesterOf(principal, user);
    const now = context.now();
    const draft: IntakeDraft = {
      id: context.newId(),
      organisationId: principal.organisationId,
      requester,
      step: 'need',
      // The directory knows the officer's department: offer it as the service area.
      form: requester.department && options.serviceAreas.includes(requester.department) ? { serviceArea: requester.department } : {},
      answers: {},
      completedSteps: [],
      status: 'open',
      startedAt: now,
      updatedAt: now,
    };
    await saveDraft(principal, draft, current?.etag ?? null);
    businessMetrics.intakeStarted();
    return viewOf(draft, options);
  }

  /** A card action on the intake: the card names its draft; the stored draft decides what happens. */
  async function actOnIntake(principal: Principal, verb: CardVerb, data: Record<string, unknown>): Promise<TurnResult> {
    const [current, options] = await Promise.all([readDraft(principal), loadOptions(principal.organisationId)]);
    const draftId = typeof data.draftId === 'string' ? data.draftId : undefined;
    if (!current || current.value.id !== draftId) return { card: await staleCardView(principal, draftId), replies: [] };
    const draft = current.value;
    if (draft.status !== 'open') return { card: viewOf(draft, options), replies: [] };

    switch (verb) {
      case CARD_VERBS.next: {
        const step: IntakeStep = isIntakeStep(data.step) ? data.step : draft.step === 'review' ? 'risks' : draft.step;
        const form = readStepForm(step, data);
        const strategy = step === 'fit' ? (await findCurrentStrategy(context, principal.organisationId))?.value : undefined;
        const result = validateIntakeStep(step, form.candidate, strategy);
        const next: IntakeDraft = { ...draft, form: { ...draft.form, ...form.raw } };
        if (result.errors.length > 0) {
          next.step = step;
          await saveDraft(principal, next, current.etag);
          return { card: buildIntakeStepCard(next, step, options, result.errors), replies: [] };
        }
        next.answers = { ...draft.answers, ...result.fields };
        next.completedSteps = [...new Set([...draft.completedSteps, step])];
        // After an edit from the review card, go straight back to it.
        next.step = INTAKE_STEPS.every((candidate) => next.completedSteps.includes(candidate)) ? 'review' : nextIntakeStep(step);
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.back: {
        const next: IntakeDraft = { ...draft, step: previousIntakeStep(draft.step) ?? draft.step };
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.edit: {
        const next: IntakeDraft = { ...draft, step: isIntakeStep(data.editStep) ? data.editStep : draft.step };
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.cancel: {
        await saveDraft(principal, { ...draft, status: 'cancelled' }, current.etag);
        businessMetrics.intakeAbandoned();
        return { card: buildCancelledIntakeCard(), replies: [] };
      }
      case CARD_VERBS.submit:
        return submit(principal, current, options);
      default:
        return { card: viewOf(draft, options), replies: [] };
    }
  }

  async function submit(principal: Principal, current: StoredState<IntakeDraft>, options: IntakeOptions): Promise<TurnResult> {
    const draft = current.value;
    let request;
    try {
      // The draft id is the idempotency key: a double click or a retried invoke gets the same request.
      request = await createRequest(context, { ...principal, name: draft.requester.name }, draft.answers, { requester: draft.requester, idempotencyKey: draft.id });
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') {
        const review: IntakeDraft = { ...draft, step: 'review' };
        return { card: buildReviewCard(review, options, error.details.errors ?? []), replies: [] };
      }
      throw error;
    }
    const submitted: IntakeDraft = { ...draft, status: 'submitted', requestId: request.value.id, step: 'review' };
    try {
      await saveDraft(principal, submitted, current.etag);
      businessMetrics.intakeCompleted();
    } catch (error) {
      if (!isAppError(error) || error.code !== 'precondition_failed') throw error;
      // Another click got here first and has already confirmed: show the same read-only card, once.
      const latest = await readDraft(principal);
      if (!latest || latest.value.id !== draft.id || latest.value.status === 'submitted') return { card: buildSubmittedIntakeCard(request.value), replies: [] };
      // The draft changed in another window meanwhile; the request exists, so the draft is submitted.
      await saveDraft(principal, { ...latest.value, status: 'submitted', requestId: request.value.id, step: 'review' }, latest.etag);
    }
    return { card: buildSubmittedIntakeCard(request.value), replies: [{ kind: 'card', card: buildConfirmationCard(request.value) }] };
  }

  /** A card from an earlier draft: say what became of it rather than act on it. */
  async function staleCardView(principal: Principal, draftId: string | undefined): Promise<AdaptiveCardJson> {
    if (draftId) {
      const created = await context.repos.idempotency.get(principal.organisationId, draftId);
      const request = created && (await context.repos.requests.get(principal.organisationId, created.value.requestId));
      if (request) return buildSubmittedIntakeCard(request.value);
    }
    return buildProblemCard('This card belongs to a request that was cancelled or replaced. Say "new request" to carry on with your current one.');
  }

  async function myRequests(principal: Principal): Promise<AdaptiveCardJson> {
    const requests = await listRequests(context, principal, { requester: principal.id, sort: 'submittedAt' });
    return buildMyRequestsCard(requests.map((record) => record.value));
  }

  async function requestStatus(principal: Principal, reference: string): Promise<Reply> {
    try {
      const request = await getRequest(context, principal, reference);
      const history = await context.repos.auditTrail(principal.organisationId, 'request', request.value.id);
      return { kind: 'card', card: buildRequestStatusCard(request.value, history) };
    } catch (error) {
      if (isAppError(error) && error.code === 'not_found') return { kind: 'text', text: `I could not find ${reference} among your requests.` };
      throw error;
    }
  }

  async function cancelByMessage(principal: Principal): Promise<Reply> {
    const current = await readDraft(principal);
    if (!current || current.value.status !== 'open') return { kind: 'text', text: 'There is no request in progress to cancel.' };
    await saveDraft(principal, { ...current.value, status: 'cancelled' }, current.etag);
    return { kind: 'card', card: buildCancelledIntakeCard() };
  }

  async function rememberConversation(principal: Principal, reference: unknown): Promise<void> {
    const key = stateKeys.conversation(principal.organisationId, principal.id);
    const stored = await state.readState<{ reference: unknown }>(key);
    if (stored && JSON.stringify(stored.value.reference) === JSON.stringify(reference)) return;
    await state.writeState(key, { reference, userId: principal.id, organisationId: principal.organisationId, updatedAt: context.now() }, '*');
  }

  /** For a re-sent activity: show where the draft stands now, do nothing again. */
  async function currentView(principal: Principal): Promise<AdaptiveCardJson | undefined> {
    const [current, options] = await Promise.all([readDraft(principal), loadOptions(principal.organisationId)]);
    return current ? viewOf(current.value, options) : undefined;
  }

  /** Install events carry no name: the directory knows it. */
  async function welcome(user: TurnUser): Promise<AdaptiveCardJson> {
    const profile = await directory.getProfile(user.aadObjectId, user.tenantId).catch(() => undefined);
    const name = profile?.displayName ?? (user.name === UNKNOWN_NAME ? undefined : user.name);
    return buildWelcomeCard(name?.split(' ')[0]);
  }

  async function route(turn: TurnContext, principal: Principal, input: TurnInput): Promise<TurnResult> {
    if (input.kind === 'installed') return { replies: [{ kind: 'card', card: await welcome(turn.user) }] };
    if (input.kind === 'message') {
      const intent = matchIntent(input.text);
      if (turn.scope === 'group' && (intent.kind === 'new_request' || intent.kind === 'my_requests' || intent.kind === 'status' || intent.kind === 'cancel')) {
        return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
      }
      switch (intent.kind) {
        case 'new_request':
          return { replies: [{ kind: 'card', card: await startOrResume(principal, turn.user) }] };
        case 'my_requests':
          return { replies: [{ kind: 'card', card: await myRequests(principal) }] };
        case 'status':
          return { replies: [await requestStatus(principal, intent.reference)] };
        case 'cancel':
          return { replies: [await cancelByMessage(principal)] };
        case 'help':
          return { replies: [{ kind: 'card', card: buildHelpCard() }] };
        case 'greeting':
          return { replies: [{ kind: 'card', card: await welcome(turn.user) }] };
        case 'unknown':
          return { replies: [{ kind: 'text', text: NOT_UNDERSTOOD }] };
      }
    }
    const verb = input.verb;
    if (!isCardVerb(verb)) return { replies: [{ kind: 'text', text: NOT_UNDERSTOOD }] };
    if (turn.scope === 'group' && verb !== CARD_VERBS.help) return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
    switch (verb) {
      case CARD_VERBS.startIntake:
        return { card: await startOrResume(principal, turn.user), replies: [] };
      case CARD_VERBS.myRequests:
        return { replies: [{ kind: 'card', card: await myRequests(principal) }] };
      case CARD_VERBS.requestStatus:
        return { replies: [await requestStatus(principal, typeof input.data.reference === 'string' ? input.data.reference : '')] };
      case CARD_VERBS.help:
        return { replies: [{ kind: 'card', card: buildHelpCard() }] };
      default:
        return actOnIntake(principal, verb, input.data);
    }
  }

  return {
    async handleTurn(turn, input) {
      let principal: Principal;
      try {
        principal = await principalOf(turn.user);
      } catch (error) {
        if (isAppError(error) && error.code === 'forbidden') return { replies: [{ kind: 'text', text: error.message }] };
        return explainFailure(error, input);
      }
      try {
        if (turn.activityId && !(await state.claim(stateKeys.activity(`${turn.user.tenantId}/${turn.activityId}`)))) {
          return { duplicate: true, replies: [], ...(input.kind === 'action' ? { card: await currentView(principal) } : {}) };
        }
        // Remembering where to reach the officer does not hold up the answer.
        const remembered = turn.scope === 'personal' && turn.conversationReference ? rememberConversation(principal, turn.conversationReference) : Promise.resolve();
        const [result] = await Promise.all([route(turn, principal, input), remembered]);
        return result;
      } catch (error) {
        return explainFailure(error, input);
      }
    },
  };
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
