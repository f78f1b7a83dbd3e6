import { z } from 'zod';
import { listRouteDeclarations, type RouteDeclaration } from '../../../domain/contract/api-contract';
import { pathParamNames } from '../../../domain/contract/path-params';
import { problemSchema } from '../../../domain/contract/record-schemas';
import { jsonMediaTypesFor } from '../http-io';

type JsonSchema = Record<string, unknown>;

/** A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, every part inline). */
function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  return rest;
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

/** The errors a route can answer, each a problem document (see README, The JSON API). */
function errorResponses(route: RouteDeclaration): Record<string, unknown> {
  const errors: Record<string, string> = {
    '400': 'Bad input: each field named, nothing stored',
    '401': 'No token, or a token that does not verify',
    '403': 'The role or organisation may not do this',
    '404': 'Not found, or not visible to the caller',
    '503': 'Storage unreachable; try again after Retry-After',
  };
  if (route.body) Object.assign(errors, { '413': 'Body over 64 KB', '415': `Body not ${jsonMediaTypesFor(route.method).join(' or ')} in UTF-8`, '422': 'Not allowed by the process' });
  if (route.ifMatch) Object.assign(errors, { '412': 'Someone else changed the record first; `current` is their version', '428': 'If-Match missing' });
  return Object.fromEntries(Object.entries(errors).map(([status, description]) => [status, { description, content: PROBLEM }]));
}

/** The body's schema under each media type the route reads (a PATCH also takes application/merge-patch+json). */
function requestContent(route: RouteDeclaration, body: z.ZodType): Record<string, { schema: JsonSchema }> {
  const schema = toSchema(body, 'input');
  return Object.fromEntries(jsonMediaTypesFor(route.method).map((mediaType) => [mediaType, { schema }]));
}

function parameters(route: RouteDeclaration): unknown[] {
  const inPath = pathParamNames(route.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const query = route.query ? toSchema(route.query, 'input') : undefined;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query?.properties as Record<string, JsonSchema> | undefined) ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    // Lists are sent comma-separated (stage=triage,ready_for_decision) or repeated.
    ...(JSON.stringify(schema).includes('"array"') ? { style: 'form', explode: false } : {}),
    schema,
  }));
  const headers = [
    ...(route.ifMatch ? [{ name: 'If-Match', in: 'header', required: true, description: 'The etag of the version being changed', schema: { type: 'string' } }] : []),
    ...(route.idempotencyKey
      ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'Makes retries create one record', schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{8,100}$' } }]
      : []),
  ];
  return [...inPath, ...inQuery, ...headers];
}

function operation(route: RouteDeclaration & { name: string }): JsonSchema {
  const success = String(route.status ?? 200);
  const downloads = Object.fromEntries(Object.values(route.downloads ?? {}).map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
  const permissions = typeof route.permission === 'string' ? [route.permission] : route.permission;
  return {
    operationId: route.name,
    summary: route.summary,
    description: `Needs ${permissions.join(' or ')}${route.ownPermission ? `, or ${route.ownPermission} for the caller's own records` : ''}.`,
    'x-permission': permissions,
    ...(route.ownPermission ? { 'x-own-permission': route.ownPermission } : {}),
    parameters: parameters(route),
    ...(route.body ? { requestBody: { required: true, content: requestContent(route, route.body) } } : {}),
    responses: {
      [success]: { description: route.summary, content: { 'application/json': { schema: toSchema(route.output, 'output') }, ...downloads } },
      ...(route.method === 'get' ? { '304': { description: 'Not modified since the ETag sent in If-None-Match' } } : {}),
      ...errorResponses(route),
    },
  };
}

/** `/api/v1/requests/:id` as OpenAPI writes it: `/api/v1/requests/{id}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the JSON API, built from the route declarations (api-contract.ts):
 * one operation per route, its permission, parameters, body and answers, bearer JWT security.
 * Served at `/api/v1/openapi.json` for Power BI, Power Automate connectors and other clients.
 */
export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of listRouteDeclarations()) {
    const method = route.method === 'del' ? 'delete' : route.method;
    (paths[openApiPath(route.path)] ??= {})[method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entrance Hall API',
      version: '1',
      description:
        'ICT governance for UK councils: project requests, the portfolio, decisions, risks, capacity, meetings and live report tables. ' +
        "Every call needs an Entra ID token for the council's tenant; the organisation comes from the token, so a council only ever sees its own records.",
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Microsoft Entra ID access token for the Entrance Hall API' } },
      schemas: { Problem: toSchema(problemSchema, 'output') },
    },
    paths,
  };
}
