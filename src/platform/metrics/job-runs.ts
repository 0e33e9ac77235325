// How a background job reports its runs (the publish scheduler, the reminders, the image copies):
// a narrow callback the composition root wires to the metrics, so modules never import them.

/** How a job's run ended: a thrown error or a rejected promise is a failure. */
export type JobOutcome = 'ok' | 'failed';

/** What a scheduled job reports after each run. */
export type JobRunRecorder = (outcome: JobOutcome, seconds: number) => void;

/** Runs `job` and reports its outcome and duration; the job's own error still propagates. */
export async function timeJob<T>(record: JobRunRecorder | undefined, job: () => Promise<T>): Promise<T> {
  if (!record) return job();
  const started = performance.now();
  try {
    const result = await job();
    record('ok', (performance.now() - started) / 1000);
    return result;
  } catch (error) {
    record('failed', (performance.now() - started) / 1000);
    throw error;
  }
}
