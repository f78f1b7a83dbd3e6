import { buildHelpCard, buildServiceDeskCard, buildTalkToPersonCard } from '../cards/build-welcome-cards';
import { CARD_VERBS, isCardVerb, type CardVerb } from '../cards/card-verbs';
import type { ClassifiedMessage, IntentName } from '../language/intent-classifier';
import { readNeedDescription } from '../language/read-need';
import { recordBenefitFromCard } from './record-benefit-from-card';
import { actOnIntake } from './act-on-intake';
import { cancelByMessage, restoreDraft } from './set-aside-draft';
import { myRequests, requestStatus } from './show-requests';
import { showMyReviews } from './show-my-reviews';
import { startIntake } from './start-intake';
import { replyWith, updateWith, type Turn, type TurnInput, type TurnResult } from './turn';
import { welcomeOfficer } from './welcome-officer';

/** What is only done in the personal chat: requests are private. */
const PERSONAL_ONLY_INTENTS: readonly IntentName[] = ['new_request', 'start_again', 'restore_draft', 'my_requests', 'status', 'cancel', 'benefits_review'];

const PRIVATE_CHAT_ONLY = 'I keep project requests private: open a personal chat with Entrance Hall and say "new request" or "my requests" there.';

async function serviceDeskOf(turn: Turn) {
  return (await turn.tools.settingsOf(turn.principal.organisationId)).serviceDesk;
}

type MessageStep = (turn: Turn, understood: ClassifiedMessage, text: string) => Promise<TurnResult>;

/** What each understood intent of a typed message does. */
const MESSAGE_STEPS: Record<IntentName, MessageStep> = {
  new_request: async (turn, _understood, text) => {
    const description = readNeedDescription(text, turn.today);
    return replyWith(await startIntake(turn, description ? { description } : {}));
  },
  start_again: async (turn) => replyWith(await startIntake(turn, { fresh: true })),
  restore_draft: async (turn) => replyWith(await restoreDraft(turn)),
  my_requests: async (turn) => replyWith(await myRequests(turn)),
  // "Where is my request?" without a reference: the list says where each one stands.
  status: async (turn, understood) => (understood.reference ? { replies: [await requestStatus(turn, understood.reference)] } : replyWith(await myRequests(turn))),
  cancel: async (turn) => ({ replies: [cancelByMessage(turn)] }),
  benefits_review: async (turn) => showMyReviews(turn),
  help: async (turn) => replyWith(buildHelpCard(await serviceDeskOf(turn))),
  it_support: async (turn) => replyWith(buildServiceDeskCard(await serviceDeskOf(turn))),
  talk_to_person: async (turn) => replyWith(buildTalkToPersonCard(await serviceDeskOf(turn))),
  thanks: async () => ({ replies: [{ kind: 'text', text: 'You are welcome. Say "my requests" any time to see where things stand.' }] }),
  greeting: async (turn) => replyWith(await welcomeOfficer(turn)),
  none: async (turn) => replyWith(await welcomeOfficer(turn, true)),
};

type ActionStep = (turn: Turn, data: Record<string, unknown>) => Promise<TurnResult>;

/** Card verbs outside a draft; every other verb acts on the intake draft the card names. */
const ACTION_STEPS: Partial<Record<CardVerb, ActionStep>> = {
  [CARD_VERBS.startIntake]: async (turn) => updateWith(await startIntake(turn)),
  [CARD_VERBS.myRequests]: async (turn) => replyWith(await myRequests(turn)),
  [CARD_VERBS.requestStatus]: async (turn, data) => ({ replies: [await requestStatus(turn, typeof data.reference === 'string' ? data.reference : '')] }),
  [CARD_VERBS.help]: async (turn) => replyWith(buildHelpCard(await serviceDeskOf(turn))),
  [CARD_VERBS.restore]: async (turn) => updateWith(await restoreDraft(turn)),
  [CARD_VERBS.recordBenefit]: async (turn, data) => updateWith(await recordBenefitFromCard(turn.tools.context, turn.principal, data)),
};

/** Sends a turn to its step: typed words by their intent, card actions by their verb. */
export async function routeTurn(turn: Turn, input: TurnInput, classify: (text: string) => Promise<ClassifiedMessage>): Promise<TurnResult> {
  if (input.kind === 'installed') return replyWith(await welcomeOfficer(turn));
  if (input.kind === 'message') {
    const understood = await classify(input.text);
    if (turn.scope === 'group' && PERSONAL_ONLY_INTENTS.includes(understood.intent)) return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
    return MESSAGE_STEPS[understood.intent](turn, understood, input.text);
  }
  const verb = input.verb;
  if (!isCardVerb(verb)) return replyWith(await welcomeOfficer(turn, true));
  if (turn.scope === 'group' && verb !== CARD_VERBS.help) return { replies: [{ kind: 'text', text: PRIVATE_CHAT_ONLY }] };
  const step = ACTION_STEPS[verb];
  return step ? step(turn, input.data) : actOnIntake(turn, verb, input.data);
}
