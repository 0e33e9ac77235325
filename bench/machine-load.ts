// Other people's load. The machine is shared (tests may run beside a benchmark), so every measured
// run records how much CPU processes other than ours used meanwhile, and is repeated when that was
// not small. "Ours" = this process, its reaped children (wrk), and the servers we started with
// their descendants (nginx's worker).
import { readdirSync, readFileSync } from 'node:fs';
import { fmt, sleep } from './lib.js';

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function readMachineJiffies(): { busy: number; total: number } {
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, total: busy + idle! + iowait! };
}

/** CPU jiffies of a process; for 'self' also of its reaped children (wrk runs as one). */
function readProcessJiffies(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return f[11]! + f[12]! + (pid === 'self' ? f[13]! + f[14]! : 0);
  } catch {
    return 0; // the process is gone
  }
}

/** `pids` and all their descendants (nginx's worker is a child of the master we started). */
function withDescendants(pids: number[]): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const all = new Set(pids);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (all.has(ppid) && !all.has(pid)) {
        all.add(pid);
        grew = true;
      }
  }
  return [...all];
}

function snapshot(pids: number[]) {
  const own = readProcessJiffies('self') + withDescendants(pids).reduce((n, pid) => n + readProcessJiffies(pid), 0);
  return { ...readMachineJiffies(), own };
}

/** Share of the machine's CPU time (all cores) used by processes that are not ours, in %. */
function othersPercent(a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>): number {
  const total = b.total - a.total;
  return total > 0 ? (100 * Math.max(0, b.busy - a.busy - (b.own - a.own))) / total : 0;
}

const QUIET_PERCENT = Number(process.env.QUIET_PERCENT ?? 5);

/**
 * Runs `measure` when the machine is quiet, and again (up to 3 times) when other processes used
 * more than QUIET_PERCENT of the CPU meanwhile. `pids` are our servers. Returns the last attempt.
 */
export async function measureQuietly<T>(
  label: string,
  pids: number[],
  measure: () => Promise<T>,
): Promise<{ result: T; othersPercent: number }> {
  let last: { result: T; othersPercent: number } | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    for (let waited = 0; waited < 120; waited++) {
      const a = snapshot(pids);
      await sleep(1000);
      if (othersPercent(a, snapshot(pids)) <= QUIET_PERCENT) break;
      if (waited % 10 === 0) console.log(`  (${label}: machine busy with other processes, waiting)`);
    }
    const a = snapshot(pids);
    const result = await measure();
    last = { result, othersPercent: othersPercent(a, snapshot(pids)) };
    if (last.othersPercent <= QUIET_PERCENT) break;
    console.log(
      `  (${label}: other processes used ${fmt(last.othersPercent, 1)}% CPU during the run${attempt < 3 ? ', repeating' : ''})`,
    );
  }
  return last!;
}

/**
 * The PostgreSQL server behind `url` (its postmaster, whose children are the backends): part of
 * the system under test on PostgreSQL, so its CPU is ours, not other people's load.
 */
export async function postgresServerPid(url: string): Promise<number> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const backend = Number((await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid);
    const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } finally {
    await client.end();
  }
}
