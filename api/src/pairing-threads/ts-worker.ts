import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running one of the app's TypeScript modules. The app runs TypeScript through
 * tsx, whose loader a worker thread does not inherit (Node 20), so the worker registers it before
 * importing the module.
 */
export function typeScriptWorker(module: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `
const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
register();
await import(${JSON.stringify(module.href)});
`;
  return new Worker(bootstrap, { ...options, eval: true });
}
