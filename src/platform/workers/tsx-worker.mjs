// The worker's entry when the app runs as TypeScript through tsx (tests, scripts). Node 20 does
// not run --import preloads (such as `--import tsx`) in worker threads, so the worker registers
// tsx itself before loading the TypeScript entry. The compiled app (dist/) never uses this file.
import { register } from 'tsx/esm/api';

register();
const { default: runTask } = await import('./work-worker.ts');
export default runTask;
