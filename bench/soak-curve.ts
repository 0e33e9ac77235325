// The soak's memory curve as a small SVG (no charting library for one line), and the least-squares
// trend that decides whether memory grew.

export interface Sample {
  minute: number;
  rssMiB: number;
}

/** Least-squares line through the samples: MiB per minute, and the value at minute 0. */
export function trendOf(samples: Sample[]): { slopePerMinute: number; intercept: number } {
  const n = samples.length;
  if (n < 2) return { slopePerMinute: 0, intercept: samples[0]?.rssMiB ?? 0 };
  const mx = samples.reduce((s, x) => s + x.minute, 0) / n;
  const my = samples.reduce((s, x) => s + x.rssMiB, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const x of samples) {
    sxy += (x.minute - mx) * (x.rssMiB - my);
    sxx += (x.minute - mx) ** 2;
  }
  const slopePerMinute = sxx === 0 ? 0 : sxy / sxx;
  return { slopePerMinute, intercept: my - slopePerMinute * mx };
}

const W = 720;
const H = 300;
const M = { left: 56, right: 16, top: 28, bottom: 40 };
/** The issue's bound after a load test, 160 MB, in MiB (the curve's unit). */
const BOUND_MIB = 160 / 1.048576;

/** RSS against time, the trend window shaded and its fitted line dashed. */
export function drawMemoryCurve(
  samples: Sample[],
  options: { trendFromMinute: number; trend: { slopePerMinute: number; intercept: number } },
): string {
  const maxMinute = Math.max(1, ...samples.map((s) => s.minute));
  const top = Math.ceil((Math.max(160, ...samples.map((s) => s.rssMiB)) + 10) / 20) * 20;
  const x = (minute: number) => M.left + (minute / maxMinute) * (W - M.left - M.right);
  const y = (mib: number) => M.top + (1 - mib / top) * (H - M.top - M.bottom);
  const line = samples.map((s, i) => `${i === 0 ? 'M' : 'L'}${x(s.minute).toFixed(1)},${y(s.rssMiB).toFixed(1)}`);
  const t = options.trend;
  const from = Math.max(0, options.trendFromMinute);
  const yTicks = Array.from({ length: top / 40 + 1 }, (_, i) => i * 40);
  const xTicks = Array.from({ length: Math.floor(maxMinute / 5) + 1 }, (_, i) => i * 5);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<title>congtin: resident memory during the soak</title>
<rect width="${W}" height="${H}" fill="#fff"/>
<rect x="${x(from)}" y="${M.top}" width="${x(maxMinute) - x(from)}" height="${H - M.top - M.bottom}" fill="#f1f5f9"/>
${yTicks.map((v) => `<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e8f0"/><text x="${M.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`).join('\n')}
${xTicks.map((v) => `<text x="${x(v)}" y="${H - M.bottom + 16}" text-anchor="middle">${v}</text>`).join('\n')}
<line x1="${M.left}" x2="${W - M.right}" y1="${y(BOUND_MIB)}" y2="${y(BOUND_MIB)}" stroke="#b91c1c" stroke-dasharray="2 3"/>
<text x="${W - M.right}" y="${y(BOUND_MIB) + 14}" text-anchor="end" fill="#b91c1c">160 MB</text>
<path d="${line.join(' ')}" fill="none" stroke="#1d4ed8" stroke-width="2"/>
<line x1="${x(from)}" x2="${x(maxMinute)}" y1="${y(t.intercept + t.slopePerMinute * from)}" y2="${y(t.intercept + t.slopePerMinute * maxMinute)}" stroke="#0f172a" stroke-dasharray="6 4"/>
<text x="${M.left}" y="16">Resident memory (MiB) over ${Math.round(maxMinute)} minutes of mixed load; shaded: the window of the trend (dashed)</text>
<text x="${(W + M.left) / 2}" y="${H - 6}" text-anchor="middle">minutes</text>
</svg>
`;
}
