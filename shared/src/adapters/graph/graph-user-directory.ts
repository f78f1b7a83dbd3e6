import { Client, GraphError, HTTPMessageHandler, RedirectHandler, RetryHandler, TelemetryHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { decodeJwt } from 'jose';
import { AppError, appErrors } from '../../domain/errors/app-error';
import type { GraphCredentials } from './graph-credentials';
import type { DirectoryProfile, RoleHolders, UserDirectory } from '../../domain/identity/user-directory';
import type { Role } from '../../domain/identity/roles';

export interface GraphUserDirectoryOptions {
  credentials: GraphCredentials;
  /** `https://graph.microsoft.com` or a national cloud's Graph. */
  graphBaseUrl?: string;
  /** How long a profile is reused, in ms (10 minutes): names and departments rarely change. */
  cacheMs?: number;
  /** How long "no such user" is remembered, in ms (1 minute). */
  missingCacheMs?: number;
  /** Most profiles kept; the oldest go first. */
  maxCacheEntries?: number;
  now?: () => number;
  /**
   * The tenant the credentials sign in to: the only tenant whose role holders can be read
   * (`peopleWithRole` answers [] for any other).
   */
  tenantId?: string;
  /**
   * The client id of Entrance Hall's API app registration, whose app roles (`ICT`, …) people are
   * assigned in Entra. Without it `peopleWithRole` reads only the `groupRoles` groups.
   */
  apiClientId?: string;
  /** Entra security groups whose members hold a role (`AUTH_GROUP_ROLES`): group id → role. */
  groupRoles?: Readonly<Record<string, Role>>;
  /** How long who holds a role is reused, in ms (5 minutes). */
  roleCacheMs?: number;
}

const PROFILE_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';

interface GraphUser {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
  department?: string | null;
  jobTitle?: string | null;
}

/** Graph's permission for each kind of read, named when Graph refuses (403). */
const PERMISSION_FOR = { appRoles: 'Application.Read.All', groups: 'GroupMember.Read.All' } as const;
type GraphRead = keyof typeof PERMISSION_FOR;

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

interface AppRoleAssignment {
  appRoleId: string;
  principalId: string;
  principalType: string;
}

interface RoleHoldersEntry {
  people: DirectoryProfile[];
  expires: number;
}

interface CacheEntry {
  profile: DirectoryProfile | undefined;
  expires: number;
}

/**
 * The organisation's directory through Microsoft Graph: app-only look-ups of officers (client
 * credentials or the managed identity) and the signed-in user's own profile (on-behalf-of).
 * Answers are cached; Graph's throttling (429 with Retry-After) is retried by the Graph client's
 * retry handler, and if Graph stays busy the caller gets an `unavailable` error, not a stack trace.
 */
export class GraphUserDirectory implements UserDirectory, RoleHolders {
  private readonly appToken: () => Promise<string>;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, Promise<DirectoryProfile | undefined>>();
  private readonly roleCache = new Map<Role, RoleHoldersEntry>();
  private readonly roleInFlight = new Map<Role, Promise<DirectoryProfile[]>>();
  private readonly graphBaseUrl: string;
  private readonly now: () => number;

  constructor(private readonly options: GraphUserDirectoryOptions) {
    this.graphBaseUrl = (options.graphBaseUrl ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
    this.now = options.now ?? Date.now;
    this.appToken = () => options.credentials.getAppToken();
  }

  /** A person by Entra object id (or user principal name); undefined when the directory has no such user. */
  async getProfile(userId: string): Promise<DirectoryProfile | undefined> {
    const key = userId.toLowerCase();
    const cached = this.cache.get(key);
    if (cached && cached.expires > this.now()) return cached.profile;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const lookup = this.fetchUser(this.appToken, `/users/${encodeURIComponent(userId)}`)
      .then((profile) => {
        this.remember(key, profile);
        return profile;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }

  /**
   * The signed-in person's own profile, read with their delegated permission (User.Read) through
   * the on-behalf-of flow. `userToken` is the API token the tab or add-in sent, already verified.
   */
  async getSignedInProfile(userToken: string): Promise<DirectoryProfile> {
    const userId = String(decodeJwt(userToken).oid ?? '').toLowerCase();
    const cached = userId ? this.cache.get(userId) : undefined;
    if (cached?.profile && cached.expires > this.now()) return cached.profile;
    const profile = await this.fetchUser(() => this.options.credentials.getTokenOnBehalfOf(userToken), '/me');
    if (!profile) throw appErrors.notFound('Your profile in the directory');
    this.remember(profile.id.toLowerCase(), profile);
    return profile;
  }

  /**
   * People whose name or email starts with `text` (the bot's "who is the sponsor?" look-up). The
   * text goes into an OData string literal: quotes are doubled so it can never end the literal.
   */
  async findPeople(text: string, top = 10): Promise<DirectoryProfile[]> {
    const search = text.trim().slice(0, 100);
    if (search === '') return [];
    const literal = `'${search.replace(/'/g, "''")}'`;
    const filter = `startswith(displayName,${literal}) or startswith(mail,${literal}) or startswith(userPrincipalName,${literal})`;
    const client = await this.signedInClient(this.appToken);
    try {
      const page = (await client.api('/users').select(PROFILE_FIELDS).filter(filter).top(Math.min(Math.max(top, 1), 50)).get()) as { value: GraphUser[] };
      return page.value.map(toProfile);
    } catch (error) {
      throw toAppError(error);
    }
  }

  /**
   * The people who hold `role`: those assigned the app role on Entrance Hall's API app
   * registration (directly, or through an assigned group and its nested groups), and the members
   * of the `AUTH_GROUP_ROLES` groups mapped to it; each person once. Read app-only, so only the
   * tenant the credentials sign in to can be read: when `tenantIds` does not include it, the
   * answer is [] (another council's tenant is never asked). Cached for `roleCacheMs`.
   * Needs Application.Read.All (app role assignments) and GroupMember.Read.All (group members);
   * a refusal names the missing permission.
   */
  async peopleWithRole(role: Role, tenantIds: readonly string[]): Promise<DirectoryProfile[]> {
    const ownTenant = this.options.tenantId?.toLowerCase();
    if (!ownTenant || !tenantIds.some((tenantId) => tenantId.toLowerCase() === ownTenant)) return [];
    const cached = this.roleCache.get(role);
    if (cached && cached.expires > this.now()) return cached.people;
    const pending = this.roleInFlight.get(role);
    if (pending) return pending;
    const lookup = this.fetchRoleHolders(role)
      .then((people) => {
        this.roleCache.set(role, { people, expires: this.now() + (this.options.roleCacheMs ?? 5 * 60_000) });
        return people;
      })
      .finally(() => this.roleInFlight.delete(role));
    this.roleInFlight.set(role, lookup);
    return lookup;
  }

  private async fetchRoleHolders(role: Role): Promise<DirectoryProfile[]> {
    const client = await this.signedInClient(this.appToken);
    const groupIds = new Set(
      Object.entries(this.options.groupRoles ?? {})
        .filter(([, mapped]) => mapped === role)
        .map(([groupId]) => groupId.toLowerCase()),
    );
    const userIds = new Set<string>();
    if (this.options.apiClientId) {
      for (const assignment of await this.appRoleAssignments(client, role)) {
        if (assignment.principalType === 'User') userIds.add(assignment.principalId.toLowerCase());
        else if (assignment.principalType === 'Group') groupIds.add(assignment.principalId.toLowerCase());
      }
    }
    const people = new Map<string, DirectoryProfile>();
    for (const groupId of groupIds) {
      const members = await this.allPages<GraphUser>(client, 'groups', `/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=${PROFILE_FIELDS}`);
      for (const member of members) people.set(member.id.toLowerCase(), toProfile(member));
    }
    const direct = await Promise.all([...userIds].filter((userId) => !people.has(userId)).map((userId) => this.getProfile(userId)));
    for (const profile of direct) if (profile) people.set(profile.id.toLowerCase(), profile);
    return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  }

  /** The assignments of `role` on the API app's service principal (none when the app has no such role). */
  private async appRoleAssignments(client: Client, role: Role): Promise<AppRoleAssignment[]> {
    const appId = encodeURIComponent(odataLiteral(this.options.apiClientId ?? ''));
    const servicePrincipal = await this.read<{ id: string; appRoles?: { id: string; value?: string | null }[] }>('appRoles', () =>
      client
        .api(`/servicePrincipals(appId=${appId})`)
        .select('id,appRoles')
        .get()
        .catch((error: unknown) => {
          if (error instanceof GraphError && error.statusCode === 404) {
            throw new AppError('unavailable', `Entrance Hall's app registration (${this.options.apiClientId}) is not in this Microsoft 365 tenant, so nobody can be found by their Entrance Hall role.`);
          }
          throw error;
        }),
    );
    const appRole = servicePrincipal.appRoles?.find((candidate) => candidate.value === role);
    if (!appRole) return [];
    const assignments = await this.allPages<AppRoleAssignment>(client, 'appRoles', `/servicePrincipals/${encodeURIComponent(servicePrincipal.id)}/appRoleAssignedTo`);
    return assignments.filter((assignment) => assignment.appRoleId === appRole.id);
  }

  /** Every item of a Graph collection, following `@odata.nextLink` page after page. */
  private async allPages<T>(client: Client, kind: GraphRead, path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    while (next) {
      const current: string = next;
      const page = await this.read<Page<T>>(kind, () => client.api(current).get());
      items.push(...page.value);
      next = page['@odata.nextLink'] ? this.pathOnGraph(page['@odata.nextLink']) : undefined;
    }
    return items;
  }

  /**
   * A next-page link as a path for the Graph client (which only parses https links itself). A link
   * to anywhere but the configured Graph is refused: the app's token goes nowhere else.
   */
  private pathOnGraph(link: string): string {
    const base = `${this.graphBaseUrl}/v1.0/`;
    if (!link.startsWith(base)) throw new AppError('unavailable', 'The Microsoft 365 directory answered with a link elsewhere; try again shortly.');
    return `/${link.slice(base.length)}`;
  }

  /** One Graph read; a refusal (401/403) names the permission that read needs. */
  private async read<T>(kind: GraphRead, call: () => Promise<unknown>): Promise<T> {
    try {
      return (await call()) as T;
    } catch (error) {
      throw toAppError(error, PERMISSION_FOR[kind]);
    }
  }

  private async fetchUser(getAccessToken: () => Promise<string>, path: string): Promise<DirectoryProfile | undefined> {
    const client = await this.signedInClient(getAccessToken);
    try {
      return toProfile((await client.api(path).select(PROFILE_FIELDS).get()) as GraphUser);
    } catch (error) {
      if (error instanceof GraphError && error.statusCode === 404) return undefined;
      throw toAppError(error);
    }
  }

  private remember(key: string, profile: DirectoryProfile | undefined): void {
    const lifetime = profile ? (this.options.cacheMs ?? 10 * 60_000) : (this.options.missingCacheMs ?? 60_000);
    this.cache.delete(key);
    this.cache.set(key, { profile, expires: this.now() + lifetime });
    const max = this.options.maxCacheEntries ?? 5000;
    while (this.cache.size > max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /**
   * A Graph client after a first token was obtained: sign-in problems surface as our own errors
   * (the Graph client would turn them into anonymous Graph errors). msal-node caches the token,
   * so the client's own calls for it (one per attempt) cost nothing.
   */
  private async signedInClient(getAccessToken: () => Promise<string>): Promise<Client> {
    await getAccessToken();
    return this.createClient(getAccessToken);
  }

  private createClient(getAccessToken: () => Promise<string>): Client {
    // The Graph client's own chain, with the token step bound to the configured Graph origin
    // (the library's only trusts Microsoft's https hosts, so a national cloud or a stand-in
    // would go unauthenticated). RetryHandler honours Retry-After on 429 and 503, up to 3 times.
    return Client.initWithMiddleware({
      baseUrl: `${this.graphBaseUrl}/`,
      defaultVersion: 'v1.0',
      middleware: [new GraphBearerToken(new URL(this.graphBaseUrl).origin, getAccessToken), new RetryHandler(), new RedirectHandler(), new TelemetryHandler(), new HTTPMessageHandler()],
    });
  }
}

/** Adds the bearer token to requests for the configured Graph origin, and to nothing else. */
class GraphBearerToken implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly origin: string,
    private readonly getAccessToken: () => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    if (new URL(url).origin === this.origin) headers.set('Authorization', `Bearer ${await this.getAccessToken()}`);
    else headers.delete('Authorization');
    options.headers = headers as unknown as typeof options.headers;
    if (!this.next) throw new Error('The Graph middleware chain has no next step.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function toProfile(user: GraphUser): DirectoryProfile {
  const mail = user.mail ?? (user.userPrincipalName && user.userPrincipalName.includes('@') ? user.userPrincipalName : undefined);
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    ...(mail ? { mail } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
  };
}

/** A value inside an OData string literal: quotes doubled, so it can never end the literal. */
function odataLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function toAppError(error: unknown, permission?: string): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof GraphError ? error.statusCode : undefined;
  const appError =
    status === 401 || status === 403
      ? new AppError(
          'forbidden',
          permission
            ? `Entrance Hall is not allowed to read the directory. An administrator must grant it the Microsoft Graph application permission ${permission} (with admin consent).`
            : 'Entrance Hall is not allowed to read the directory. An administrator must grant it the Microsoft Graph permissions.',
        )
      : new AppError('unavailable', status === 429 ? 'The Microsoft 365 directory is busy just now; try again in a minute.' : 'The Microsoft 365 directory could not be reached just now; try again shortly.');
  return Object.assign(appError, { cause: error });
}

