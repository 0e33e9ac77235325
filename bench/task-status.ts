// The status engine alone, on the plan dashboard's load: 5,000 generated tasks with their reports,
// computeTaskStatus for each, as the dashboard calls it. The whole page (database work included)
// must render in ≤ 100 ms, so the engine should take a small part of that. Not a test.
//   npx tsx bench/task-status.ts          (TASKS=5000 ROUNDS=15 by default)
// Measured on the 2-core dev machine (Node 20, other jobs running): the realistic mix about 13 ms
// (≈1.2 µs a one-off task, 2.7 µs a monthly one, 24 µs a daily one with 365 occurrences); the worst
// case, every task daily with 1.7 million reports, about 250 ms.
import {
  computeTaskStatus,
  summarise,
  type ManualCompletion,
  type Recurrence,
  type ReportForStatus,
} from '../src/modules/plans/task-status.js';
import { fmt, median, seededRandom } from './lib.js';

const TASKS = Number(process.env.TASKS ?? 5_000);
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const YEAR = 2026;
const NOW = new Date(`${YEAR}-09-15T03:00:00.000Z`); // mid-September: most occurrences have closed

// A seeded generator, so every run measures the same tasks.
const { random, between } = seededRandom(20260305);
const pad2 = (n: number) => String(n).padStart(2, '0');
const from = `${YEAR}-01-01`;
const to = `${YEAR}-12-31`;

interface Task {
  recurrence: Recurrence;
  target: number | null;
  reports: ReportForStatus[];
  manual: ManualCompletion[];
}

/** Reports for each closed occurrence: most on time, some late, some missing; filed in order. */
function reportsFor(target: number | null, keys: string[]): ReportForStatus[] {
  const reports: ReportForStatus[] = [];
  for (const key of keys) {
    if (`${key}T16:59:59.999Z` > NOW.toISOString() || random() < 0.05) continue;
    const late = random() < 0.1;
    const parts = target === null ? 1 : between(1, 3);
    for (let p = 0; p < parts; p++) {
      const day = new Date(`${key}T02:00:00.000Z`);
      day.setUTCDate(day.getUTCDate() + (late ? 2 : -parts + p));
      reports.push({
        occurrenceKey: key,
        filedAt: day.toISOString(),
        quantity: target === null ? null : Math.ceil(target / parts),
        completed: true,
      });
    }
  }
  // As the query hands them over: ordered by filed_at.
  return reports.sort((a, b) => (a.filedAt < b.filedAt ? -1 : a.filedAt > b.filedAt ? 1 : 0));
}

function keysOf(recurrence: Recurrence): string[] {
  switch (recurrence.kind) {
    case 'once':
      return [recurrence.deadline];
    case 'monthly':
      return Array.from({ length: 12 }, (_, m) => `${YEAR}-${pad2(m + 1)}-${pad2(Math.min(recurrence.day, 28))}`);
    case 'yearly':
      return [`${YEAR}-${pad2(recurrence.month)}-${pad2(recurrence.day)}`];
    case 'daily': {
      const keys: string[] = [];
      for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
        keys.push(d.toISOString().slice(0, 10));
      return keys;
    }
  }
}

/** mix: share of tasks per kind. A real plan has few daily tasks; `allDaily` is the worst case. */
function generate(mix: { once: number; monthly: number; yearly: number; daily: number }): Task[] {
  const tasks: Task[] = [];
  for (let i = 0; i < TASKS; i++) {
    const x = random();
    let recurrence: Recurrence;
    if (x < mix.once)
      recurrence = { kind: 'once', deadline: `${YEAR}-${pad2(between(1, 12))}-${pad2(between(1, 28))}` };
    else if (x < mix.once + mix.monthly) recurrence = { kind: 'monthly', day: between(1, 28), from, to };
    else if (x < mix.once + mix.monthly + mix.yearly)
      recurrence = { kind: 'yearly', month: between(1, 12), day: between(1, 28), from, to };
    else recurrence = { kind: 'daily', from, to };
    const target = random() < 0.4 ? between(1, 5) : null;
    const manual =
      random() < 0.02
        ? [{ occurrenceKey: keysOf(recurrence)[0]!, at: `${YEAR}-01-02T01:00:00.000Z`, reason: 'Đã có biên bản' }]
        : [];
    tasks.push({ recurrence, target, reports: reportsFor(target, keysOf(recurrence)), manual });
  }
  return tasks;
}

function measure(label: string, tasks: Task[]) {
  const reports = tasks.reduce((n, t) => n + t.reports.length, 0);
  const times: number[] = [];
  let summary: ReturnType<typeof summarise> | undefined;
  for (let round = 0; round < ROUNDS + 3; round++) {
    const started = performance.now();
    const statuses = tasks.map((t) => computeTaskStatus(t, t.reports, t.manual, NOW).status);
    summary = summarise(statuses);
    if (round >= 3) times.push(performance.now() - started); // the first rounds warm the JIT up
  }
  console.log(
    `${label}: ${TASKS} tasks, ${reports} reports → median ${fmt(median(times))} ms, max ${fmt(Math.max(...times))} ms`,
  );
  console.log(`  ${JSON.stringify(summary)}`);
}

measure(
  'realistic plan mix (70% once, 20% monthly, 8% yearly, 2% daily)',
  generate({ once: 0.7, monthly: 0.2, yearly: 0.08, daily: 0.02 }),
);
measure('worst case (every task daily, 365 occurrences)', generate({ once: 0, monthly: 0, yearly: 0, daily: 1 }));
