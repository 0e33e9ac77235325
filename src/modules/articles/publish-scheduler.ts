// The job behind "Hẹn giờ xuất bản" and expiry: publishes scheduled articles when their time comes
// and takes expired ones down. The
// schedule lives in the database (status 'scheduled' + published_at), so a restart loses nothing:
// the first run at start-up publishes whatever fell due while the server was down.
import type { Logger } from '../../platform/logger.js';
import { type JobRunRecorder, timeJob } from '../../platform/metrics/job-runs.js';
import type { Newsroom } from './newsroom.service.js';

// A scheduled article appears at most this late; one indexed query per tick costs nothing.
const TICK_MS = 15_000;

export function startPublishScheduler(deps: {
  newsroom: Newsroom;
  logger: Logger;
  tickMs?: number;
  /** Told of each run's outcome and time (the metrics, when they are on). */
  onRun?: JobRunRecorder;
}) {
  let running: Promise<void> | undefined;
  const runOnce = () => {
    running ??= timeJob(
      deps.onRun,
      async () => [await deps.newsroom.publishDue(), await deps.newsroom.expireDue()] as const,
    )
      .then(([published, expired]) => {
        if (published > 0) deps.logger.info({ published }, 'scheduled articles published');
        if (expired > 0) deps.logger.info({ expired }, 'expired articles taken down');
      })
      .catch((err) => deps.logger.error({ err }, 'scheduled publishing failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(runOnce, deps.tickMs ?? TICK_MS);
  timer.unref();
  return {
    /** Runs now (start-up, tests); resolves when done. */
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
