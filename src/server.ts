// The HTTP server for an app: cached public pages on the fast path, everything else through Hono.
import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { CongtinApp } from './app.js';
import { withCachedPages } from './platform/http/fast-pages.js';

export function createHttpServer(congtin: CongtinApp): http.Server {
  return http.createServer(withCachedPages(congtin.pageCache, getRequestListener(congtin.app.fetch)));
}
