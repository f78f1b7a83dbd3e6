import type { Server } from 'restify';
import type { Config } from '../config/config';

/**
 * The hosts allowed to frame Entrance Hall: Teams (web, desktop, the new Microsoft 365 domains) for
 * the tab, and Office on the web for the Word task pane. Word on the web nests the task pane in
 * an `officeapps.live.com` frame inside SharePoint or OneDrive, and `frame-ancestors` checks every
 * ancestor, so those are listed too. Nothing else may frame the app (clickjacking).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
] as const;

/** Office.js is only supported from Microsoft's CDN; teams-js is bundled with the tab. */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/** Entra ID: the tab and task pane fall back to MSAL.js popups when nested app authentication is missing. */
const ENTRA_LOGIN = 'https://login.microsoftonline.com';

/** teams-js fetches the list of Microsoft 365 host origins it may talk to from here. */
const TEAMS_JS_VALID_DOMAINS = 'https://res.cdn.office.net';

/** The Content-Security-Policy every response carries. */
export function buildContentSecurityPolicy(): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_ORIGIN],
    // Fluent UI (Griffel) and Office.js insert style elements at run time.
    'style-src': ["'self'", "'unsafe-inline'", OFFICE_JS_ORIGIN],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", OFFICE_JS_ORIGIN, ENTRA_LOGIN, TEAMS_JS_VALID_DOMAINS],
    'frame-src': ["'self'", ENTRA_LOGIN],
    'frame-ancestors': [...FRAME_ANCESTORS],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Two years, as the HSTS preload list asks; only sent in production, where the address is https. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Security headers on every response. No X-Frame-Options: it cannot list several hosts and would
 * stop Teams and Word from showing the tab and task pane; `frame-ancestors` does that job.
 * No Cross-Origin-Resource-Policy either: Office loads the add-in's ribbon icons cross-origin.
 * API and sign-in answers are never cached (they hold one person's data and tokens).
 */
export function registerSecurityHeaders(server: Server, config: Pick<Config, 'NODE_ENV'>): void {
  const contentSecurityPolicy = buildContentSecurityPolicy();
  const production = config.NODE_ENV === 'production';
  // A pre-handler, so unknown addresses, wrong methods and answers given before routing get them too.
  server.pre((request, response, next) => {
    response.setHeader('Content-Security-Policy', contentSecurityPolicy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (production) response.setHeader('Strict-Transport-Security', HSTS);
    const path = request.url ?? '';
    if (path.startsWith('/api/') || path.startsWith('/dev/')) response.setHeader('Cache-Control', 'no-store');
    next();
  });
}
