import type { Server } from 'restify';
import { DEMO_USERS, findDemoUser } from '../demo/demo-users';
import { appErrors } from '../errors/app-error';
import type { DevIdentityProvider } from '../identity/dev-identity-provider';
import { ROLE_LABELS } from '../identity/roles';
import { sendJson, sendProblem } from './http-io';

/**
 * Local sign-in (AUTH_MODE=dev only; configuration refuses it in production or off loopback):
 * `/dev/users` lists the demo users and `/dev/token?user=<key>` signs a token for one of them.
 */
export function registerDevRoutes(server: Server, identity: DevIdentityProvider, organisationNames: Record<string, string>): void {
  // A web page on another site can point its own name at 127.0.0.1 (DNS rebinding) and read these
  // answers as same-origin: only a loopback Host header is answered.
  server.pre((request, response, next) => {
    if (!(request.url ?? '').startsWith('/dev/') || isLoopbackHost(request.headers.host)) return next();
    sendProblem(response, appErrors.forbidden('Dev sign-in answers only at a loopback address (127.0.0.1, localhost or [::1]).'));
    return next(false);
  });
  server.get('/dev/users', (_request, response, next) => {
    sendJson(response, 200, {
      items: DEMO_USERS.map((user) => ({
        id: user.key,
        name: user.name,
        jobTitle: user.jobTitle,
        department: user.department,
        organisation: { id: user.organisationId, name: organisationNames[user.organisationId] ?? user.organisationId },
        roles: user.roles.map((role) => ({ id: role, label: ROLE_LABELS[role] })),
      })),
    });
    next();
  });
  server.get('/dev/token', (request, response, next) => {
    const key = new URL(request.url ?? '', 'http://localhost').searchParams.get('user') ?? '';
    const user = findDemoUser(key);
    const reply = user
      ? identity.issueToken(user).then((token) => sendJson(response, 200, { token }))
      : Promise.reject(appErrors.validation([{ field: 'user', message: `No demo user "${key}". See /dev/users.` }]));
    reply.catch((error: unknown) => sendProblem(response, error)).finally(() => next());
  });
}

/** `127.0.0.1:3978`, `localhost`, `[::1]:3978` … */
export function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  return ['127.0.0.1', 'localhost', '[::1]'].includes(name);
}
