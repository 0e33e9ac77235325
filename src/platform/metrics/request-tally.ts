// Requests by route pattern, method and status, kept cheap for the hot path: a request adds 1 to a
// plain number in a cell found by three Map lookups (no label string is built), and the numbers
// are handed to prom-client only when /metrics is read. Requests the app renders are also timed;
// cached pages the fast path answers (a few microseconds each) are only counted.
import { Counter, Histogram, type Registry } from 'prom-client';

export interface RequestTally {
  /** A request the app (Hono) answered, with the time it took. */
  answered(route: string, method: string, status: number, seconds: number): void;
  /** A cached page the fast path answered, before any framework code. */
  servedFromCache(route: string, method: string, status: number): void;
}

interface Cell {
  labels: { route: string; method: string; status: string };
  fromApp: number;
  fromCache: number;
  timer: { observe(seconds: number): void } | undefined;
}

// Node's parser accepts a few dozen methods; the unusual ones share one label.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export function createRequestTally(registers: Registry[], buckets: number[]): RequestTally {
  const cells = new Map<string, Map<string, Map<number, Cell>>>();

  const duration = new Histogram({
    name: 'congtin_http_request_duration_seconds',
    help: 'Time the app took to answer a request (pages served from the cache by the fast path are not timed), by route pattern.',
    labelNames: ['route', 'method', 'status'],
    buckets,
    registers,
  });

  function cellOf(route: string, rawMethod: string, status: number): Cell {
    const method = METHODS.has(rawMethod) ? rawMethod : 'OTHER';
    let byMethod = cells.get(route);
    if (!byMethod) {
      byMethod = new Map();
      cells.set(route, byMethod);
    }
    let byStatus = byMethod.get(method);
    if (!byStatus) {
      byStatus = new Map();
      byMethod.set(method, byStatus);
    }
    let cell = byStatus.get(status);
    if (!cell) {
      cell = { labels: { route, method, status: String(status) }, fromApp: 0, fromCache: 0, timer: undefined };
      byStatus.set(status, cell);
    }
    return cell;
  }

  new Counter({
    name: 'congtin_http_requests_total',
    help: 'Requests answered, by route pattern, method, status and who answered ("app", or "cache": the fast path).',
    labelNames: ['route', 'method', 'status', 'served'],
    registers,
    collect() {
      for (const byMethod of cells.values())
        for (const byStatus of byMethod.values())
          for (const cell of byStatus.values()) {
            if (cell.fromApp > 0) this.inc({ ...cell.labels, served: 'app' }, cell.fromApp);
            if (cell.fromCache > 0) this.inc({ ...cell.labels, served: 'cache' }, cell.fromCache);
            cell.fromApp = 0;
            cell.fromCache = 0;
          }
    },
  });

  return {
    answered(route, method, status, seconds) {
      const cell = cellOf(route, method, status);
      cell.fromApp++;
      cell.timer ??= duration.labels(cell.labels);
      cell.timer.observe(seconds);
    },
    servedFromCache(route, method, status) {
      cellOf(route, method, status).fromCache++;
    },
  };
}
