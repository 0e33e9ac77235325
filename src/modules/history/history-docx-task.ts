// The work of writing a book's .docx, named without importing it: history-docx.ts pulls in the
// docx library (1 MB of JavaScript, several MB of memory), which a server should not carry from
// the start for an export made a few times a year. The worker imports history-docx.js by its
// address; run on this thread (tests, scripts), it is imported on first use.
import { workerTask } from '../../platform/workers/work-pool.js';
import type { BookExport } from './history-docx.js';

export const buildBookDocxTask = workerTask(
  new URL('./history-docx.js', import.meta.url).href,
  'buildBookDocx',
  async (book: BookExport): Promise<Uint8Array> => (await import('./history-docx.js')).buildBookDocx(book),
);
