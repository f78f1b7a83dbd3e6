/**
 * Every /api/v1 route with a sample target, so authentication and isolation tests cover them all.
 * Keep in step with shared/src/api/api-routes.ts (a test checks the count).
 */
export const API_ROUTES_UNDER_TEST: readonly { method: string; path: string; body?: unknown }[] = [
  { method: 'GET', path: '/api/v1/me' },
  { method: 'GET', path: '/api/v1/strategy' },
  { method: 'GET', path: '/api/v1/actions' },
  { method: 'GET', path: '/api/v1/actions/A1.1' },
  { method: 'PATCH', path: '/api/v1/actions/A1.1', body: { status: 'off_track' } },
  { method: 'GET', path: '/api/v1/requests' },
  { method: 'POST', path: '/api/v1/requests', body: { title: 'x' } },
  { method: 'GET', path: '/api/v1/requests/EH-2026-0001' },
  { method: 'PATCH', path: '/api/v1/requests/EH-2026-0001', body: { title: 'x' } },
  { method: 'POST', path: '/api/v1/requests/EH-2026-0001/stage', body: { to: 'triage' } },
  { method: 'PUT', path: '/api/v1/requests/EH-2026-0001/score', body: {} },
  { method: 'GET', path: '/api/v1/requests/EH-2026-0001/decisions' },
  { method: 'POST', path: '/api/v1/requests/EH-2026-0001/decisions', body: { outcome: 'approve', reason: 'x' } },
  { method: 'POST', path: '/api/v1/requests/EH-2026-0001/decisions/unknown/rescind', body: { reason: 'x' } },
  { method: 'POST', path: '/api/v1/requests/EH-2026-0001/decisions/unknown/amend', body: { outcome: 'defer', reason: 'x' } },
  { method: 'GET', path: '/api/v1/decisions' },
  { method: 'GET', path: '/api/v1/risks' },
  { method: 'GET', path: '/api/v1/capacity' },
  { method: 'GET', path: '/api/v1/meetings' },
  { method: 'POST', path: '/api/v1/meetings', body: { forum: 'x' } },
  { method: 'GET', path: '/api/v1/meetings/unknown' },
  { method: 'GET', path: '/api/v1/meetings/unknown/feed' },
  { method: 'PUT', path: '/api/v1/meetings/unknown/current-item', body: { requestId: 'EH-2026-0001' } },
  { method: 'PATCH', path: '/api/v1/meetings/unknown', body: { title: 'x' } },
  { method: 'GET', path: '/api/v1/audit?entity=request:EH-2026-0001' },
  { method: 'GET', path: '/api/v1/benefits' },
  { method: 'POST', path: '/api/v1/requests/EH-2026-0001/benefits/B1/actuals', body: { amount: 1000 } },
];
