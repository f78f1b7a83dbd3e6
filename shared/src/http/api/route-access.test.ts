import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listRouteAccessRules } from './all-api-routes';
import { renderAccessMatrix, routeAccess } from './route-access';

describe('the role × route matrix', () => {
  const rules = listRouteAccessRules();

  it('is the table in docs/decisions.md, cell for cell', () => {
    const decisions = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'decisions.md'), 'utf8');
    expect(decisions).toContain(renderAccessMatrix(rules));
  });

  it('declares what each route really needs', () => {
    const rule = (method: string, routePath: string) => rules.find((candidate) => candidate.method === method && candidate.path === routePath)!;
    expect(routeAccess(rule('patch', '/api/v1/requests/:id'), 'Officer')).toBe('own');
    expect(routeAccess(rule('patch', '/api/v1/requests/:id'), 'SteeringChair')).toBe('yes');
    expect(routeAccess(rule('post', '/api/v1/requests/:id/stage'), 'Officer')).toBe('own');
    expect(routeAccess(rule('put', '/api/v1/requests/:id/score'), 'Officer')).toBe('no');
    expect(rules.every((candidate) => candidate.permission !== 'requests:read' || candidate.method === 'get')).toBe(true);
  });
});
