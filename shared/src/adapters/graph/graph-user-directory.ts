import { Client, GraphError, HTTPMessageHandler, RedirectHandler, RetryHandler, TelemetryHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { decodeJwt } from 'jose';
import { AppError, appErrors } from '../errors/app-error';
import type { GraphCredentials } from './graph-credentials';
import type { DirectoryProfile, UserDirectory } from './user-directory';

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
export class GraphUserDirectory implements UserDirectory {
  private readonly appToken: () => Promise<string>;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, Promise<DirectoryProfile | undefined>>();
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

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = error instanceof GraphError ? error.statusCode : undefined;
  const appError =
    status === 401 || status === 403
      ? new AppError('forbidden', 'Entrance Hall is not allowed to read the directory. An administrator must grant it the Microsoft Graph permissions.')
      : new AppError('unavailable', status === 429 ? 'The Microsoft 365 directory is busy just now; try again in a minute.' : 'The Microsoft 365 directory could not be reached just now; try again shortly.');
  return Object.assign(appError, { cause: error });
}

