import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listRouteDeclarations } from '../../../domain/contract/api-contract';
import { buildOpenApiDocument } from './openapi-document';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

/**
 * Validates a document with @seriousme/openapi-schema-validator (the OpenAPI Initiative's 3.1
 * JSON schema). The package is ESM only, so it runs in its own Node process (validate-openapi.mjs).
 */
function validateOpenApi(document: unknown): { valid: boolean; errors?: unknown; specificationType?: string; version?: string } {
  const file = path.join(ROOT, 'test-output', 'openapi.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(document, null, 2));
  const run = spawnSync(process.execPath, [path.join(__dirname, 'validate-openapi.mjs'), file], { encoding: 'utf8' });
  return JSON.parse(run.stdout) as { valid: boolean; errors?: unknown };
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string; security?: unknown }>>; components: { securitySchemes: unknown } };

  it('is valid OpenAPI 3.1', () => {
    const result = validateOpenApi(document);
    expect(result.errors).toBeUndefined();
    expect(result).toMatchObject({ valid: true, specificationType: 'openapi', version: '3.1' });
  });

  it('describes every route of the table, once, with its method and path', () => {
    const operations = Object.entries(document.paths).flatMap(([routePath, methods]) => Object.entries(methods).map(([method, operation]) => `${method.toUpperCase()} ${routePath} ${operation.operationId}`));
    const declared = listRouteDeclarations().map((route) => `${route.method.toUpperCase()} ${route.path.replace(/:([A-Za-z]+)/g, '{$1}')} ${route.name}`);
    expect(operations.sort()).toEqual(declared.sort());
  });

  it('asks for a bearer JWT on every operation', () => {
    expect(document.components.securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }) });
    expect(document).toMatchObject({ openapi: '3.1.0', security: [{ bearer: [] }] });
  });

  it('refuses a document that is not OpenAPI 3.1 (the check bites)', () => {
    const broken = { ...document, paths: { '/api/v1/me': { get: { responses: { 200: { content: 'not an object' } } } } } };
    expect(validateOpenApi(broken).valid).toBe(false);
  });

  it('offers the Word downloads as their content types beside JSON', () => {
    const table = document.paths['/api/v1/reports/tables/{key}']!.get as unknown as { responses: Record<string, { content: Record<string, unknown> }> };
    expect(Object.keys(table.responses['200']!.content)).toEqual(['application/json', 'application/xml; charset=utf-8', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  });
});
