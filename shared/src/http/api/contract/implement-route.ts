import type { z } from 'zod';
import type { ApiRoute, RouteInput } from '../api-route';
import type { RawBody } from '../http-io';
import type { RouteDeclaration } from '../../../domain/contract/api-contract';
import type { PathParams } from '../../../domain/contract/path-params';

/** What a handler is given: the input the pipeline read for its declaration, typed by it. */
export interface HandlerInput<R extends RouteDeclaration> extends Omit<RouteInput, 'params' | 'query'> {
  params: PathParams<R['path']>;
  query: R['query'] extends z.ZodType ? z.output<R['query']> : Record<string, never>;
}

/** What a handler answers: the declared output (checked by the compiler), or a download the route declares. */
export type HandlerResult<R extends RouteDeclaration> =
  | { status?: number; body: z.output<R['output']>; headers?: Record<string, string> }
  | (R['downloads'] extends object ? { raw: RawBody } : never);

/** Binds a declaration of the contract to the handler that answers it: the one way routes are made. */
export function implementRoute<R extends RouteDeclaration>(declaration: R, handle: (input: HandlerInput<R>) => Promise<HandlerResult<R>>): ApiRoute {
  return {
    method: declaration.method,
    path: declaration.path,
    permission: declaration.permission,
    ...(declaration.ownPermission ? { ownPermission: declaration.ownPermission } : {}),
    declaration,
    // The pipeline parsed params and query for this declaration (mountRoutes), so the narrower types hold.
    handle: (input) => handle(input as HandlerInput<R>),
  };
}
