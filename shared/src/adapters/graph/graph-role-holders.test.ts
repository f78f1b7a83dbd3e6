import { loadConfig } from '../config/config';
import { AppError } from '../../domain/errors/app-error';
import type { Role } from '../../domain/identity/roles';
import { apiClientIdOf, createUserDirectory } from './create-user-directory';
import { createGraphCredentials } from './graph-credentials';
import { GraphUserDirectory, type GraphUserDirectoryOptions } from './graph-user-directory';
import { STAND_IN_APP_PERMISSIONS, startLocalMicrosoftGraph, type LocalMicrosoftGraph, type StandInUser } from '../../../testing/local-microsoft-graph';

/**
 * Who holds an Entrance Hall role in a real tenant: Entra app-role assignments on the API's app
 * registration (to people or to groups, nested groups included) and the AUTH_GROUP_ROLES groups,
 * read with the real msal-node and Graph client from a loopback Graph stand-in.
 */
const API_APP = 'b1e2c3d4-5f60-4718-8293-a4b5c6d7e8f9';
const API_SP = 'c0ffee00-1111-4222-8333-944455566677';
const ROLE_IDS: Record<string, string> = { ICT: 'aaaa0001-0000-4000-8000-000000000001', SteeringMember: 'aaaa0002-0000-4000-8000-000000000002' };
const ICT_TEAM = '11110000-0000-4000-8000-00000000000a';
const ICT_CONTRACTORS = '11110000-0000-4000-8000-00000000000b';
const PMO_GROUP = '11110000-0000-4000-8000-00000000000c';
const STEERING_GROUP = '11110000-0000-4000-8000-00000000000d';

const person = (n: number, displayName: string, extra: Partial<StandInUser> = {}): StandInUser => {
  const upn = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@ashcombe.gov.uk`;
  return { id: `0000${n.toString().padStart(4, '0')}-0000-4000-8000-000000000000`, displayName, mail: upn, userPrincipalName: upn, ...extra };
};
const TOM = person(1, 'Tom Reed', { jobTitle: 'ICT Business Partner', department: 'ICT' });
const AISHA = person(2, 'Aisha Khan', { department: 'ICT' });
const GARETH = person(3, "Gareth O'Neill", { department: 'ICT' });
const NIA = person(4, 'Nia Evans', { department: 'Programme Office' });
const DAVID = person(5, 'David Okafor', { department: 'Finance' });
const PRIYA = person(6, 'Priya Shah', { department: 'Revenues and Benefits' });

describe('people with a role, from Entra app-role assignments and groups', () => {
  let graph: LocalMicrosoftGraph;

  const directoryWith = (options: Partial<GraphUserDirectoryOptions> = {}) =>
    new GraphUserDirectory({
      credentials: createGraphCredentials(graph.credentialOptions()),
      graphBaseUrl: graph.baseUrl,
      tenantId: graph.tenantId,
      apiClientId: API_APP,
      groupRoles: { [PMO_GROUP]: 'ICT', [STEERING_GROUP]: 'SteeringMember' },
      ...options,
    });
  const graphCalls = () => graph.requests.filter((request) => request.path.startsWith('/v1.0/'));
  const names = (people: { displayName: string }[]) => people.map((one) => one.displayName);
  const assign = (role: Role, principalType: 'User' | 'Group', principalId: string) =>
    graph.appRoleAssignments.push({ resourceId: API_SP, appRoleId: ROLE_IDS[role]!, principalId, principalType });

  beforeAll(async () => {
    graph = await startLocalMicrosoftGraph();
    for (const user of [TOM, AISHA, GARETH, NIA, DAVID, PRIYA]) graph.users.set(user.id, user);
    graph.servicePrincipals.set(API_APP, { id: API_SP, appId: API_APP, appRoles: Object.entries(ROLE_IDS).map(([value, id]) => ({ id, value })) });
    // Tom is assigned ICT himself and is in the ICT team too; Aisha through the team; Gareth
    // through contractors nested in the team; Nia through the PMO group of AUTH_GROUP_ROLES.
    graph.groups.set(ICT_TEAM, [TOM.id, AISHA.id, ICT_CONTRACTORS]);
    graph.groups.set(ICT_CONTRACTORS, [GARETH.id]);
    graph.groups.set(PMO_GROUP, [NIA.id, TOM.id]);
    graph.groups.set(STEERING_GROUP, [DAVID.id]);
    assign('ICT', 'User', TOM.id);
    assign('ICT', 'Group', ICT_TEAM);
    assign('SteeringMember', 'User', PRIYA.id);
    assign('SteeringMember', 'Group', STEERING_GROUP);
    graph.appRoleAssignments.push({ resourceId: API_SP, appRoleId: ROLE_IDS.ICT!, principalId: '99990000-0000-4000-8000-000000000000', principalType: 'ServicePrincipal' });
  });
  beforeEach(() => {
    graph.requests.length = 0;
    graph.setPageSize(100);
    graph.permissions.clear();
    for (const permission of STAND_IN_APP_PERMISSIONS) graph.permissions.add(permission);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('finds people assigned the role directly, through an assigned group (nested too) and through an AUTH_GROUP_ROLES group, each once', async () => {
    const people = await directoryWith().peopleWithRole('ICT', [graph.tenantId]);
    expect(names(people)).toEqual(['Aisha Khan', "Gareth O'Neill", 'Nia Evans', 'Tom Reed']);
    expect(people.find((one) => one.id === TOM.id)).toEqual({ id: TOM.id, displayName: 'Tom Reed', mail: TOM.mail, department: 'ICT', jobTitle: 'ICT Business Partner' });
    const [lookup] = graphCalls();
    expect(lookup?.path).toBe(`/v1.0/servicePrincipals(appId='${API_APP}')`);
    expect(lookup?.query.get('$select')).toBe('id,appRoles');
    expect(graphCalls().map((call) => call.path)).toContain(`/v1.0/groups/${ICT_TEAM}/transitiveMembers/microsoft.graph.user`);
  });

  it('leaves out people who hold only other roles', async () => {
    const directory = directoryWith();
    const ict = names(await directory.peopleWithRole('ICT', [graph.tenantId]));
    expect(ict).not.toContain('David Okafor');
    expect(ict).not.toContain('Priya Shah');
    expect(names(await directory.peopleWithRole('SteeringMember', [graph.tenantId]))).toEqual(['David Okafor', 'Priya Shah']);
    // A role the app registration does not define, held by nobody: an empty list, not an error.
    expect(await directory.peopleWithRole('ReportAuthor', [graph.tenantId])).toEqual([]);
  });

  it('follows @odata.nextLink through every page of assignments and of group members', async () => {
    graph.setPageSize(1);
    expect(names(await directoryWith().peopleWithRole('ICT', [graph.tenantId]))).toEqual(['Aisha Khan', "Gareth O'Neill", 'Nia Evans', 'Tom Reed']);
    const pages = graphCalls().filter((call) => call.path.endsWith('/appRoleAssignedTo'));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.slice(1).every((call) => call.query.has('$skiptoken'))).toBe(true);
    const members = graphCalls().filter((call) => call.path === `/v1.0/groups/${ICT_TEAM}/transitiveMembers/microsoft.graph.user`);
    expect(members).toHaveLength(3); // one person a page; the last page has no next link
    expect(members.every((call) => call.query.get('$select') === 'id,displayName,mail,userPrincipalName,department,jobTitle')).toBe(true);
  });

  it('reads nothing for another tenant: Graph is only asked about the tenant the app signs in to', async () => {
    const directory = directoryWith();
    expect(await directory.peopleWithRole('ICT', ['0b0b0b0b-0000-4000-8000-000000000000'])).toEqual([]);
    expect(await directory.peopleWithRole('ICT', [])).toEqual([]);
    expect(graphCalls()).toHaveLength(0);
    expect(names(await directory.peopleWithRole('ICT', ['0b0b0b0b-0000-4000-8000-000000000000', graph.tenantId.toUpperCase()]))).toContain('Tom Reed');
  });

  it('caches the answer for some minutes', async () => {
    let now = Date.parse('2026-11-30T09:00:00Z');
    const directory = directoryWith({ now: () => now });
    await Promise.all([directory.peopleWithRole('ICT', [graph.tenantId]), directory.peopleWithRole('ICT', [graph.tenantId])]);
    const asked = graphCalls().length;
    now += 4 * 60_000;
    await directory.peopleWithRole('ICT', [graph.tenantId]);
    expect(graphCalls()).toHaveLength(asked);
    now += 2 * 60_000;
    await directory.peopleWithRole('ICT', [graph.tenantId]);
    expect(graphCalls().length).toBeGreaterThan(asked);
  });

  it.each([
    ['Application.Read.All', 'app role assignments'],
    ['GroupMember.Read.All', 'group members'],
  ])('says which Graph permission an administrator must grant when %s is missing (%s)', async (permission) => {
    graph.permissions.delete(permission);
    const failure = await directoryWith().peopleWithRole('ICT', [graph.tenantId]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'forbidden', message: `Entrance Hall is not allowed to read the directory. An administrator must grant it the Microsoft Graph application permission ${permission} (with admin consent).` });
  });

  it('says so plainly when the API app is not registered in the tenant, and keeps the client id inside its OData literal', async () => {
    const failure = await directoryWith({ apiClientId: "x') or (appId='y" }).peopleWithRole('ICT', [graph.tenantId]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'unavailable', message: expect.stringContaining('is not in this Microsoft 365 tenant') });
    expect(decodeURIComponent(graphCalls()[0]?.path ?? '')).toBe("/v1.0/servicePrincipals(appId='x'') or (appId=''y')");
  });

  it('reads only the AUTH_GROUP_ROLES groups when no API client id is configured', async () => {
    expect(names(await directoryWith({ apiClientId: undefined }).peopleWithRole('ICT', [graph.tenantId]))).toEqual(['Nia Evans', 'Tom Reed']);
    expect(graphCalls().some((call) => call.path.startsWith('/v1.0/servicePrincipals'))).toBe(false);
  });
});

describe('role holders from configuration', () => {
  const storage = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

  it('takes the API client id from AUTH_AUDIENCE (beside the api:// URI), else GRAPH_CLIENT_ID', () => {
    expect(apiClientIdOf({ AUTH_AUDIENCE: `api://eh.example.gov.uk/${API_APP}, ${API_APP}`, GRAPH_CLIENT_ID: 'other' })).toBe(API_APP);
    expect(apiClientIdOf({ AUTH_AUDIENCE: 'api://entrance-hall', GRAPH_CLIENT_ID: API_APP })).toBe(API_APP);
  });

  it('gives the Graph directory the tenant, the API app and the AUTH_GROUP_ROLES groups', async () => {
    const graph = await startLocalMicrosoftGraph();
    try {
      graph.users.set(NIA.id, NIA);
      graph.groups.set(PMO_GROUP, [NIA.id]);
      const config = loadConfig({ ...storage, AUTH_MODE: 'dev', GRAPH_CLIENT_ID: graph.clientId, GRAPH_TENANT_ID: graph.tenantId, GRAPH_CLIENT_SECRET: graph.clientSecret, AUTH_GROUP_ROLES: `${PMO_GROUP}:ICT` });
      const directory = createUserDirectory(config, { getProfile: () => Promise.resolve(undefined), peopleWithRole: () => Promise.resolve([]) });
      expect(directory).toBeInstanceOf(GraphUserDirectory);
      expect((directory as unknown as { options: GraphUserDirectoryOptions }).options).toMatchObject({ tenantId: graph.tenantId, apiClientId: graph.clientId, groupRoles: { [PMO_GROUP]: 'ICT' } });
    } finally {
      await graph.stop();
    }
  });
});
