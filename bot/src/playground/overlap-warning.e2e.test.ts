import { findDemoUser } from '../../../shared/demo/demo-users';
import { cardInputs, cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { PlaygroundMessage } from '../../../shared/testing/playground/agents-playground';
import { usePlaygroundSession } from '../../../shared/testing/playground/use-playground-session';

/**
 * The overlap warning in Microsoft 365 Agents Playground: an officer describes a need the council's
 * estate already covers; the bot names the application and the open request that look like it;
 * the officer says "this replaces it" and "this is different because…"; ICT sees both at triage.
 */
const priya = findDemoUser('priya.shah')!;
const session = usePlaygroundSession(priya);

async function press(message: PlaygroundMessage, card: unknown, verb: string, typed: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await session.client.execute(message, verb, pressData(card, verb, typed));
  expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
  return response.value as Record<string, unknown>;
}

/** The id of the "how does your request relate to <name>?" choice on the card. */
function verdictInputFor(card: unknown, name: string): string {
  const found = [...cardInputs(card)].find(([id, input]) => id.startsWith('overlapVerdict') && String(input.label).includes(name));
  if (!found) throw new Error(`The card asks nothing about ${name}. It says:\n${cardText(card)}`);
  return found[0];
}

interface OverlapMatch {
  kind: 'application' | 'request';
  id: string;
  name: string;
  note?: { verdict: string; reason?: string; by: { name: string } };
}

it('warns of the existing application and the open request like the need, and ICT sees what the officer said', async () => {
  const since = session.client.messages.length;
  await session.client.say('We need a new housing repairs system because Repairs Manager 6 is out of support and tenants cannot book repairs');
  const message = await session.client.waitForMessage((candidate) => cardText(candidate.cards[0]).includes('What I understood'), { since, what: 'the intake card filled in from the sentence' });
  expect(cardInputs(message.cards[0]).get('title')?.value).toBe('New housing repairs system');

  // After the need, before strategic fit: what the council already has that looks like it.
  const fit = await press(message, message.cards[0], 'intake.next', { sponsor: 'Head of Housing', proposedOutcome: 'Tenants book repairs online' });
  const warning = cardText(fit);
  expect(warning).toContain('step 2 of 4');
  expect(warning).toContain('Before you go on: the council may already have something like this. Tell ICT how your request relates to each.');
  expect(warning).toContain('Application: Repairs Manager 6');
  expect(warning).toContain('Same capability: Housing');
  expect(warning).toContain('Request EH-2026-0002: Replacement for the housing repairs system');
  const application = verdictInputFor(fit, 'Repairs Manager 6');
  const request = verdictInputFor(fit, 'Replacement for the housing repairs system');
  const reason = request.replace('Verdict', 'Reason');

  // "This is different" without a reason is asked again, with the other answers kept.
  const refused = await press(message, fit, 'intake.next', { themeIds: 'digital-residents', [application]: 'replaces', [request]: 'different' });
  expect(cardText(refused)).toContain('Say why your request is different from Replacement for the housing repairs system.');
  expect(cardInputs(refused).get(application)?.value).toBe('replaces');

  const money = await press(message, refused, 'intake.next', { [reason]: 'Ours is for tenants booking repairs, not the back-office rent accounts' });
  expect(cardText(money)).toContain('step 3 of 4');
  const risks = await press(message, money, 'intake.next', { neededBy: '30/09/2027' });
  const review = await press(message, risks, 'intake.next', {});
  expect(cardText(review)).toContain('Check your project request');
  const submitted = await press(message, review, 'intake.submit');
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted))![1]!;

  // ICT, at triage: the request's overlaps carry the officer's notes.
  const overlaps = await session.server.api<{ applications: OverlapMatch[]; requests: OverlapMatch[] }>('tom.reed', 'GET', `/api/v1/requests/${reference}/overlaps`);
  expect(overlaps.status).toBe(200);
  const noted = [...overlaps.body.applications, ...overlaps.body.requests].filter((match) => match.note);
  expect(noted.map((match) => ({ kind: match.kind, name: match.name, verdict: match.note!.verdict, reason: match.note!.reason, by: match.note!.by.name }))).toEqual(
    expect.arrayContaining([
      { kind: 'application', name: 'Repairs Manager 6', verdict: 'replaces', reason: undefined, by: 'Priya Shah' },
      { kind: 'request', name: 'Replacement for the housing repairs system', verdict: 'different', reason: 'Ours is for tenants booking repairs, not the back-office rent accounts', by: 'Priya Shah' },
    ]),
  );
  expect(noted).toHaveLength(2);
  expect(overlaps.body.requests.find((match) => match.name === 'Replacement for the housing repairs system')?.id).toBe('EH-2026-0002');
});
