// The HTTP server for an app: readers' beacons and cached public pages on fast paths, everything
// else through Hono.
import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { CongtinApp } from './app.js';
import { withCachedPages } from './platform/http/fast-pages.js';
import { withUnreadBodiesDropped } from './platform/http/unread-bodies.js';
import { countCachedPages } from './platform/metrics/request-metrics.js';

export function createHttpServer(congtin: CongtinApp): http.Server {
  // autoCleanupIncoming off: a refused body's rest is not drained but dropped (unread-bodies.ts).
  const app = withUnreadBodiesDropped(getRequestListener(congtin.app.fetch, { autoCleanupIncoming: false }));
  const onServed = congtin.metrics && countCachedPages(congtin.metrics.requests);
  return http.createServer(congtin.beaconFastPath(withCachedPages(congtin.pageCache, app, onServed)));
}
