import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import { DEMO_ORGANISATIONS, DEMO_USERS, findDemoUser, type DemoUser } from '../../../shared/demo/demo-users';
import type { BenefitReview } from '@entrance-hall/shared/domain/benefits/benefit';
import { createTestStorage, testStorageConnectionString } from '../../../shared/testing/test-storage';
import { createLoopbackCertificate, type LoopbackCertificate } from '../../../shared/testing/loopback-certificate';
import { startLocalMicrosoftGraph, STAND_IN_APP_PERMISSIONS, type LocalMicrosoftGraph } from '../../../shared/testing/local-microsoft-graph';
import { startServerProcess, type ServerProcess } from '../../../shared/testing/bot/start-server-process';
import { LocalConnector, type ConnectorCall } from '../../../shared/testing/teams/local-connector';
import { teamsActivity } from '../../../shared/testing/bot/teams-activity';
import { cardText } from '../../../shared/testing/playground/card-reading';
import type { TableRepositories } from '@entrance-hall/shared/adapters/storage/repositories';

/**
 * The whole server, started as a deployment starts it (`bot/src/main.ts`, configured by its
 * environment alone), finds Ashcombe's ICT people in Microsoft Graph: it signs in with msal-node
 * at the authority `GRAPH_AUTHORITY_HOST` names and reads `GRAPH_BASE_URL`, here both an https
 * stand-in of Entra and Graph on loopback whose certificate only that server process trusts
 * (NODE_EXTRA_CA_CERTS). An overdue benefits review is then told to exactly the people Graph says
 * hold the ICT role: assigned it directly, through a group nested in an assigned group, or through
 * an AUTH_GROUP_ROLES group; not people with other roles. When Graph refuses, the log names the
 * missing permission, the other council's notifications still go, and the review waits for a sweep
 * after the permission is granted.
 */
const ashcombe = DEMO_ORGANISATIONS.ashcombe;
const user = (key: string) => findDemoUser(key)!;
const tom = user('tom.reed');
const mark = user('mark.evans');
const sarah = user('sarah.lewis');
const david = user('david.okafor');
const helen = user('helen.morris');
const priya = user('priya.shah');
const claire = user('claire.bennett');

/** Entra objects of the stand-in tenant: the API's service principal, its app roles, groups. */
const API_SP = 'e1000000-0000-4000-8000-000000000001';
const ROLE = { ICT: 'e1000000-0000-4000-8000-0000000000a1', SteeringMember: 'e1000000-0000-4000-8000-0000000000a2', SteeringChair: 'e1000000-0000-4000-8000-0000000000a3' };
/** Assigned the ICT app role; holds Tom and the service desk group (where Mark is). */
const ICT_STAFF = 'e1000000-0000-4000-8000-0000000000c1';
const SERVICE_DESK = 'e1000000-0000-4000-8000-0000000000c2';
/** AUTH_GROUP_ROLES maps this group to ICT: Sarah has no app-role assignment. */
const PMO = 'e1000000-0000-4000-8000-0000000000c3';
/** Assigned the SteeringChair app role: Helen is in it. */
const STEERING = 'e1000000-0000-4000-8000-0000000000c4';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

let certificate: LoopbackCertificate;
let graph: LocalMicrosoftGraph;
let connector: LocalConnector;
let repos: TableRepositories;
let tablePrefix: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  certificate = createLoopbackCertificate();
  [graph, connector] = await Promise.all([startLocalMicrosoftGraph({ tenantId: ashcombe.tenantId, tls: certificate }), LocalConnector.start()]);
  for (const person of DEMO_USERS.filter((candidate) => candidate.organisationId === ashcombe.id)) {
    graph.users.set(person.id, { id: person.id, displayName: person.name, mail: person.email, userPrincipalName: person.email ?? `${person.key}@ashcombe.example.gov.uk` });
  }
  graph.servicePrincipals.set(graph.clientId, { id: API_SP, appId: graph.clientId, appRoles: Object.entries(ROLE).map(([value, id]) => ({ id, value })) });
  graph.appRoleAssignments.push(
    { resourceId: API_SP, appRoleId: ROLE.ICT, principalId: tom.id, principalType: 'User' },
    { resourceId: API_SP, appRoleId: ROLE.SteeringMember, principalId: david.id, principalType: 'User' },
    { resourceId: API_SP, appRoleId: ROLE.ICT, principalId: ICT_STAFF, principalType: 'Group' },
    { resourceId: API_SP, appRoleId: ROLE.SteeringChair, principalId: STEERING, principalType: 'Group' },
  );
  graph.groups.set(ICT_STAFF, [tom.id, SERVICE_DESK]);
  graph.groups.set(SERVICE_DESK, [mark.id]);
  graph.groups.set(PMO, [sarah.id]);
  graph.groups.set(STEERING, [helen.id]);
  // One item a page: every collection the server reads comes in pages linked by @odata.nextLink.
  graph.setPageSize(1);

  const storage = await createTestStorage('GraphIct');
  await seedDemoData(storage.repos);
  repos = storage.repos;
  tablePrefix = storage.tablePrefix;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await Promise.all([graph?.stop(), connector?.close()]);
  certificate?.remove();
});

/** The server's whole configuration: its environment, as App Service would set it. */
function serverEnvironment(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    STORAGE_CONNECTION_STRING: testStorageConnectionString(),
    TABLE_PREFIX: tablePrefix,
    AUTH_MODE: 'entra',
    AUTH_AUDIENCE: `api://entrancehall.test/${graph.clientId},${graph.clientId}`,
    AUTH_ALLOWED_TENANTS: `${ashcombe.tenantId},${DEMO_ORGANISATIONS.fenwickMarsh.tenantId}`,
    AUTH_GROUP_ROLES: `${PMO}:ICT`,
    GRAPH_CLIENT_ID: graph.clientId,
    GRAPH_TENANT_ID: ashcombe.tenantId,
    GRAPH_CLIENT_SECRET: graph.clientSecret,
    GRAPH_AUTHORITY_HOST: graph.baseUrl,
    GRAPH_BASE_URL: graph.baseUrl,
    NOTIFICATION_RETRY_BASE_MS: '50',
    NOTIFICATION_RETRY_MAX_MS: '400',
    // The stand-in's certificate, trusted by this server process only; verification stays on.
    NODE_EXTRA_CA_CERTS: certificate.certPath,
  };
}

async function restartServer(): Promise<ServerProcess> {
  await server?.stop();
  server = undefined;
  server = await startServerProcess(serverEnvironment());
  return server;
}

async function say(person: DemoUser, text: string): Promise<void> {
  const response = await fetch(`${server!.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(teamsActivity(person, connector.url, { text })) });
  expect(response.status).toBe(200);
}

async function waitFor<T>(what: string, find: () => T | undefined | false): Promise<T> {
  for (let waited = 0; waited < 900; waited += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const complaints = (server?.logs ?? []).filter((line) => line.level === 'warn' || line.level === 'error').map((line) => `${line.msg ?? ''} ${line.err?.message ?? ''}`);
  throw new Error(`Waited in vain for: ${what}\nThe server warned:\n${complaints.join('\n')}`);
}

const cardOf = (call: ConnectorCall) => ((call.activity.attachments ?? []) as { content: Record<string, unknown> }[])[0]?.content;
const sentTo = (person: DemoUser) => connector.sent.filter((call) => decodeURIComponent(call.path).includes(`a:personal-${person.id}`));
const overdueNoticesTo = (person: DemoUser, benefit: string) => sentTo(person).filter((call) => /Benefits reviews? overdue/.test(cardText(cardOf(call))) && cardText(cardOf(call)).includes(benefit));
/** Who the server queued an overdue notice for, naming this benefit (the outbox: every message it will send). */
const queuedOverdueRecipients = async (benefit: string) =>
  (await repos.outbox.list(ashcombe.id)).filter((row) => row.value.overdueReviews?.some((line) => line.benefitDescription === benefit)).map((row) => row.value.requester.id).sort();

/** A demo review rewritten: due on `dueOn`, nothing recorded, nobody told yet (or the owner already asked). */
async function reviewDue(organisationId: string, requestTitle: string, reviewId: string, dueOn: string, ownerAsked: boolean): Promise<BenefitReview> {
  const found = (await repos.benefitReviews.list(organisationId)).find((record) => record.value.requestTitle === requestTitle && record.value.id === reviewId);
  if (!found) throw new Error(`No demo review ${reviewId} of ${requestTitle}`);
  const { actual: _actual, overdueFlaggedAt: _flagged, reminderQueuedAt: _asked, ...rest } = found.value;
  const review: BenefitReview = { ...rest, dueOn, ...(ownerAsked ? { reminderQueuedAt: `${dueOn}T08:00:00.000Z` } : {}) };
  await repos.commit(organisationId, [repos.benefitReviews.upsertOp(review)]);
  return review;
}

it('tells exactly the ICT people Microsoft Graph names of an overdue benefits review, signing in at the configured https authority', async () => {
  // Everyone has talked to the bot in Teams, so it could reach any of them.
  await restartServer();
  for (const person of [tom, mark, sarah, david, helen, priya, claire]) await say(person, 'hello');
  await waitFor('the welcome cards', () => [tom, mark, sarah, david, helen, priya, claire].every((person) => sentTo(person).length > 0));

  // A closed project's review has been due for 40 days with no figures; the server starts its sweep.
  const overdue = await reviewDue(ashcombe.id, 'Committee management system upgrade', 'B1.m6', daysAgo(40), true);
  graph.requests.length = 0;
  await restartServer();
  for (const person of [tom, mark, sarah]) await waitFor(`the overdue notice to ${person.name}`, () => overdueNoticesTo(person, overdue.benefitDescription)[0]);

  const words = cardText(cardOf(overdueNoticesTo(tom, overdue.benefitDescription)[0]!));
  expect(words).toContain('One benefits review is more than 28 days past due with no figures recorded.');
  expect(words).toContain(`${overdue.requestId} Committee management system upgrade\nBenefit\nTime to publish committee papers\nOwner\nSarah Lewis`);
  // Tom (assigned directly, and in the assigned group), Mark (in a group nested in it) and Sarah
  // (in the AUTH_GROUP_ROLES group) are told, once each; David (SteeringMember) and Helen (in the
  // SteeringChair group) are not, nor Priya, who holds no role.
  expect(await queuedOverdueRecipients(overdue.benefitDescription)).toEqual([mark.id, sarah.id, tom.id].sort());
  for (const person of [tom, mark, sarah]) expect(overdueNoticesTo(person, overdue.benefitDescription)).toHaveLength(1);
  for (const person of [david, helen, priya]) expect(sentTo(person).filter((call) => /overdue/i.test(cardText(cardOf(call))))).toEqual([]);

  // It signed in where its configuration says, over https: the authority's OpenID metadata, then
  // its token endpoint; and it followed Graph's next-page links for assignments and group members.
  const asked = graph.requests.map((request) => `${request.method} ${request.path}${request.query.has('$skiptoken') ? ' (next page)' : ''}`);
  expect(asked).toEqual(
    expect.arrayContaining([
      `GET /${ashcombe.tenantId}/v2.0/.well-known/openid-configuration`,
      `POST /${ashcombe.tenantId}/oauth2/v2.0/token`,
      `GET /v1.0/servicePrincipals/${API_SP}/appRoleAssignedTo (next page)`,
      `GET /v1.0/groups/${ICT_STAFF}/transitiveMembers/microsoft.graph.user (next page)`,
    ]),
  );
  expect(graph.requests.every((request) => request.status < 400)).toBe(true);
}, 300_000);

it('names the missing Graph permission when Graph refuses, still sends the other council its notifications, and tells ICT once the permission is granted', async () => {
  expect(server).toBeDefined();
  // Another Ashcombe review becomes overdue, and a Fenwick and Marsh review falls due today.
  const overdue = await reviewDue(ashcombe.id, 'Committee management system upgrade', 'B2.m6', daysAgo(35), true);
  const falling = await reviewDue(DEMO_ORGANISATIONS.fenwickMarsh.id, 'Marsh Vale server room decommissioning', 'B1.m12', daysAgo(0), false);
  // An administrator has removed Application.Read.All from Entrance Hall's app registration.
  graph.permissions.delete('Application.Read.All');
  try {
    const refused = await restartServer();

    // Claire, at the other council, gets her review card all the same.
    // (The demo may owe her other reviews too: this is the one that fell due today.)
    const card = await waitFor('the review card to Claire', () =>
      sentTo(claire).find((call) => cardText(cardOf(call)).includes(`Benefits review: ${falling.label}`) && cardText(cardOf(call)).includes(falling.benefitDescription)),
    );
    expect(cardText(cardOf(card))).toContain(falling.benefitDescription);
    const warning = await waitFor('the warning about the refused read', () => refused.logs.find((line) => line.organisationId === ashcombe.id && line.level === 'warn'));
    expect(warning.msg).toBe('the ICT people could not be read; overdue benefit reviews wait for the next sweep');
    expect(warning.err?.message).toContain('Microsoft Graph application permission Application.Read.All');
    // Nobody is told yet, and the review is not marked as told.
    expect(await queuedOverdueRecipients(overdue.benefitDescription)).toEqual([]);
    expect((await repos.benefitReviews.list(ashcombe.id)).find((record) => record.value.requestId === overdue.requestId && record.value.id === overdue.id)?.value.overdueFlaggedAt).toBeUndefined();
  } finally {
    for (const permission of STAND_IN_APP_PERMISSIONS) graph.permissions.add(permission);
  }

  // Consent given again: the next sweep (here, the next start) tells the ICT people.
  await restartServer();
  for (const person of [tom, mark, sarah]) await waitFor(`the overdue notice to ${person.name}`, () => overdueNoticesTo(person, overdue.benefitDescription)[0]);
  expect(await queuedOverdueRecipients(overdue.benefitDescription)).toEqual([mark.id, sarah.id, tom.id].sort());
}, 300_000);
