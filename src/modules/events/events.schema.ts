// What the events module takes, one zod schema per input: the event form, a registration, the
// organiser's results, a commemorated date, and the JSON API's query. Messages in events.vi.ts.
import { z } from 'zod';
import { isCalendarDate, parseVietnamLocalDateTime } from '../../platform/time/vietnam-time.js';
import { EVENT_KINDS } from './events.tables.js';
import { eventsText } from './events.vi.js';

const text = eventsText.input;
const ID = /^[1-9][0-9]{0,9}$/;
const MAX_EVENT_MS = 60 * 86_400_000;

/** Text typed by a person: NFC, trimmed, at most `max` characters, required unless `empty` is undefined. */
const typed = (max: number, tooLong: string, empty?: string) => {
  const base = z
    .string({ error: tooLong })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, tooLong));
  return empty === undefined ? base : base.pipe(z.string().min(1, empty));
};
/** An id chosen in a list, or '' for none. */
const optionalId = z
  .string({ error: text.idInvalid })
  .refine((s) => s === '' || ID.test(s), text.idInvalid)
  .transform((s) => (s === '' ? null : Number(s)));
/** A wall-clock time in Vietnam, as <input type=datetime-local> sends it → UTC ISO. */
const vietnamTime = (message: string) =>
  z.string({ error: message }).transform((s, ctx) => {
    const at = parseVietnamLocalDateTime(s);
    if (!at) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return at.toISOString();
  });

export const eventInputSchema = z
  .object({
    title: typed(300, text.titleTooLong, text.titleRequired),
    kind: z.enum(EVENT_KINDS, { error: text.kindInvalid }),
    startsAt: vietnamTime(text.startsAtInvalid),
    endsAt: vietnamTime(text.endsAtInvalid),
    place: typed(300, text.placeTooLong),
    unitId: optionalId,
    description: typed(10_000, text.descriptionTooLong),
    taskId: optionalId,
    capacity: z
      .string({ error: text.capacityInvalid })
      .refine((s) => s.trim() === '' || (/^[0-9]{1,5}$/.test(s.trim()) && Number(s) >= 1 && Number(s) <= 10_000), {
        message: text.capacityInvalid,
      })
      .transform((s) => (s.trim() === '' ? null : Number(s))),
    articleIds: z
      .array(z.string().regex(ID, text.articlesInvalid).transform(Number), { error: text.articlesInvalid })
      .max(20, text.articlesInvalid)
      .transform((ids) => [...new Set(ids)]),
    published: z.boolean(),
  })
  .superRefine((e, ctx) => {
    if (typeof e.startsAt !== 'string' || typeof e.endsAt !== 'string') return;
    const span = Date.parse(e.endsAt) - Date.parse(e.startsAt);
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: text.endsBeforeStart });
    else if (span > MAX_EVENT_MS) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: text.tooLongEvent });
  });

export type EventInput = z.infer<typeof eventInputSchema>;

export const registrationInputSchema = z.object({
  name: typed(120, text.nameTooLong, text.nameRequired),
  positionTitle: typed(200, text.positionTooLong),
  /** Only an organiser chooses; a unit reporter's own unit is used whatever is sent. */
  unitId: optionalId,
});

export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const resultInputSchema = z.object({
  attended: z.boolean(),
  result: typed(300, text.resultTooLong),
});

/** A day typed dd/mm/yyyy (or d/m/yyyy), from 1800 to today. */
export function parseCommemorationDate(value: string, today: string): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(date) && date >= '1800-01-01' && date <= today ? date : undefined;
}

export const commemorationInputSchema = z.object({
  name: typed(300, text.commemorationName, text.commemorationName),
  date: z.string({ error: text.commemorationDate }),
});

export const apiQuerySchema = z.object({
  from: z.string().optional().describe(eventsText.api.from),
  to: z.string().optional().describe(eventsText.api.to),
  kind: z.enum(EVENT_KINDS).optional().describe(eventsText.api.kind),
});
