import { randomUUID } from 'node:crypto';
import { findDemoUser } from '@entrance-hall/shared/demo/demo-users';
import { seedDemoData } from '@entrance-hall/shared/demo/seed-demo-data';
import { createPrincipalResolver } from '@entrance-hall/shared/identity/resolve-principal';
import { DemoUserDirectory } from '@entrance-hall/shared/identity/user-directory';
import { createTestStorage, testStorageConnectionString } from '../../../shared/testing/test-storage';
import { cardInputs, cardText, pressData } from '../playground/card-reading';
import type { AdaptiveCardJson } from '../cards/card-json';
import { TableBotStorage } from '../storage/table-bot-storage';
import { createConversation, type Conversation, type TurnContext, type TurnResult } from './create-conversation';

/** The conversation logic on its own (no botbuilder, no HTTP) over real Table Storage in Azurite. */
const priya = findDemoUser('priya.shah')!;
let conversation: Conversation;
const turn = (): TurnContext => ({ user: { aadObjectId: priya.id, tenantId: priya.tenantId, name: priya.name }, scope: 'personal', activityId: randomUUID(), conversationReference: { conversation: { id: 'a:1' } } });

beforeAll(async () => {
  const { repos, context, tablePrefix } = await createTestStorage('Conv');
  await seedDemoData(repos);
  const state = await TableBotStorage.connect(testStorageConnectionString(), tablePrefix, { activityRetentionMs: 3_600_000 });
  conversation = createConversation({ context, directory: new DemoUserDirectory(), state, resolvePrincipal: createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId) }) });
});

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
  const money = await press(review, 'intake.edit', {}, 'Edit money, effort and timing');
  expect(cardText(money)).toContain('step 3 of 4');
  expect(cardInputs(money).get('capitalCost')?.value).toBe(12500);
  const reviewAgain = await press(money, 'intake.next', { capitalCost: '30000' });
  expect(cardText(reviewAgain)).toContain('Check your project request');
  expect(cardText(reviewAgain)).toContain('£30,000');
  await press(reviewAgain, 'intake.cancel');
});

it('cancels by message and then refuses the old cards, saying what became of them', async () => {
  const card = firstCard(await say('new request'));
  await press(card, 'intake.next', { title: 'Cancelled idea', sponsor: 'S', problem: 'P', proposedOutcome: 'O' });
  expect(cardText(firstCard(await say('cancel')))).toContain('Request cancelled');
  expect(cardText(await press(card, 'intake.next', { title: 'Too late' }))).toContain('Request cancelled');
  const fresh = firstCard(await say('new request'));
  expect(cardText(fresh)).toContain('step 1 of 4');
  expect(cardInputs(fresh).get('title')?.value).toBeUndefined();
  // The card of the cancelled draft now belongs to nothing: it says so and changes nothing.
  expect(cardText(await press(card, 'intake.next', { title: 'Too late' }))).toContain('cancelled or replaced');
  expect(cardInputs(firstCard(await say('new request'))).get('title')?.value).toBeUndefined();
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

it('does not understand everything, and says what it can do', async () => {
  const result = await say('the printer is broken');
  expect(result.replies[0]).toEqual({ kind: 'text', text: expect.stringContaining('new request') });
  const unknownVerb = await conversation.handleTurn(turn(), { kind: 'action', verb: 'intake.delete-everything', data: {} });
  expect(unknownVerb.replies[0]).toEqual({ kind: 'text', text: expect.stringContaining('help') });
});
