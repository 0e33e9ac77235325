// CPU-heavy work (sanitising a long article, reading a spreadsheet, looking inside an uploaded
// archive) runs on a small pool of worker threads, so one person's upload never stalls every
// reader's page. The composition root creates the one pool and closes it; a worker that runs out
// of memory or time dies alone and the pool starts another. A task names a function by its
// module's URL and export, so this file knows no domain: the module that owns the work says what
// runs, and the worker imports it from there.
import type { Piscina } from 'piscina';
import { AppError, ServiceUnavailableError } from '../http/errors.js';
import { requiredOnFirstUse } from '../required-on-first-use.js';

// Required, and the pool made, on the first task: most starts never need a worker before their
// first save, and Piscina's dozen files would be read by every one.
const piscina = requiredOnFirstUse<typeof import('piscina')>('piscina');

/** A function that may run on a worker: its module's own import.meta.url and its export name. */
export interface WorkerTask<Input, Output> {
  moduleUrl: string;
  exportName: string;
  /** The same function, for running on this thread. */
  run: (input: Input) => Output | Promise<Output>;
}

export function workerTask<Input, Output>(
  moduleUrl: string,
  exportName: string,
  run: (input: Input) => Output | Promise<Output>,
): WorkerTask<Input, Output> {
  return { moduleUrl, exportName, run };
}

export interface WorkPool {
  /** Runs the task on a worker; input and output are copied (structured clone), so plain data only. */
  run<Input, Output>(task: WorkerTask<Input, Output>, input: Input): Promise<Output>;
  close(): Promise<void>;
}

export interface WorkPoolOptions {
  /** Threads at most; on a 2-core machine, 2 keeps one core for the event loop most of the time. */
  maxThreads: number;
  /** Tasks waiting beyond the running ones; more are refused with 503 + Retry-After. */
  maxQueue: number;
  /** A worker's heap cap: past it the worker dies (the task fails), the process lives on. */
  maxOldGenerationSizeMb: number;
  /** A task still running after this is stopped by terminating its worker. */
  taskTimeoutMs: number;
  /** An idle worker is kept this long, so a burst does not pay the start-up each time. */
  idleTimeoutMs: number;
}

export const DEFAULT_WORK_POOL: WorkPoolOptions = {
  maxThreads: 2,
  maxQueue: 16,
  maxOldGenerationSizeMb: 384,
  taskTimeoutMs: 30_000,
  idleTimeoutMs: 5 * 60_000,
};

const RETRY_AFTER_SECONDS = 5;

/** The work needed more memory or time than a worker may take. */
export class WorkTooHeavyError extends AppError {
  constructor() {
    super('WORK_TOO_HEAVY', 413);
  }
}

// Compiled (dist/), the worker is work-worker.js beside this file. Under tsx (tests, scripts)
// this file is work-pool.ts, and the worker starts from tsx-worker.mjs, which loads tsx first.
const workerFile = () =>
  new URL(import.meta.url.endsWith('.ts') ? './tsx-worker.mjs' : './work-worker.js', import.meta.url);

export function createWorkPool(options: WorkPoolOptions = DEFAULT_WORK_POOL): WorkPool {
  let made: Piscina | undefined;
  let closed = false;
  const pool = () => {
    // Closed before its first task: no pool is made at shutdown just to refuse the task.
    if (closed && !made) throw new ServiceUnavailableError(RETRY_AFTER_SECONDS);
    made ??= new (piscina().Piscina)({
      filename: workerFile().href,
      minThreads: 0,
      maxThreads: options.maxThreads,
      idleTimeout: options.idleTimeoutMs,
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb },
      // Lower priority (Linux: per thread): when both cores are busy, the event loop still gets one.
      niceIncrement: 10,
      // The worker imports task modules only from the app's own tree (src/ or dist/).
      workerData: { root: new URL('../../', import.meta.url).href },
    });
    return made;
  };
  // Counted here, not by Piscina's maxQueue: Piscina keeps tasks that carry an AbortSignal (the
  // timeout) in a queue of their own that maxQueue does not bound.
  let inFlight = 0;
  return {
    async run(task, input) {
      if (inFlight >= options.maxThreads + options.maxQueue) throw new ServiceUnavailableError(RETRY_AFTER_SECONDS);
      inFlight++;
      try {
        return await pool().run(
          { moduleUrl: task.moduleUrl, exportName: task.exportName, input },
          { signal: AbortSignal.timeout(options.taskTimeoutMs) },
        );
      } catch (error) {
        throw translate(error);
      } finally {
        inFlight--;
      }
    },
    close: async () => {
      closed = true;
      await made?.destroy();
    },
  };
}

/** A worker that ran out of heap or time as the app's error; a task's own error passes. */
function translate(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || (error instanceof Error && error.name === 'AbortError'))
    return new WorkTooHeavyError();
  return error;
}

/** Runs tasks on this thread: for tests of a module alone and for one-off scripts, never for requests. */
export const inlineWork: WorkPool = {
  run: async (task, input) => task.run(input),
  close: async () => {},
};
