import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import { DEMO_ORGANISATIONS, findDemoUser } from '../../../shared/demo/demo-users';
import { createGraphCredentials } from '@entrance-hall/shared/adapters/graph/graph-credentials';
import { GraphUserDirectory } from '@entrance-hall/shared/adapters/graph/graph-user-directory';
import type { DomainContext } from '@entrance-hall/shared/domain/context/domain-context';
import { createTestStorage } from '../../../shared/testing/test-storage';
import { startLocalMicrosoftGraph, type LocalMicrosoftGraph } from '../../../shared/testing/local-microsoft-graph';
import pino from 'pino';
import { STAND_IN_APP_PERMISSIONS } from '../../../shared/testing/local-microsoft-graph';
import type { BotStateStore } from '../conversation/bot-state-store';
import { createNotificationDelivery } from './deliver-notifications';
import { findIctPeople } from './find-ict-people';
import { waitUntil } from '../../../shared/testing/wait-until';

/**
 * Who the overdue benefits-review notice goes to in a real tenant: the people Microsoft Graph says
 * hold the ICT role (app-role assignment, or an AUTH_GROUP_ROLES group), for the council whose
 * tenant the server's Graph credentials sign in to. Real storage (Azurite, the demo councils),
 * real msal-node and Graph client, Graph stood in on loopback.
 */
const API_APP = '5c4b3a29-1807-4f6e-9d5c-4b3a29180706';
const API_SP = 'd00d0000-0000-4000-8000-000000000001';
const ICT_ROLE = 'd00d0000-0000-4000-8000-0000000000a1';
const PMO_GROUP = 'd00d0000-0000-4000-8000-0000000000c1';
const tom = findDemoUser('tom.reed')!;
const sarah = findDemoUser('sarah.lewis')!;
const david = findDemoUser('david.okafor')!;

let graph: LocalMicrosoftGraph;
let context: DomainContext;
let directory: GraphUserDirectory;

beforeAll(async () => {
  graph = await startLocalMicrosoftGraph();
  for (const user of [tom, sarah, david]) graph.users.set(user.id, { id: user.id, displayName: user.name, mail: user.email, userPrincipalName: user.email ?? `${user.key}@example.gov.uk` });
  graph.servicePrincipals.set(API_APP, { id: API_SP, appId: API_APP, appRoles: [{ id: ICT_ROLE, value: 'ICT' }] });
  graph.appRoleAssignments.push({ resourceId: API_SP, appRoleId: ICT_ROLE, principalId: tom.id, principalType: 'User' });
  graph.groups.set(PMO_GROUP, [sarah.id]);
  const storage = await createTestStorage('IctPeople');
  await seedDemoData(storage.repos);
  context = storage.context;
  // The server's Graph credentials sign in to Ashcombe's tenant (GRAPH_TENANT_ID).
  directory = new GraphUserDirectory({
    credentials: createGraphCredentials(graph.credentialOptions()),
    graphBaseUrl: graph.baseUrl,
    tenantId: DEMO_ORGANISATIONS.ashcombe.tenantId,
    apiClientId: API_APP,
    groupRoles: { [PMO_GROUP]: 'ICT' },
  });
});
afterAll(async () => {
  await graph?.stop();
});

it('addresses the ICT people Graph names for the council in its tenant, and nobody else', async () => {
  const people = await findIctPeople(context, directory, DEMO_ORGANISATIONS.ashcombe.id);
  expect(people).toEqual([
    { id: sarah.id, name: 'Sarah Lewis' },
    { id: tom.id, name: 'Tom Reed' },
  ]);
  expect(people.map((person) => person.id)).not.toContain(david.id);
});

it('names nobody for a council in another tenant, without asking Graph', async () => {
  graph.requests.length = 0;
  expect(await findIctPeople(context, directory, DEMO_ORGANISATIONS.fenwickMarsh.id)).toEqual([]);
  expect(graph.requests.filter((request) => request.path.startsWith('/v1.0/'))).toHaveLength(0);
});

it('logs the missing Graph permission when the ICT people cannot be read, and the sweep goes on to the next council', async () => {
  const fresh = new GraphUserDirectory({ credentials: createGraphCredentials(graph.credentialOptions()), graphBaseUrl: graph.baseUrl, tenantId: DEMO_ORGANISATIONS.ashcombe.tenantId, apiClientId: API_APP });
  graph.permissions.delete('Application.Read.All');
  const logged: { msg?: string; organisationId?: string; err?: { message?: string } }[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => logged.push(JSON.parse(line) as (typeof logged)[number]) });
  const asked: string[] = [];
  const state: BotStateStore = { readState: () => Promise.resolve(undefined), writeState: () => Promise.resolve('*'), deleteState: () => Promise.resolve() };
  const delivery = createNotificationDelivery({
    context,
    state: () => Promise.resolve(state),
    send: () => Promise.resolve(),
    logger,
    retry: { baseMs: 50, maxMs: 400 },
    concurrency: 2,
    retentionDays: 30,
    ictPeople: (organisationId) => {
      asked.push(organisationId);
      return findIctPeople(context, fresh, organisationId);
    },
  });
  try {
    delivery.start();
    const warningFor = (organisationId: string) => logged.find((line) => line.organisationId === organisationId);
    // The sweep asks about each council in turn; wait until it has asked both and logged the refusal.
    await waitUntil('both councils asked about and the refusal logged', () => asked.length >= 2 && warningFor(DEMO_ORGANISATIONS.ashcombe.id));
    expect(asked).toEqual(expect.arrayContaining([DEMO_ORGANISATIONS.ashcombe.id, DEMO_ORGANISATIONS.fenwickMarsh.id]));
    const warning = warningFor(DEMO_ORGANISATIONS.ashcombe.id);
    expect(warning?.msg).toBe('the ICT people could not be read; overdue benefit reviews wait for the next sweep');
    expect(warning?.err?.message).toContain('Microsoft Graph application permission Application.Read.All');
    expect(logged.some((line) => line.msg === 'notification pass failed; will look again')).toBe(false);
  } finally {
    await delivery.stop();
    for (const permission of STAND_IN_APP_PERMISSIONS) graph.permissions.add(permission);
  }
});
