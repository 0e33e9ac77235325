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

export const countersSchema = z.object({
  online: z.number().int().describe(doc.online),
  today: z.number().int().describe(doc.today),
  week: z.number().int().describe(doc.week),
  total: z.number().int().describe(doc.total),
});

export const hitAnswerSchema = countersSchema.extend({
  views: z.number().int().optional().describe(doc.views),
});
