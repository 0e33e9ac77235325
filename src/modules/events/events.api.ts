// GET /api/v1/events?from=&to=&kind=: the public events overlapping a span of Vietnam days, for
// anyone (they are public). The span defaults to today and the year after it; bad values are 400.
import type { Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { AppError } from '../../platform/http/errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import { isCalendarDate, vietnamDay } from '../../platform/time/vietnam-time.js';
import { dayInYear } from './anniversaries.js';
import type { EventsService } from './events.js';
import { apiQuerySchema } from './events.schema.js';
import { EVENT_KINDS, type EventKind } from './events.tables.js';
import { eventErrors, eventsText } from './events.vi.js';

const t = eventsText.api;
const MAX_SPAN_DAYS = 3 * 366;

const itemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  startsAt: z.string().describe('ISO 8601 UTC'),
  endsAt: z.string().describe('ISO 8601 UTC'),
  place: z.string(),
  url: z.string(),
  anniversary: z.object({ years: z.number().int(), of: z.string() }).nullable().describe(t.anniversary),
});
const listSchema = z.object({ items: z.array(itemSchema).describe(t.list) });

/** The span asked, or a 400 naming the parameter. */
export function readSpan(
  raw: { from?: string; to?: string; kind?: string },
  today: string,
): { from: string; to: string; kind?: EventKind } {
  const bad = (field: string) =>
    new AppError(eventErrors('BAD_RANGE'), 400, { [field]: eventErrors('BAD_RANGE').message });
  const from = raw.from || today;
  if (!isCalendarDate(from)) throw bad('from');
  const to = raw.to || dayInYear(from, Number(from.slice(0, 4)) + 1);
  if (!isCalendarDate(to) || to < from) throw bad('to');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_SPAN_DAYS) throw bad('to');
  let kind: EventKind | undefined;
  if (raw.kind) {
    kind = EVENT_KINDS.find((k) => k === raw.kind);
    if (!kind) throw new AppError(eventErrors('BAD_KIND'), 400, { kind: eventErrors('BAD_KIND').message });
  }
  return { from, to, kind };
}

export function mountEventsApi(app: Hono, deps: { events: EventsService; docs: ApiDocs; siteUrl: string }) {
  const { events } = deps;
  mountApiRoute(
    app,
    deps.docs,
    {
      method: 'get',
      path: '/api/v1/events',
      summary: t.listSummary,
      query: apiQuerySchema,
      responses: {
        200: { description: t.list, content: { 'application/json': { schema: listSchema } } },
        400: { description: t.badRequest, content: { 'application/json': { schema: errorResponseSchema } } },
      },
    },
    async (c) => {
      const span = readSpan(
        { from: readQueryParam(c, 'from'), to: readQueryParam(c, 'to'), kind: readQueryParam(c, 'kind') },
        vietnamDay(events.clock.now()),
      );
      const [list, names] = await Promise.all([
        events.listPublicBetween(span.from, span.to, span.kind),
        events.nameOfSources(),
      ]);
      const items = list.map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        place: e.place,
        url: new URL(e.url, deps.siteUrl).toString(),
        anniversary: e.anniversary ? { years: e.anniversary.years, of: names.get(e.anniversary.key) ?? e.title } : null,
      }));
      return c.json({ items } satisfies z.infer<typeof listSchema>);
    },
  );
}
