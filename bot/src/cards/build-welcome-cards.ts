import { actionButton, buildCard, heading, note, type AdaptiveCardJson } from './card-json';
import { CARD_VERBS } from './card-verbs';

const MAIN_ACTIONS = () => [
  actionButton(CARD_VERBS.startIntake, 'Start a request', {}, { validate: false, style: 'positive' }),
  actionButton(CARD_VERBS.myRequests, 'My requests', {}, { validate: false }),
  actionButton(CARD_VERBS.help, 'Help', {}, { validate: false }),
];

/** The first thing an officer sees: what Entrance Hall does and where to start. */
export function buildWelcomeCard(firstName?: string): AdaptiveCardJson {
  return buildCard(
    [
      heading(firstName ? `Welcome to Entrance Hall, ${firstName}` : 'Welcome to Entrance Hall', 'Large'),
      note('Have an idea for a new system, or a change to one? Tell ICT early, here, in a few minutes.'),
      note('I will ask about the need, how it fits the ICT strategy, rough costs and timing, and any risks. Your answers are saved as you go.'),
    ],
    MAIN_ACTIONS(),
  );
}

/** What the officer can say or press. */
export function buildHelpCard(): AdaptiveCardJson {
  return buildCard(
    [
      heading('What I can do'),
      note('- **new request**: propose a project (you can also say "I have an idea for a system")'),
      note('- **my requests**: see your requests and where each one stands'),
      note('- **status EH-2026-0042**: the history of one request'),
      note('- **cancel**: stop the request you are writing (nothing is sent)'),
      note('- **help**: this card'),
      note('In a group chat or channel, @mention me; requests themselves are written in our personal chat.', { subtle: true }),
    ],
    MAIN_ACTIONS(),
  );
}
