import { randomUUID } from 'node:crypto';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import { createPrincipalResolver } from '@entrance-hall/shared/http/identity/resolve-principal';
import { DemoUserDirectory } from '../../../shared/demo/demo-user-directory';
import { createTestStorage, testStorageConnectionString } from '../../../shared/testing/test-storage';
import { cardInputs, cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { AdaptiveCardJson } from '../cards/card-json';
import { TableBotStorage } from '../storage/table-bot-storage';
import { trainedIntentClassifier } from '../language/intent-classifier';
import { createConversation, type Conversation, type TurnContext, type TurnResult } from './create-conversation';

/** The conversation logic on its own (no botbuilder, no HTTP) over real Table Storage in Azurite. */
const priya = findDemoUser('priya.shah')!;
let conversation: Conversation;
const turn = (): TurnContext => ({ user: { aadObjectId: priya.id, tenantId: priya.tenantId, name: priya.name }, scope: 'personal', activityId: randomUUID(), conversationReference: { conversation: { id: 'a:1' } } });

beforeAll(async () => {
  const { repos, context, tablePrefix } = await createTestStorage('Conv');
  await seedDemoData(repos);
  const state = await TableBotStorage.connect(testStorageConnectionString(), tablePrefix);
  const classifier = await trainedIntentClassifier();
  conversation = createConversation({
    context,
    directory: new DemoUserDirectory(),
    state,
    resolvePrincipal: createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId) }),
    classify: (text) => classifier.classify(text),
  });
  requests = repos.requests;
});
let requests: Awaited<ReturnType<typeof createTestStorage>>['repos']['requests'];

async function say(text: string): Promise<TurnResult> {
  return conversation.handleTurn(turn(), { kind: 'message', text });
}

function firstCard(result: TurnResult): AdaptiveCardJson {
  const reply = result.replies[0];
  if (reply?.kind !== 'card') throw new Error(`Expected a card, got ${JSON.stringify(result)}`);
  return reply.card;
}

async function press(card: AdaptiveCardJson, verb: string, typed: Record<string, string> = {}, title?: string): Promise<AdaptiveCardJson> {
  const result = await conversation.handleTurn(turn(), { kind: 'action', verb, data: pressData(card, verb, typed, title) });
  if (!result.card) throw new Error(`No card for ${verb}: ${JSON.stringify(result)}`);
  return result.card;
}

async function toReview(title: string): Promise<AdaptiveCardJson> {
  let card = firstCard(await say('new request'));
  card = await press(card, 'intake.next', { title, sponsor: 'Head of Revenues', problem: 'P', proposedOutcome: 'O' });
  card = await press(card, 'intake.next', { themeIds: 'workforce' });
  card = await press(card, 'intake.next', { neededBy: '2027-01-15', capitalCost: '£12,500' });
  return press(card, 'intake.next', {});
}

it('goes back to the review after a section is edited from it', async () => {
  const review = await toReview('Edit from review');
  expect(cardText(review)).toContain('£12,500');
  const edits = (review.body as Record<string, unknown>[]).filter((element) => JSON.stringify(element).includes('"editStep":"money"'));
  expect(edits).toHaveLength(1);
  const money = (await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.edit', data: { ...pressData(review, 'intake.edit', {}, 'Edit'), editStep: 'money' } })).card!;
  expect(cardText(money)).toContain('step 3 of 4');
  expect(cardInputs(money).get('capitalCost')?.value).toBe('£12,500');
  // Back from an edited section goes to the review, not to step 2.
  expect(cardText(await press(money, 'intake.back'))).toContain('Check your project request');
  const again = (await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.edit', data: { ...pressData(review, 'intake.edit', {}, 'Edit'), editStep: 'money' } })).card!;
  const reviewAgain = await press(again, 'intake.next', { capitalCost: '30000' });
  expect(cardText(reviewAgain)).toContain('Check your project request');
  expect(cardText(reviewAgain)).toContain('£30,000');
  await press(await press(reviewAgain, 'intake.cancel'), 'intake.stop');
});

it('asks before stopping, keeps the stopped draft restorable, and refuses its old cards meanwhile', async () => {
  const card = firstCard(await say('new request'));
  await press(card, 'intake.next', { title: 'Stopped idea', sponsor: 'S', problem: 'P', proposedOutcome: 'O' });
  const confirm = firstCard(await say('cancel'));
  expect(cardText(confirm)).toContain('Stop this request?');
  // "No, carry on" changes nothing.
  expect(cardText(await press(confirm, 'intake.resume'))).toContain('step 2 of 4');
  const stopped = await press(confirm, 'intake.stop');
  expect(cardText(stopped)).toContain('Request stopped');
  expect(cardText(await press(card, 'intake.next', { title: 'Too late' }))).toContain('Request stopped');
  const fresh = firstCard(await say('new request'));
  expect(cardText(fresh)).toContain('step 1 of 4');
  expect(cardInputs(fresh).get('title')?.value).toBeUndefined();
  expect(cardText(await press(card, 'intake.next', { title: 'Too late' }))).toContain('cancelled or replaced');

  const restored = firstCard(await say('restore my last draft'));
  expect(cardText(restored)).toContain('Restored your draft');
  expect(cardText(restored)).toContain('step 2 of 4');
  const back = await press(restored, 'intake.back');
  expect(cardInputs(back).get('title')?.value).toBe('Stopped idea');
});

it('keeps the old draft when the officer starts again, and can bring it back', async () => {
  const card = firstCard(await say('new request'));
  await press(card, 'intake.next', { title: 'First thoughts', sponsor: 'S', problem: 'P', proposedOutcome: 'O' });
  const again = firstCard(await say('start again'));
  expect(cardText(again)).toContain('Your earlier answers are kept');
  expect(cardInputs(again).get('title')?.value).toBeUndefined();
  await press(again, 'intake.next', { title: 'Second thoughts', sponsor: 'S', problem: '', proposedOutcome: 'O' });
  const restored = firstCard(await say('restore my last draft'));
  expect(cardText(restored)).toContain('step 2 of 4');
  // The second draft was set aside in its place: nothing typed is lost either way.
  const swapped = firstCard(await say('restore my last draft'));
  expect(cardInputs(swapped).get('title')?.value).toBe('Second thoughts');
  await press(await press(swapped, 'intake.cancel'), 'intake.stop');
});

it('fills in the intake from a sentence that describes the need, for the officer to check', async () => {
  const card = firstCard(await say('We need a new case management system for housing because the current one is out of support next March'));
  expect(cardText(card)).toContain('What I understood from your message');
  expect(cardInputs(card).get('title')?.value).toBe('New case management system for housing');
  expect(cardInputs(card).get('problem')?.value).toContain('out of support next March');
  expect(cardInputs(card).get('serviceArea')?.value).toBe('Revenues and Benefits');
  expect(cardText(card)).toMatch(/March 20\d\d/);
  await press(await press(card, 'intake.cancel'), 'intake.stop');
});

it('shows a refused value back as typed with one plain message, keeps every other answer, and stores not known as absent', async () => {
  let card = firstCard(await say('new request'));
  const long = 'x'.repeat(10_000);
  const refusedNeed = await press(card, 'intake.next', { title: long, sponsor: '<b>Head</b> of **Revenues**', problem: 'P', proposedOutcome: 'O', serviceArea: 'Made up' });
  expect(cardText(refusedNeed)).toContain('Title must be 120 characters or fewer.');
  expect(cardText(refusedNeed)).toContain('Choose your service area from the list');
  expect(cardInputs(refusedNeed).get('sponsor')?.value).toBe('<b>Head</b> of **Revenues**');
  expect(cardInputs(refusedNeed).get('problem')?.value).toBe('P');
  card = await press(refusedNeed, 'intake.next', { title: 'Not known costs', serviceArea: 'Other', serviceAreaOther: 'Coroner service' });
  card = await press(card, 'intake.next', { themeIds: 'workforce', statutoryDeadline: '1/1/1999' });
  expect(cardText(card)).toContain('That date has passed');
  expect(cardInputs(card).get('statutoryDeadline')?.value).toBe('1/1/1999');
  card = await press(card, 'intake.next', { statutoryDeadline: '' });
  const refused = await press(card, 'intake.next', { capitalCost: 'lots', revenueCost: '4000.50', neededBy: '30/06/2019' });
  expect(cardText(refused)).toContain('I could not read "lots" as an amount.');
  expect(cardText(refused)).toContain('That date has passed');
  expect(cardText(refused)).not.toContain('YYYY-MM-DD');
  expect(cardInputs(refused).get('capitalCost')?.value).toBe('lots');
  expect(cardInputs(refused).get('revenueCost')?.value).toBe('4000.50');
  card = await press(refused, 'intake.next', { capitalCost: 'not known', neededBy: '30 June 2027' });
  const review = await press(card, 'intake.next', {});
  expect(cardText(review)).toContain('Not known');
  expect(cardText(review)).toContain('£4,001');
  expect(cardText(review)).toContain('30 June 2027');
  const submitted = await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.submit', data: pressData(review, 'intake.submit') });
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted.card))![1]!;
  const stored = (await requests.get(priya.organisationId, reference))!.value;
  expect(stored).toMatchObject({ revenueCost: 4001, neededBy: '2027-06-30', serviceArea: 'Coroner service' });
  expect(stored).not.toHaveProperty('capitalCost');
  expect(stored).not.toHaveProperty('ictEffortDays');
  expect(stored).not.toHaveProperty('cashableSavings');
});

it('lists my requests and shows one request\'s history, with hostile titles shown as typed', async () => {
  const hostile = '**Big** [x](http://evil.example)';
  const review = await toReview(hostile);
  const submitted = await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.submit', data: pressData(review, 'intake.submit') });
  const reference = /Submitted as (EH-\d{4}-\d{4})/.exec(cardText(submitted.card))![1]!;
  expect(submitted.replies).toHaveLength(1);

  const mine = firstCard(await say('my requests'));
  expect(cardText(mine)).toContain(`**${reference}**: Submitted`);
  expect(cardText(mine)).toContain(hostile);
  const status = firstCard(await say(`status ${reference.toLowerCase()}`));
  expect(cardText(status)).toContain(`${reference}: Submitted`);
  expect(cardText(status)).toContain('Submitted by Priya Shah');

  // Pressing Submit again on the same card creates nothing and confirms nothing more.
  const again = await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.submit', data: pressData(review, 'intake.submit') });
  expect(cardText(again.card)).toContain(`Submitted as ${reference}`);
  expect(again.replies).toHaveLength(0);
});

it('keeps every other answer when the last step gets 10,000 characters, and shows markup as typed', async () => {
  let card = firstCard(await say('new request'));
  card = await press(card, 'intake.next', { title: 'Risky step', sponsor: 'S', problem: 'P', proposedOutcome: 'O' });
  card = await press(card, 'intake.next', { themeIds: 'workforce' });
  card = await press(card, 'intake.next', { neededBy: 'end of March' });
  const refused = await press(card, 'intake.next', { keyRisks: 'r'.repeat(10_000), dependencies: '<script>alert(1)</script>', personalData: 'true' });
  expect(cardText(refused)).toContain('Key risks must be 4000 characters or fewer.');
  expect(cardInputs(refused).get('dependencies')?.value).toBe('<script>alert(1)</script>');
  expect(cardInputs(refused).get('personalData')?.value).toBe('true');
  expect(cardInputs(refused).get('keyRisks')?.value).toHaveLength(10_000);
  const review = await press(refused, 'intake.next', { keyRisks: 'Supplier may slip' });
  expect(cardText(review)).toContain('<script>alert(1)</script>');
  expect(cardText(review)).toMatch(/Needed by\n31 March 20\d\d/);
  await press(await press(review, 'intake.cancel'), 'intake.stop');
});

it('signposts everyday IT problems to the service desk, and answers what it does not understand with the welcome card', async () => {
  const desk = firstCard(await say('my laptop is broken'));
  expect(cardText(desk)).toContain('service desk');
  expect(cardText(desk)).toContain('01632 960 123');
  const unknown = firstCard(await say('what is the capital of France'));
  expect(cardText(unknown)).toContain('I did not understand that one');
  expect(cardText(unknown)).toContain('01632 960 123');
  expect(cardText(unknown)).not.toContain('Sorry');
  expect(JSON.stringify(unknown)).toContain('intake.start');
  const unknownVerb = await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.delete-everything', data: {} });
  expect(cardText(firstCard(unknownVerb))).toContain('I did not understand that one');
});
