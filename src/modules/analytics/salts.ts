// One random salt per Vietnam calendar day, shared by every app node through the database.
// Only today's and yesterday's are kept (a visit running over midnight continues); a salt is
// deleted when its day is two days old, so it lives at most 48 h and after that no visitor id
// can be recomputed from an address.
import type { Clock, RandomSource } from '../../platform/clock.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Db } from '../../database.js';
import { deleteSaltsOlderThanDay, findSalt, insertSaltIfAbsent } from './analytics.queries.js';

export interface DailySalts {
  day: string;
  current: string;
  previous: string | undefined;
}

function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function createSaltStore(deps: { db: Db; clock: Clock; random: RandomSource }) {
  let cached: DailySalts | undefined;

  async function load(day: string): Promise<DailySalts> {
    const now = deps.clock.now();
    await insertSaltIfAbsent(deps.db, { day, salt: deps.random(32).toString('base64'), createdAt: now.toISOString() });
    const yesterday = previousDay(day);
    await deleteSaltsOlderThanDay(deps.db, yesterday);
    // Read back: another node may have created today's salt first.
    const current = await findSalt(deps.db, day);
    const previous = await findSalt(deps.db, yesterday);
    if (!current) throw new Error(`salt for ${day} missing after insert`);
    return { day, current, previous };
  }

  return {
    /** Salts for the Vietnam day of `at`; rotates (and purges old salts) when the day changes. */
    async saltsFor(at: Date): Promise<DailySalts> {
      const day = vietnamDay(at);
      if (cached?.day !== day) cached = await load(day);
      return cached;
    },
  };
}

export type SaltStore = ReturnType<typeof createSaltStore>;
