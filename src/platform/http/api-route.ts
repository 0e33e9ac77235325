// One declaration per JSON endpoint: its method and path, what it takes (the zod schema of its
// body, its query and path parameters), what it answers, and its handler. The same object mounts
// the route on Hono and describes it in the OpenAPI document, and the body is read with the very
// schema the document shows, so a route cannot run undocumented, be documented without running,
// or accept something other than what its description says.
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { ApiDocs } from './api-docs.js';
import { declaredBodyCap, readJsonBody } from './body.js';

const DEFAULT_JSON_BYTES = 64 * 1024;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface ApiRoute<Body extends z.ZodType | undefined> {
  method: Method;
  /** OpenAPI style (`/api/v1/articles/{id}`); mounted on Hono as `/api/v1/articles/:id`. */
  path: string;
  summary: string;
  description?: string;
  security?: RouteConfig['security'];
  /** The JSON body: read with this schema (under the route's declared body cap) and described by it. */
  body?: Body;
  /** An empty body reads as `{}` (a call whose every field is optional). */
  emptyBodyAs?: unknown;
  /** Documented; the handler reads them (query strings are checked where they are used). */
  query?: z.ZodObject;
  params?: z.ZodObject;
  responses: RouteConfig['responses'];
  /** Checks that run before the body is read: the permission, in the order of platform/http/body.ts. */
  before?: MiddlewareHandler[];
}

export type ApiHandler<Body extends z.ZodType | undefined> = (
  c: Context,
  input: { body: Input<Body> },
  next: () => Promise<void>,
) => Response | Promise<Response | undefined> | undefined;

/** The Hono form of an OpenAPI path: `{id}` → `:id`. */
export const honoPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

function describe(route: ApiRoute<z.ZodType | undefined>): RouteConfig {
  const request: NonNullable<RouteConfig['request']> = {};
  if (route.body)
    request.body = {
      required: route.emptyBodyAs === undefined,
      content: { 'application/json': { schema: route.body } },
    };
  if (route.query) request.query = route.query;
  if (route.params) request.params = route.params;
  return {
    method: route.method,
    path: route.path,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.security ? { security: route.security } : {}),
    ...(Object.keys(request).length > 0 ? { request } : {}),
    responses: route.responses,
  };
}

/** Mounts `handler` for `route` and registers its description: the one place an endpoint is declared. */
export function mountApiRoute<Body extends z.ZodType | undefined = undefined>(
  app: Hono,
  docs: ApiDocs,
  route: ApiRoute<Body>,
  handler: ApiHandler<Body>,
): void {
  docs.register(describe(route as ApiRoute<z.ZodType | undefined>));
  const run: MiddlewareHandler = async (c, next) => {
    const body = route.body
      ? await readJsonBody(c, route.body, {
          maxBytes: declaredBodyCap(c)?.bytes ?? DEFAULT_JSON_BYTES,
          emptyAs: route.emptyBodyAs,
        })
      : undefined;
    const response = await handler(c, { body: body as Input<Body> }, next);
    if (response) return response;
  };
  app.on([route.method.toUpperCase()], [honoPath(route.path)], ...(route.before ?? []), run);
}
