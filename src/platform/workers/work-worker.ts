// The worker thread's entry (see work-pool.ts): imports the task's module and calls its export.
// It runs under tsx in tests (the worker inherits the parent's --import tsx) and as plain .js
// from dist/. Only modules inside the app's own tree are imported: the pool is the one caller,
// but a bug elsewhere must not turn this into "load any file".
import { workerData } from 'node:worker_threads';

interface TaskMessage {
  moduleUrl: string;
  exportName: string;
  input: unknown;
}

const root: string = (workerData as { root: string }).root;

export default async function runTask(task: TaskMessage): Promise<unknown> {
  if (!task.moduleUrl.startsWith(root) || task.moduleUrl.includes('/node_modules/'))
    throw new Error(`not a module of this app: ${task.moduleUrl}`);
  const module = (await import(task.moduleUrl)) as Record<string, unknown>;
  const fn = module[task.exportName];
  if (typeof fn !== 'function') throw new Error(`${task.exportName} is not a function of ${task.moduleUrl}`);
  return fn(task.input);
}
