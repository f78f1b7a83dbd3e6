import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { AppError, isAppError, type FieldError } from '@entrance-hall/shared/domain/errors/app-error';
import type { UserDirectory } from '@entrance-hall/shared/domain/identity/user-directory';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import type { VerifiedIdentity } from '@entrance-hall/shared/http/identity/token-verifier';
import { INTAKE_STEPS, isIntakeStep, nextIntakeStep, previousIntakeStep, validateIntakeStep, type IntakeStep } from '@entrance-hall/shared/domain/intake/intake-steps';
import { createRequest, findIdempotentRequest } from '@entrance-hall/shared/domain/requests/create-request';
import type { Person } from '@entrance-hall/shared/domain/requests/project-request';
import { getRequest, listRequests } from '@entrance-hall/shared/domain/requests/read-requests';
import { findCurrentStrategy } from '@entrance-hall/shared/domain/strategy/get-strategy';
import type { Strategy } from '@entrance-hall/shared/domain/strategy/strategy';
import type { AdaptiveCardJson } from '../cards/card-json';
import { CARD_VERBS, isCardVerb, type CardVerb } from '../cards/card-verbs';
import { buildCancelledIntakeCard, buildConfirmStopCard, buildConfirmationCard, buildIntakeStepCard, buildReviewCard, buildSubmittedIntakeCard } from '../cards/build-intake-cards';
import { buildMyRequestsCard, buildProblemCard, buildRequestStatusCard } from '../cards/build-request-cards';
import { buildHelpCard, buildServiceDeskCard, buildTalkToPersonCard, buildWelcomeCard } from '../cards/build-welcome-cards';
import { formatLongDate } from '@entrance-hall/shared/domain/formatting/format-values';
import type { ServiceDeskContact } from '@entrance-hall/shared/domain/organisations/organisation';
import type { RequestFieldName } from '@entrance-hall/shared/domain/requests/project-request';
import type { ClassifiedMessage } from '../language/intent-classifier';
import { readNeedDescription, type NeedDescription } from '../language/read-need';
import { describeResume } from './describe-resume';
import { stateKeys, type BotStateStore, type StoredState } from './bot-state-store';
import { RESTORABLE_DAYS, hasAnswers, type IntakeDraft, type IntakeOptions, type SetAsideDraft } from './intake-draft';
import { businessMetrics } from '@entrance-hall/shared/domain/metrics/business-metrics';
import { readStepForm } from './read-step-form';
import { readOverlapAnswers, recordIntakeOverlapNotes, suggestOverlaps } from './intake-overlaps';

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
  /** Reads what a typed message asks for (the trained intent classifier). */
  classify: (text: string) => Promise<ClassifiedMessage>;
}

export interface Conversation {
  handleTurn(turn: TurnContext, input: TurnInput): Promise<TurnResult>;
}

/** What is only done in the personal chat: requests are private. */
const PERSONAL_ONLY_INTENTS: readonly ClassifiedMessage['intent'][] = ['new_request', 'start_again', 'restore_draft', 'my_requests', 'status', 'cancel'];

const PRIVATE_CHAT_ONLY = 'I keep project requests private: open a personal chat with Entrance Hall and say "new request" or "my requests" there.';
const DAY_MS = 24 * 60 * 60 * 1000;
const SETTINGS_CACHE_MS = 60_000;

interface OrganisationSettings {
  options: IntakeOptions;
  strategy: Strategy | undefined;
  serviceDesk: ServiceDeskContact | undefined;
}

/**
 * The intake conversation: plain words and card verbs in, cards out, the draft in bot state after
 * every step. It knows nothing of botbuilder; the Teams layer turns activities into TurnInputs.
 */
export function createConversation(dependencies: ConversationDependencies): Conversation {
  const { context, directory, state } = dependencies;

  async function principalOf(user: TurnUser): Promise<Principal> {
    return dependencies.resolvePrincipal({ userId: user.aadObjectId, name: user.name, tenantId: user.tenantId, roles: [], groups: [] });
  }

  /**
   * The organisation's lists, strategy and service desk, reused for a minute per organisation (as
   * the tenant → organisation lookup is): every intake step needs them, and they change rarely.
   */
  const settingsCache = new Map<string, { settings: Promise<OrganisationSettings>; expires: number }>();
  function settingsOf(organisationId: string): Promise<OrganisationSettings> {
    const cached = settingsCache.get(organisationId);
    if (cached && cached.expires > Date.now()) return cached.settings;
    const settings = loadSettings(organisationId);
    settingsCache.set(organisationId, { settings, expires: Date.now() + SETTINGS_CACHE_MS });
    settings.catch(() => settingsCache.delete(organisationId));
    return settings;
  }

  async function loadSettings(organisationId: string): Promise<OrganisationSettings> {
    const [organisation, strategy] = await Promise.all([context.repos.organisations.get(organisationId, organisationId), findCurrentStrategy(context, organisationId)]);
    return {
      options: {
        serviceAreas: organisation?.value.serviceAreas ?? [],
        partnerCouncils: organisation?.value.partnerCouncils ?? [],
        themes: strategy?.value.themes.map((theme) => ({ id: theme.id, title: theme.title, description: theme.description, corporatePriorityIds: theme.corporatePriorityIds })) ?? [],
        corporatePriorities: strategy?.value.corporatePriorities.map((priority) => ({ id: priority.id, title: priority.title })) ?? [],
      },
      strategy: strategy?.value,
      serviceDesk: organisation?.value.serviceDesk,
    };
  }

  async function loadOptions(organisationId: string): Promise<IntakeOptions> {
    return (await settingsOf(organisationId)).options;
  }

  async function serviceDeskOf(organisationId: string): Promise<ServiceDeskContact | undefined> {
    return (await settingsOf(organisationId)).serviceDesk;
  }

  function today(): string {
    return context.now().slice(0, 10);
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

  /**
   * Opens the intake: the open draft where it was left, or a new one. `description` is what the
   * officer's first sentence already said; `fresh` sets any open draft aside ("start again").
   */
  async function startOrResume(principal: Principal, user: TurnUser, how: { description?: NeedDescription; fresh?: boolean } = {}): Promise<AdaptiveCardJson> {
    const [current, options] = await Promise.all([readDraft(principal), loadOptions(principal.organisationId)]);
    let notice: string | undefined;
    if (current && current.value.status === 'open') {
      if (!how.fresh && (hasAnswers(current.value) || !how.description)) {
        const welcomeBack = `${describeResume(current.value)}${how.description ? ' Finish this one first, or say "start again" to begin the new one (this one is kept).' : ''}`;
        return current.value.step === 'review' ? buildReviewCard(current.value, options) : viewOf(current.value, options, [], welcomeBack);
      }
      if (hasAnswers(current.value)) {
        await setAside(principal, current.value);
        notice = 'Starting again. Your earlier answers are kept for 30 days: say "restore my last draft" to get them back.';
      }
    }
    const requester = await requesterOf(principal, user);
    const now = context.now();
    // The directory knows the officer's department: offer it as the service area.
    const form: Record<string, string> = requester.department && options.serviceAreas.includes(requester.department) ? { serviceArea: requester.department } : {};
    const prefilled: RequestFieldName[] = [];
    if (how.description) {
      form.title = how.description.title;
      form.problem = how.description.problem;
      prefilled.push('title', 'problem');
      if (how.description.neededBy) {
        form.neededBy = formatLongDate(how.description.neededBy);
        prefilled.push('neededBy');
      }
      if (form.serviceArea) prefilled.push('serviceArea');
    }
    const draft: IntakeDraft = {
      id: context.newId(),
      organisationId: principal.organisationId,
      requester,
      step: 'need',
      form,
      answers: {},
      completedSteps: [],
      status: 'open',
      ...(prefilled.length > 0 ? { prefilled } : {}),
      startedAt: now,
      updatedAt: now,
    };
    await saveDraft(principal, draft, current?.etag ?? null);
    businessMetrics.intakeStarted();
    return viewOf(draft, options, [], notice);
  }

  /** Keeps a draft the officer stopped or started again, restorable for 30 days (only the latest). */
  async function setAside(principal: Principal, draft: IntakeDraft): Promise<void> {
    const kept: SetAsideDraft = { draft: { ...draft, status: 'open' }, setAsideAt: context.now() };
    await state.writeState(stateKeys.setAside(principal.organisationId, principal.id), kept, '*');
  }

  /** "Restore my last draft": the set-aside draft becomes the current one; an open one is set aside in its place. */
  async function restoreDraft(principal: Principal): Promise<AdaptiveCardJson> {
    const key = stateKeys.setAside(principal.organisationId, principal.id);
    const [kept, current, options] = await Promise.all([state.readState<SetAsideDraft>(key), readDraft(principal), loadOptions(principal.organisationId)]);
    const age = kept ? Date.parse(context.now()) - Date.parse(kept.value.setAsideAt) : Infinity;
    if (!kept || age > RESTORABLE_DAYS * DAY_MS) {
      return buildProblemCard(`There is no stopped draft to restore: drafts are kept for ${RESTORABLE_DAYS} days after you stop them. Say "new request" to start one.`);
    }
    const restored: IntakeDraft = { ...kept.value.draft, status: 'open' };
    if (current && current.value.status === 'open' && current.value.id !== restored.id && hasAnswers(current.value)) await setAside(principal, current.value);
    else await state.deleteState(key);
    await saveDraft(principal, restored, current?.etag ?? null);
    return viewOf(restored, options, [], `Restored your draft from ${formatLongDate(kept.value.setAsideAt)}, with every answer you had typed.`);
  }

  /** Stops a draft after the officer confirmed: nothing sent, the answers kept for 30 days. */
  async function stopDraft(principal: Principal, current: StoredState<IntakeDraft>): Promise<AdaptiveCardJson> {
    await setAside(principal, current.value);
    await saveDraft(principal, { ...current.value, status: 'cancelled' }, current.etag);
    return buildCancelledIntakeCard();
  }

  /** A card action on the intake: the card names its draft; the stored draft decides what happens. */
  async function actOnIntake(principal: Principal, verb: CardVerb, data: Record<string, unknown>, prefetched?: Promise<StoredState<IntakeDraft> | undefined>): Promise<TurnResult> {
    const [current, options] = await Promise.all([prefetched ?? readDraft(principal), loadOptions(principal.organisationId)]);
    const draftId = typeof data.draftId === 'string' ? data.draftId : undefined;
    if (!current || current.value.id !== draftId) return { card: await staleCardView(principal, draftId), replies: [] };
    const draft = current.value;
    if (draft.status !== 'open') return { card: viewOf(draft, options), replies: [] };

    switch (verb) {
      case CARD_VERBS.next: {
        const step: IntakeStep = isIntakeStep(data.step) ? data.step : draft.step === 'review' ? 'risks' : draft.step;
        const form = readStepForm(step, data, today());
        const strategy = step === 'fit' ? (await settingsOf(principal.organisationId)).strategy : undefined;
        const checks = { today: today(), ...(form.otherServiceArea || options.serviceAreas.length === 0 ? {} : { serviceAreas: options.serviceAreas }) };
        const result = validateIntakeStep(step, form.candidate, strategy, checks);
        // What could not be read at all gets one plain message, not the schema's as well.
        const unread = new Set(form.errors.map((error) => error.field));
        const overlapAnswers = step === INTAKE_STEPS[1] ? readOverlapAnswers(draft, data) : { raw: {}, notes: draft.overlapNotes ?? {}, errors: [] };
        const errors = [...form.errors, ...result.errors.filter((error) => !unread.has(error.field.split('.')[0]!)), ...overlapAnswers.errors];
        const next: IntakeDraft = { ...draft, form: { ...draft.form, ...form.raw, ...overlapAnswers.raw }, overlapNotes: overlapAnswers.notes };
        if (errors.length > 0) {
          next.step = step;
          await saveDraft(principal, next, current.etag);
          return { card: buildIntakeStepCard(next, step, options, errors), replies: [] };
        }
        next.answers = { ...draft.answers, ...result.fields };
        // Once the need is described, warn of overlap on the next card (the estate and open requests).
        if (step === INTAKE_STEPS[0]) next.overlaps = await suggestOverlaps(context, principal, next.answers);
        next.completedSteps = [...new Set([...draft.completedSteps, step])];
        // After an edit from the review card, go straight back to it.
        next.step = INTAKE_STEPS.every((candidate) => next.completedSteps.includes(candidate)) ? 'review' : nextIntakeStep(step);
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.back: {
        // From a section opened on the review, Back returns to the review.
        const toReview = INTAKE_STEPS.every((candidate) => draft.completedSteps.includes(candidate));
        const next: IntakeDraft = { ...draft, step: toReview ? 'review' : (previousIntakeStep(draft.step) ?? draft.step) };
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.edit: {
        const next: IntakeDraft = { ...draft, step: isIntakeStep(data.editStep) ? data.editStep : draft.step };
        await saveDraft(principal, next, current.etag);
        return { card: viewOf(next, options), replies: [] };
      }
      case CARD_VERBS.cancel:
        return { card: buildConfirmStopCard(draft), replies: [] };
      case CARD_VERBS.stop:
        businessMetrics.intakeAbandoned();
        return { card: await stopDraft(principal, current), replies: [] };
      case CARD_VERBS.resume:
        return { card: viewOf(draft, options), replies: [] };
      case CARD_VERBS.submit:
        return submit(principal, current, options);
      default:
        return { card: viewOf(draft, options), replies: [] };
    }
  }

  async function submit(principal: Principal, current: StoredState<IntakeDraft>, options: IntakeOptions): Promise<TurnResult> {
    const draft = current.value;
    let request;
    const notes: Reply[] = [];
    try {
      // The draft id is the idempotency key: a double click or a retried invoke gets the same request.
      request = await createRequest(context, { ...principal, name: draft.requester.name }, draft.answers, { requester: draft.requester, idempotencyKey: draft.id });
    } catch (error) {
      if (isAppError(error) && error.code === 'validation') {
        const review: IntakeDraft = { ...draft, step: 'review' };
        return { card: buildReviewCard(review, options, error.details.errors ?? []), replies: [] };
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
    return { card: buildSubmittedIntakeCard(request.value), replies: [{ kind: 'card', card: buildConfirmationCard(request.value) }, ...notes] };
  }

  /** A card from an earlier draft: say what became of it rather than act on it. */
  async function staleCardView(principal: Principal, draftId: string | undefined): Promise<AdaptiveCardJson> {
    if (draftId) {
      const request = await findIdempotentRequest(context, principal, draftId);
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

  /** "cancel" typed: asks first, as the button does. */
  async function cancelByMessage(principal: Principal): Promise<Reply> {
    const current = await readDraft(principal);
    if (!current || current.value.status !== 'open') return { kind: 'text', text: 'There is no request in progress to stop. Say "restore my last draft" to get back one you stopped.' };
    return { kind: 'card', card: buildConfirmStopCard(current.value) };
  }

  /** References this process has already seen stored, so a turn does not read it back every time. */
  const rememberedReferences = new Map<string, string>();
  async function rememberConversation(principal: Principal, reference: unknown): Promise<void> {
    const key = stateKeys.conversation(principal.organisationId, principal.id);
    const serialised = JSON.stringify(reference);
    if (rememberedReferences.get(key) === serialised) return;
    const stored = await state.readState<{ reference: unknown }>(key);
    if (!stored || JSON.stringify(stored.value.reference) !== serialised) {
      await state.writeState(key, { reference, userId: principal.id, organisationId: principal.organisationId, updatedAt: context.now() }, '*');
    }
    if (rememberedReferences.size > 10_000) rememberedReferences.clear();
    rememberedReferences.set(key, serialised);
  }

  /** For a re-sent activity: show where the draft stands now, do nothing again. */
  async function currentView(principal: Principal): Promise<AdaptiveCardJson | undefined> {
    const [current, options] = await Promise.all([readDraft(principal), loadOptions(principal.organisationId)]);
    return current ? viewOf(current.value, options) : undefined;
  }

  /** Install events carry no name: the directory knows it. */
  async function welcome(principal: Principal, user: TurnUser, notUnderstood = false): Promise<AdaptiveCardJson> {
    const [profile, serviceDesk] = await Promise.all([directory.getProfile(user.aadObjectId, user.tenantId).catch(() => undefined), serviceDeskOf(principal.organisationId)]);
    const name = profile?.displayName ?? (user.name === UNKNOWN_NAME ? undefined : user.name);
    const firstName = name?.split(' ')[0];
    return buildWelcomeCard({ ...(firstName ? { firstName } : {}), ...(serviceDesk ? { serviceDesk } : {}), notUnderstood });
  }

  async function route(turn: TurnContext, principal: Principal, input: TurnInput, prefetched?: Promise<StoredState<IntakeDraft> | undefined>): Promise<TurnResult> {
    if (input.kind === 'installed') return { replies: [{ kind: 'card', card: await welcome(principal, turn.user) }] };
    if (input.kind === 'message') {
      const understood = await dependencies.classify(input.text);
      if (turn.scope === 'group' && PERSONAL_ONLY_INTENTS.includes(understood.intent)) return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
      switch (understood.intent) {
        case 'new_request': {
          const description = readNeedDescription(input.text, today());
          return { replies: [{ kind: 'card', card: await startOrResume(principal, turn.user, description ? { description } : {}) }] };
        }
        case 'start_again':
          return { replies: [{ kind: 'card', card: await startOrResume(principal, turn.user, { fresh: true }) }] };
        case 'restore_draft':
          return { replies: [{ kind: 'card', card: await restoreDraft(principal) }] };
        case 'my_requests':
          return { replies: [{ kind: 'card', card: await myRequests(principal) }] };
        case 'status':
          // "Where is my request?" without a reference: the list says where each one stands.
          return { replies: [understood.reference ? await requestStatus(principal, understood.reference) : { kind: 'card', card: await myRequests(principal) }] };
        case 'cancel':
          return { replies: [await cancelByMessage(principal)] };
        case 'help':
          return { replies: [{ kind: 'card', card: buildHelpCard(await serviceDeskOf(principal.organisationId)) }] };
        case 'it_support':
          return { replies: [{ kind: 'card', card: buildServiceDeskCard(await serviceDeskOf(principal.organisationId)) }] };
        case 'talk_to_person':
          return { replies: [{ kind: 'card', card: buildTalkToPersonCard(await serviceDeskOf(principal.organisationId)) }] };
        case 'thanks':
          return { replies: [{ kind: 'text', text: 'You are welcome. Say "my requests" any time to see where things stand.' }] };
        case 'greeting':
          return { replies: [{ kind: 'card', card: await welcome(principal, turn.user) }] };
        case 'none':
          return { replies: [{ kind: 'card', card: await welcome(principal, turn.user, true) }] };
      }
    }
    const verb = input.verb;
    if (!isCardVerb(verb)) return { replies: [{ kind: 'card', card: await welcome(principal, turn.user, true) }] };
    if (turn.scope === 'group' && verb !== CARD_VERBS.help) return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
    switch (verb) {
      case CARD_VERBS.startIntake:
        return { card: await startOrResume(principal, turn.user), replies: [] };
      case CARD_VERBS.myRequests:
        return { replies: [{ kind: 'card', card: await myRequests(principal) }] };
      case CARD_VERBS.requestStatus:
        return { replies: [await requestStatus(principal, typeof input.data.reference === 'string' ? input.data.reference : '')] };
      case CARD_VERBS.help:
        return { replies: [{ kind: 'card', card: buildHelpCard(await serviceDeskOf(principal.organisationId)) }] };
      case CARD_VERBS.restore:
        return { card: await restoreDraft(principal), replies: [] };
      default:
        return actOnIntake(principal, verb, input.data, prefetched);
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
        // A card action needs the draft: read it while the activity is claimed (a read changes nothing).
        const prefetched = input.kind === 'action' ? readDraft(principal) : undefined;
        prefetched?.catch(() => undefined);
        if (turn.activityId && !(await state.claimActivity(turn.user.tenantId, turn.activityId))) {
          return { duplicate: true, replies: [], ...(input.kind === 'action' ? { card: await currentView(principal) } : {}) };
        }
        // Remembering where to reach the officer does not hold up the answer.
        const remembered = turn.scope === 'personal' && turn.conversationReference ? rememberConversation(principal, turn.conversationReference) : Promise.resolve();
        const [result] = await Promise.all([route(turn, principal, input, prefetched), remembered]);
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
