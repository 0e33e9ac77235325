// At most `maxActive` jobs of one kind at a time, at most `maxQueued` waiting; more is refused at
// once instead of queued without end. For CPU-heavy work the event loop only hands off (argon2 on
// libuv's threads): unbounded, 200 of them at once starve the two cores and every reader waits.

export class WorkQueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('work queue full');
  }
}

export interface WorkLimiter {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running and waiting now (for tests and metrics). */
  load(): { active: number; queued: number };
}

export function createWorkLimiter(options: {
  maxActive: number;
  maxQueued: number;
  retryAfterSeconds: number;
}): WorkLimiter {
  let active = 0;
  const waiting: Array<() => void> = [];

  function release() {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (active >= options.maxActive) {
        if (waiting.length >= options.maxQueued) throw new WorkQueueFullError(options.retryAfterSeconds);
        // The slot passes straight from the finishing job to this one: `active` stays the same.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      try {
        return await job();
      } finally {
        release();
      }
    },
    load: () => ({ active, queued: waiting.length }),
  };
}
