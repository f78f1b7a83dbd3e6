import { randomUUID } from 'node:crypto';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import { createPrincipalResolver } from '@entrance-hall/shared/http/identity/resolve-principal';
import { DemoUserDirectory } from '../../../shared/demo/demo-user-directory';
import { createTestStorage, testStorageConnectionString } from '../../../shared/testing/test-storage';
import { cardText, pressData } from '../../../shared/testing/playground/card-reading';
import type { AdaptiveCardJson } from '../cards/card-json';
import { TableBotStorage } from '../storage/table-bot-storage';
import { trainedIntentClassifier } from '../language/intent-classifier';
import { stateKeys } from './bot-state-store';
import { createConversation, type Conversation, type TurnContext, type TurnResult } from './create-conversation';
import type { IntakeDraft } from './intake-draft';
import { MAX_HANDLED_ACTIVITIES, type OfficerStateValue } from './officer-state';

/**
 * A turn reads the officer's state (draft and handled activities: one entity) once and writes it
 * once. These check the guarantees that must survive that: a re-sent activity is acted on once,
 * even when both copies arrive together; a new process (a restart) carries on; a draft stored
 * in the earlier shape still resumes.
 */
const priya = findDemoUser('priya.shah')!;
let state: TableBotStorage;
let conversation: () => Conversation;
let requestsOf: (title: string) => Promise<number>;
const turn = (activityId: string = randomUUID()): TurnContext => ({ user: { aadObjectId: priya.id, tenantId: priya.tenantId, name: priya.name }, scope: 'personal', activityId });

beforeAll(async () => {
  const { repos, context, tablePrefix } = await createTestStorage('Officer');
  await seedDemoData(repos);
  state = await TableBotStorage.connect(testStorageConnectionString(), tablePrefix);
  const classifier = await trainedIntentClassifier();
  // Each call is a fresh process's conversation over the same storage.
  conversation = () =>
    createConversation({
      context,
      directory: new DemoUserDirectory(),
      state,
      resolvePrincipal: createPrincipalResolver({ findOrganisationForTenant: (tenantId) => repos.organisationForTenant(tenantId) }),
      classify: (text) => classifier.classify(text),
    });
  requestsOf = async (title) => (await repos.requests.list(priya.organisationId)).filter((request) => request.value.title === title).length;
});

function cardOf(result: TurnResult): AdaptiveCardJson {
  const card = result.card ?? (result.replies[0]?.kind === 'card' ? result.replies[0].card : undefined);
  if (!card) throw new Error(`Expected a card, got ${JSON.stringify(result)}`);
  return card;
}

const storedState = async () => (await state.readState<OfficerStateValue>(stateKeys.draft(priya.organisationId, priya.id)))?.value;

it('acts once on an intake step Teams sends twice at the same moment', async () => {
  const bot = conversation();
  const start = cardOf(await bot.handleTurn(turn(), { kind: 'message', text: 'new request' }));
  const data = pressData(start, 'intake.next', { title: 'Sent twice at once', sponsor: 'Head of Revenues', problem: 'P', proposedOutcome: 'O' });
  const id = randomUUID();
  const results = await Promise.all([bot.handleTurn(turn(id), { kind: 'action', verb: 'intake.next', data }), conversation().handleTurn(turn(id), { kind: 'action', verb: 'intake.next', data })]);
  expect(results.filter((result) => result.duplicate)).toHaveLength(1);
  // Both answer with the card as it now stands; neither shows a problem.
  for (const result of results) expect(cardText(cardOf(result))).toContain('step 2 of 4');
  const stored = await storedState();
  expect(stored?.draft?.step).toBe('fit');
  expect(stored?.handled?.filter((activity) => activity.id === id)).toHaveLength(1);
});

it('answers a message Teams sends twice at the same moment once', async () => {
  const id = randomUUID();
  const results = await Promise.all([conversation().handleTurn(turn(id), { kind: 'message', text: 'my requests' }), conversation().handleTurn(turn(id), { kind: 'message', text: 'my requests' })]);
  expect(results.map((result) => result.replies.length).sort()).toEqual([0, 1]);
});

it('makes one request from a submit Teams sends twice, at once and again after a restart', async () => {
  const bot = conversation();
  await bot.handleTurn(turn(), { kind: 'message', text: 'start again' });
  let card = cardOf(await bot.handleTurn(turn(), { kind: 'message', text: 'new request' }));
  const press = async (verb: string, typed: Record<string, string> = {}) => {
    card = cardOf(await bot.handleTurn(turn(), { kind: 'action', verb, data: pressData(card, verb, typed) }));
  };
  await press('intake.next', { title: 'Submitted through a re-send', sponsor: 'Head of Revenues', problem: 'P', proposedOutcome: 'O' });
  await press('intake.next', { themeIds: 'workforce' });
  await press('intake.next', { neededBy: '2030-01-15' });
  await press('intake.next', {});
  expect(cardText(card)).toContain('Check your project request');
  const submit = pressData(card, 'intake.submit', {});
  const id = randomUUID();
  const [one, two] = await Promise.all([bot.handleTurn(turn(id), { kind: 'action', verb: 'intake.submit', data: submit }), bot.handleTurn(turn(id), { kind: 'action', verb: 'intake.submit', data: submit })]);
  const afterRestart = await conversation().handleTurn(turn(id), { kind: 'action', verb: 'intake.submit', data: submit });
  expect(afterRestart.duplicate).toBe(true);
  // One confirmation in all, one request.
  expect([one, two, afterRestart].flatMap((result) => result.replies)).toHaveLength(1);
  expect(await requestsOf('Submitted through a re-send')).toBe(1);
});

it('remembers only recent activities, and resumes a draft stored before the activities joined it', async () => {
  const bot = conversation();
  for (let index = 0; index < MAX_HANDLED_ACTIVITIES + 5; index += 1) await bot.handleTurn(turn(`burst-${index}`), { kind: 'message', text: 'thanks' });
  expect((await storedState())?.handled).toHaveLength(MAX_HANDLED_ACTIVITIES);
  const draft: IntakeDraft = {
    id: randomUUID(),
    organisationId: priya.organisationId,
    requester: { id: priya.id, name: priya.name },
    step: 'fit',
    form: { title: 'Stored the earlier way' },
    answers: { title: 'Stored the earlier way' },
    completedSteps: ['need'],
    status: 'open',
    startedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  };
  await state.writeState(stateKeys.draft(priya.organisationId, priya.id), draft, '*');
  const resumed = cardOf(await conversation().handleTurn(turn(), { kind: 'message', text: 'new request' }));
  expect(cardText(resumed)).toContain('step 2 of 4');
  expect(cardText(resumed)).toContain('Welcome back: you were at step 2');
  expect((await storedState())?.draft).toMatchObject({ id: draft.id, answers: { title: 'Stored the earlier way' } });
});
