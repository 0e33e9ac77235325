const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 822 date in Vietnam time, as RSS readers expect: "Fri, 27 Nov 2026 09:30:00 +0700". */
export function formatRfc822(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3600_000);
  return `${DAYS[v.getUTCDay()]}, ${pad(v.getUTCDate())} ${MONTHS[v.getUTCMonth()]} ${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())} +0700`;
}
