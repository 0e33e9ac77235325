// The counting rules, as a pure function over one batch of hits (no I/O, so they are unit-tested
// directly): a visit starts at a visitor's first hit or after 30 minutes without one; a reload of
// the same article inside a visit is not another view.
import { vietnamDay } from '../../platform/time/vietnam-time.js';

export const VISIT_TIMEOUT_MS = 30 * 60 * 1000;
export const ONLINE_WINDOW_MS = 5 * 60 * 1000;

export interface Hit {
  visitorId: string;
  /** The same person's id under yesterday's salt, so a visit running over midnight continues. */
  previousVisitorId?: string;
  at: Date;
  /** The page in its one spelling (public-paths.ts), so a reload compares equal. */
  path: string;
  articleSlug?: string;
}

export interface VisitorState {
  visitorId: string;
  visitStartedAt: string;
  lastHitAt: string;
  lastPath: string;
}

export interface BatchOutcome {
  /** Rows to write back, keyed by visitor id. */
  visitors: Map<string, VisitorState>;
  /** Rows made obsolete because the visitor continued under today's id. */
  retiredVisitorIds: string[];
  visitsByDay: Map<string, number>;
  pageviewsByDay: Map<string, number>;
  /** Article views per slug, per Vietnam day. */
  articleViews: Array<{ slug: string; day: string; views: number }>;
  /** Visitors who were not online (no hit in the last 5 minutes) before this batch. */
  becameOnline: number;
}

function bump(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function applyHits(hits: Hit[], known: Map<string, VisitorState>): BatchOutcome {
  const visitors = new Map<string, VisitorState>();
  const retired: string[] = [];
  const visitsByDay = new Map<string, number>();
  const pageviewsByDay = new Map<string, number>();
  const views = new Map<string, number>();
  let becameOnline = 0;

  const stateOf = (id: string) => visitors.get(id) ?? known.get(id);

  for (const hit of hits) {
    const atMs = hit.at.getTime();
    let state = stateOf(hit.visitorId);
    if (!state && hit.previousVisitorId) {
      const carried = stateOf(hit.previousVisitorId);
      if (carried && atMs - Date.parse(carried.lastHitAt) < VISIT_TIMEOUT_MS) {
        state = { ...carried, visitorId: hit.visitorId };
        visitors.delete(hit.previousVisitorId);
        retired.push(hit.previousVisitorId);
      }
    }
    if (!state || atMs - Date.parse(state.lastHitAt) >= ONLINE_WINDOW_MS) becameOnline++;
    const day = vietnamDay(hit.at);
    const continuing = state !== undefined && atMs - Date.parse(state.lastHitAt) < VISIT_TIMEOUT_MS;
    if (!continuing) bump(visitsByDay, day);
    bump(pageviewsByDay, day);
    if (hit.articleSlug && !(continuing && state?.lastPath === hit.path)) bump(views, `${day}\n${hit.articleSlug}`);

    visitors.set(hit.visitorId, {
      visitorId: hit.visitorId,
      visitStartedAt: continuing && state ? state.visitStartedAt : hit.at.toISOString(),
      // Hits of one batch may arrive slightly out of order: never move last-hit backwards.
      lastHitAt: state && Date.parse(state.lastHitAt) > atMs ? state.lastHitAt : hit.at.toISOString(),
      lastPath: hit.path,
    });
  }

  const articleViews = [...views].map(([key, count]) => {
    const [day = '', slug = ''] = key.split('\n');
    return { slug, day, views: count };
  });
  return { visitors, retiredVisitorIds: retired, visitsByDay, pageviewsByDay, articleViews, becameOnline };
}
