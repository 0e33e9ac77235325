// The beacon's input, one schema for its two doors: the JSON body of POST /api/v1/hit and the
// query of the no-JavaScript pixel (GET /api/v1/hit.gif?path=), which carries only the path.
// And the counters' answer as the API document shows it.
import { z } from 'zod';
import { analyticsText } from './analytics.vi.js';

const say = analyticsText.hit;
const doc = analyticsText.api;

export const hitSchema = z.object({
  path: z
    .string({ error: say.pathMissing })
    .min(1, say.pathMissing)
    .max(2048, say.pathTooLong)
    .regex(/^\/(?!\/)/, say.pathNotRooted),
  referrer: z.string({ error: say.referrerNotText }).max(2048, say.referrerTooLong).optional(),
});

export type HitInput = z.infer<typeof hitSchema>;

/** The pixel's query: the beacon's path, checked the same way. */
export const pixelQuerySchema = hitSchema.pick({ path: true });

export const countersSchema = z.object({
  online: z.number().int().describe(doc.online),
  today: z.number().int().describe(doc.today),
  week: z.number().int().describe(doc.week),
  total: z.number().int().describe(doc.total),
});

export const hitAnswerSchema = countersSchema.extend({
  views: z.number().int().optional().describe(doc.views),
});
