import { randomUUID } from 'node:crypto';
import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { findDemoUser } from '../../../shared/demo/demo-users';
import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import { findRequestOverlaps } from '@entrance-hall/shared/domain/estate/estate-commands';
import { createPrincipalResolver } from '@entrance-hall/shared/http/identity/resolve-principal';
import type { Principal } from '@entrance-hall/shared/domain/identity/roles';
import { DemoUserDirectory } from '../../../shared/demo/demo-user-directory';
import { createTestStorage, testStorageConnectionString } from '../../../shared/testing/test-storage';
import type { AdaptiveCardJson } from '../cards/card-json';
import { findCardProblems } from '../cards/validate-card';
import { trainedIntentClassifier } from '../language/intent-classifier';
import { cardText, pressData } from '../../../shared/testing/playground/card-reading';
import { TableBotStorage } from '../storage/table-bot-storage';
import { createConversation, type Conversation, type TurnContext } from './create-conversation';

/** The overlap warning in the intake: the conversation logic over real Table Storage (no botbuilder, no HTTP). */
const priya = findDemoUser('priya.shah')!;
const tom = findDemoUser('tom.reed')!;
let conversation: Conversation;
let context: DomainContext;
const turn = (): TurnContext => ({ user: { aadObjectId: priya.id, tenantId: priya.tenantId, name: priya.name }, scope: 'personal', activityId: randomUUID(), conversationReference: { conversation: { id: 'a:1' } } });

beforeAll(async () => {
  const storage = await createTestStorage('Overlap');
  context = storage.context;
  await seedDemoData(storage.repos);
  const state = await TableBotStorage.connect(testStorageConnectionString(), storage.tablePrefix);
  const classifier = await trainedIntentClassifier();
  conversation = createConversation({
    context,
    directory: new DemoUserDirectory(),
    state,
    resolvePrincipal: createPrincipalResolver({ findOrganisationForTenant: (tenantId) => storage.repos.organisationForTenant(tenantId) }),
    classify: (text) => classifier.classify(text),
  });
});

async function press(card: AdaptiveCardJson, verb: string, typed: Record<string, string> = {}) {
  return conversation.handleTurn(turn(), { kind: 'action', verb, data: pressData(card, verb, typed) });
}

it('warns of the application and requests a described need overlaps, and records what the officer said for ICT', async () => {
  const start = (await conversation.handleTurn(turn(), { kind: 'message', text: 'new request' })).replies[0];
  if (start?.kind !== 'card') throw new Error('Expected the intake card');
  const fit = (await press(start.card, 'intake.next', { title: 'New housing repairs system', sponsor: 'Head of Housing', problem: 'Repairs Manager 6 is out of support and tenants cannot book repairs', proposedOutcome: 'Tenants book repairs online' })).card!;
  const text = cardText(fit);
  expect(text).toContain('Before you go on: the council may already have something like this');
  expect(text).toContain('Application: Repairs Manager 6');
  expect(text).toContain('Same capability: Housing');
  expect(text).toMatch(/Request EH-2026-0002: Replacement for the housing repairs system/);
  expect(findCardProblems(fit)).toEqual([]);

  // "Different" needs a reason; the other answers are kept.
  const refused = (await press(fit, 'intake.next', { themeIds: 'digital-residents', overlapVerdict0: 'different' })).card!;
  expect(cardText(refused)).toContain('Say why your request is different from Repairs Manager 6.');
  const money = (await press(refused, 'intake.next', { overlapVerdict0: 'replaces', overlapVerdict1: 'different', overlapReason1: 'Ours is for booking, not rents' })).card!;
  expect(cardText(money)).toContain('step 3 of 4');
  const risks = (await press(money, 'intake.next', { neededBy: '2027-09-30' })).card!;
  const review = (await press(risks, 'intake.next', {})).card!;
  const submitted = await press(review, 'intake.submit');
  const confirmation = submitted.replies.find((reply) => reply.kind === 'card');
  const reference = /EH-\d{4}-\d{4}/.exec(cardText(confirmation?.kind === 'card' ? confirmation.card : submitted.card!))![0];

  const ict: Principal = { id: tom.id, name: tom.name, tenantId: tom.tenantId, organisationId: 'ashcombe', roles: ['ICT'] };
  const atTriage = await findRequestOverlaps(context, ict, reference);
  const noted = [...atTriage.applications, ...atTriage.requests].filter((match) => match.note);
  expect(noted.map((match) => [match.name, match.note!.verdict, match.note!.reason ?? null, match.note!.by.name])).toEqual(
    expect.arrayContaining([
      ['Repairs Manager 6', 'replaces', null, 'Priya Shah'],
      [expect.any(String), 'different', 'Ours is for booking, not rents', 'Priya Shah'],
    ]),
  );
  expect(noted).toHaveLength(2);
});
