// The daily reminder job: at start-up and every few minutes it asks the service to do today's
// work if it is due (after REMINDER_HOUR, not yet claimed by this or another node), and to send
// any e-mail still owed. Never on a request's path; a failed tick is logged and tried again.
import type { Logger } from '../../platform/logger.js';
import { type JobRunRecorder, timeJob } from '../../platform/metrics/job-runs.js';
import type { Reminders } from './reminders.service.js';

// How late after REMINDER_HOUR the run may start, and how soon a failed e-mail is retried.
const TICK_MS = 5 * 60_000;

export function startReminderJob(deps: {
  reminders: Reminders;
  logger: Logger;
  tickMs?: number;
  /** Told of each run's outcome and time (the metrics, when they are on). */
  onRun?: JobRunRecorder;
}) {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    // A slow mail server must not pile ticks up behind it.
    if (running || stopped) return;
    running = timeJob(deps.onRun, () => deps.reminders.runDue())
      .catch((err) => deps.logger.error({ err }, 'reminder run failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, deps.tickMs ?? TICK_MS);
  timer.unref();
  // Not awaited: a start-up never waits for a mail server.
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await deps.reminders.settled();
    },
  };
}
