import { findDemoUser } from '../../../shared/demo/demo-users';
import { cardAction, cardInputs, cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { PlaygroundMessage } from '../../../shared/testing/playground/agents-playground';
import { usePlaygroundSession } from '../../../shared/testing/playground/use-playground-session';

/**
 * The front door in Microsoft 365 Agents Playground: officers talking as they talk, and nothing
 * they typed thrown away.
 */
const priya = findDemoUser('priya.shah')!;
const session = usePlaygroundSession(priya);

async function press(message: PlaygroundMessage, card: unknown, verb: string, typed: Record<string, string> = {}, title?: string): Promise<Record<string, unknown>> {
  const response = await session.client.execute(message, verb, pressData(card, verb, typed, title));
  expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
  return response.value as Record<string, unknown>;
}

async function sayAndWait(text: string, shows: string): Promise<PlaygroundMessage> {
  const since = session.client.messages.length;
  await session.client.say(text);
  return session.client.waitForMessage((message) => cardText(message.cards[0]).includes(shows), { since, what: `a card saying "${shows}"` });
}

async function stop(message: PlaygroundMessage, card: unknown): Promise<void> {
  const confirm = await press(message, card, 'intake.cancel');
  expect(cardText(await press(message, confirm, 'intake.stop'))).toContain('Request stopped');
}

it('starts the intake from a sentence describing the need, filled in for the officer to check', async () => {
  const message = await sayAndWait('Hi, we need a new case management system for housing because the current one is out of support next March', 'What I understood');
  const card = message.cards[0];
  expect(cardInputs(card).get('title')?.value).toBe('New case management system for housing');
  expect(cardInputs(card).get('problem')?.value).toContain('out of support next March');
  expect(cardInputs(card).get('serviceArea')?.value).toBe('Revenues and Benefits');
  expect(cardText(card)).toMatch(/When is it needed by\? \(step 3\)\n1 March 20\d\d/);
  // Next keeps what was understood: the needed-by date is waiting on step 3.
  let next = await press(message, card, 'intake.next', { sponsor: 'Head of Housing', proposedOutcome: 'One supported system' });
  next = await press(message, next, 'intake.next', { themeIds: 'resilience' });
  expect(cardText(next)).toContain('step 3 of 4');
  expect(cardInputs(next).get('neededBy')?.value).toMatch(/^1 March 20\d\d$/);
  await stop(message, next);
});

it('signposts an everyday IT problem to the council service desk, and never answers with a bare "Sorry"', async () => {
  const desk = await sayAndWait('I forgot my password and cannot log in', 'service desk');
  expect(cardText(desk.cards[0])).toContain('Ashcombe IT Service Desk: 01632 960 123');
  const unknown = await sayAndWait('who won the football', 'I did not understand that one');
  expect(cardText(unknown.cards[0])).not.toContain('Sorry');
  expect(cardAction(unknown.cards[0], 'intake.start').title).toBe('Start a request');
  expect(cardText(unknown.cards[0])).toContain('01632 960 123');
});

it('asks before stopping a request, and restores every answer from "restore my last draft"', async () => {
  const first = await sayAndWait('new request', 'step 1 of 4');
  const second = await press(first, first.cards[0], 'intake.next', { title: 'Keep my answers', sponsor: 'Head of Revenues', problem: 'Paper forms', proposedOutcome: 'Online forms' });
  const confirm = await press(first, second, 'intake.cancel');
  expect(cardText(confirm)).toContain('Stop this request?');
  // Stop is asked on its own card, never beside Next.
  expect(() => cardAction(confirm, 'intake.next')).toThrow();
  expect(cardText(await press(first, confirm, 'intake.stop'))).toContain('Request stopped');

  const restored = await sayAndWait('restore my last draft', 'Restored your draft');
  expect(cardText(restored.cards[0])).toContain('step 2 of 4');
  const back = await press(restored, restored.cards[0], 'intake.back');
  expect(cardInputs(back).get('title')?.value).toBe('Keep my answers');
  expect(cardInputs(back).get('problem')?.value).toBe('Paper forms');
  await stop(restored, back);
});

it('shows a refused value back as typed with one plain message, and stores costs not known as absent', async () => {
  const message = await sayAndWait('new request', 'step 1 of 4');
  let card = await press(message, message.cards[0], 'intake.next', { title: 'Costs not known yet', sponsor: 'Head of Revenues', problem: 'Paper forms', proposedOutcome: 'Online forms' });
  card = await press(message, card, 'intake.next', { themeIds: 'digital-residents' });
  const refused = await press(message, card, 'intake.next', { capitalCost: 'about 4000.50 maybe 5000', revenueCost: '', neededBy: '31/02/2027' });
  expect(cardText(refused)).toContain('I could not read "about 4000.50 maybe 5000" as an amount.');
  expect(cardText(refused)).toContain('I could not read "31/02/2027" as a date. Write it like 30/06/2027 or 30 June 2027.');
  expect(cardText(refused)).not.toContain('YYYY-MM-DD');
  expect(cardInputs(refused).get('capitalCost')?.value).toBe('about 4000.50 maybe 5000');
  expect(cardInputs(refused).get('neededBy')?.value).toBe('31/02/2027');

  card = await press(message, refused, 'intake.next', { capitalCost: "don't know", cashableSavings: '£4,000.50', neededBy: '30/06/2027' });
  const review = await press(message, card, 'intake.next', {});
  expect(cardText(review)).toContain('Capital cost\nNot known');
  expect(cardText(review)).toContain('ICT effort\nNot known');
  expect(cardText(review)).toContain('£4,001');
  const submitted = await press(message, review, 'intake.submit');
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted))![1]!;

  const stored = await session.server.api<Record<string, unknown>>('tom.reed', 'GET', `/api/v1/requests/${reference}`);
  expect(stored.status).toBe(200);
  expect(stored.body).toMatchObject({ cashableSavings: 4001, neededBy: '2027-06-30' });
  expect(stored.body).not.toHaveProperty('capitalCost');
  expect(stored.body).not.toHaveProperty('revenueCost');
  expect(stored.body).not.toHaveProperty('ictEffortDays');
});
