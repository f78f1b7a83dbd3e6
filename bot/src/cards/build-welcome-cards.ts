import type { ServiceDeskContact } from '@entrance-hall/shared/domain/organisations/organisation';
import { actionButton, buildCard, heading, note, userText, type AdaptiveCardJson, type CardElement } from './card-json';
import { CARD_VERBS } from './card-verbs';

const MAIN_ACTIONS = () => [
  actionButton(CARD_VERBS.startIntake, 'Start a request', {}, { validate: false, style: 'positive' }),
  actionButton(CARD_VERBS.myRequests, 'My requests', {}, { validate: false }),
  actionButton(CARD_VERBS.help, 'Help', {}, { validate: false }),
];

const WHAT_I_DO = 'I take project requests for ICT: a new system, a replacement, or a change to one. Tell ICT early, here, in a few minutes.';

/** How to reach the service desk, in one line (organisation settings; shown as typed). */
export function describeServiceDesk(desk: ServiceDeskContact | undefined): string {
  if (!desk) return 'your council’s IT service desk';
  const ways = [desk.phone, desk.email, desk.url].filter(Boolean);
  return ways.length > 0 ? `${desk.name}: ${ways.join(', ')}` : desk.name;
}

/** Where everyday IT help is: said on every card that might be read by someone who needs it. */
function serviceDeskLines(desk: ServiceDeskContact | undefined, lead = 'For laptops, passwords, printers or access, contact'): CardElement[] {
  return [note(lead, { subtle: true }), userText(describeServiceDesk(desk))];
}

function portalAction(desk: ServiceDeskContact | undefined): CardElement[] {
  return desk?.url && /^https:\/\//.test(desk.url) ? [{ type: 'Action.OpenUrl', title: 'Open the service desk', url: desk.url }] : [];
}

export interface WelcomeOptions {
  firstName?: string;
  serviceDesk?: ServiceDeskContact;
  /** The officer said something the bot did not understand: say so, then offer what it can do. */
  notUnderstood?: boolean;
}

/** The first thing an officer sees, and the answer to anything not understood: what Entrance Hall does and where to start. */
export function buildWelcomeCard(options: WelcomeOptions = {}): AdaptiveCardJson {
  const title = options.notUnderstood ? 'I did not understand that one' : options.firstName ? `Welcome to Entrance Hall, ${options.firstName}` : 'Welcome to Entrance Hall';
  return buildCard(
    [
      heading(title, 'Large'),
      note(WHAT_I_DO),
      note(
        options.notUnderstood
          ? 'You can describe your need in a sentence ("We need a new booking system for leisure centres by next April"), ask for "my requests", or give a reference such as EH-2026-0042.'
          : 'Describe your need in a sentence, or press Start a request. Your answers are saved as you go.',
      ),
      ...serviceDeskLines(options.serviceDesk),
    ],
    MAIN_ACTIONS(),
  );
}

/** What the officer can say or press. */
export function buildHelpCard(serviceDesk?: ServiceDeskContact): AdaptiveCardJson {
  return buildCard(
    [
      heading('What I can do'),
      note('- **Describe your need**, for example "We need a new case management system for housing by next March": I fill in what I understood and you check it'),
      note('- **new request**: propose a project step by step'),
      note('- **my requests**: see your requests and where each one stands'),
      note('- **status EH-2026-0042**: the history of one request ("eh 2026 42" works too)'),
      note('- **my reviews**: record the savings or measures of benefits you own whose reviews are due'),
      note('- **cancel** or **start again**: your answers are kept for 30 days; **restore my last draft** brings them back'),
      note('- **talk to a person**: who to contact'),
      note('In a group chat or channel, @mention me; requests themselves are written in our personal chat.', { subtle: true }),
      ...serviceDeskLines(serviceDesk),
    ],
    MAIN_ACTIONS(),
  );
}

/** Everyday IT problems are the service desk's, not a project: say where to go, kindly. */
export function buildServiceDeskCard(serviceDesk?: ServiceDeskContact): AdaptiveCardJson {
  return buildCard(
    [
      heading('That one is for the IT service desk'),
      note('Laptops, passwords, printers, phones and access to systems or folders are handled by the service desk, usually the same day.'),
      ...serviceDeskLines(serviceDesk, 'Contact'),
      note('If it is a new system or a change to one, that is a project: I can take it.', { subtle: true }),
    ],
    [...portalAction(serviceDesk), actionButton(CARD_VERBS.startIntake, 'It is a project: start a request', {}, { validate: false })],
  );
}

/** A person to talk to: ICT business partners, reached through the service desk. */
export function buildTalkToPersonCard(serviceDesk?: ServiceDeskContact): AdaptiveCardJson {
  return buildCard(
    [
      heading('Talking to a person'),
      note('An ICT business partner reads every request at triage and will contact you about it. To talk one through before you submit, ask the service desk to put you in touch with the business partner for your service area.'),
      ...serviceDeskLines(serviceDesk, 'Contact'),
    ],
    [...portalAction(serviceDesk), ...MAIN_ACTIONS().slice(0, 2)],
  );
}
