// Vietnam has kept UTC+7 with no daylight saving since 1975, so Asia/Ho_Chi_Minh is a fixed
// offset: arithmetic on it is exact and far cheaper than Intl on hot paths (counters, beacon).
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function shifted(at: Date): Date {
  return new Date(at.getTime() + OFFSET_MS);
}

/** Calendar day in Vietnam as YYYY-MM-DD. */
export function vietnamDay(at: Date): string {
  return shifted(at).toISOString().slice(0, 10);
}

/** The UTC instant of 00:00 Vietnam time on the day containing `at`. */
export function startOfVietnamDay(at: Date): Date {
  const local = shifted(at).getTime();
  return new Date(local - (local % DAY_MS) - OFFSET_MS);
}

/** The UTC instant of Monday 00:00 Vietnam time of the week containing `at`. */
export function startOfVietnamWeek(at: Date): Date {
  const dayStart = startOfVietnamDay(at);
  const weekday = shifted(dayStart).getUTCDay(); // 0 = Sunday
  const daysSinceMonday = (weekday + 6) % 7;
  return new Date(dayStart.getTime() - daysSinceMonday * DAY_MS);
}

/** Parts of `at` as read on a clock in Vietnam. */
export function vietnamParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const s = shifted(at);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
  };
}

/** A wall-clock time typed in Vietnam ("2026-12-01T08:30", as <input type=datetime-local> sends it) → the instant; undefined when it is not a real time. */
export function parseVietnamLocalDateTime(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS;
  const at = new Date(utc);
  const back = vietnamParts(at);
  // Date.UTC rolls 31/02 over into March: such a date was never typed by a calendar.
  if (back.year !== year || back.month !== month || back.day !== day || hour > 23 || minute > 59 || second > 59)
    return undefined;
  return at;
}

/** The instant as the value of an <input type=datetime-local> showing Vietnam time. */
export function toVietnamLocalInput(at: Date | string): string {
  return shifted(new Date(at)).toISOString().slice(0, 16);
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (so 2026-02-29 is not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** The UTC instant (ISO) of 23:59:59.999 Vietnam time on a calendar date YYYY-MM-DD: a deadline's last moment. */
export function endOfVietnamDate(date: string): string {
  // 23:59:59.999 at UTC+7 is 16:59:59.999 UTC on the same date; no Date needed on the hot path.
  return `${date}T16:59:59.999Z`;
}
