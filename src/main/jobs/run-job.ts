import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '@shared/contract/errors';
import { jobStatusSchema, type JobKind, type JobInputOf, type JobResultOf, type JobStartInput } from '@shared/contract/jobs';
import { moduleDir } from '../lib/runtime';
import { isWorkerMessage, outcomeOf, type JobOutcome, type WorkerJobOptions, type WorkerSetup } from './protocol';

export type { WorkerJobOptions } from './protocol';

export type ProgressListener = (done: number, total: number, phase: string) => void;

/** A job running in a worker thread. */
export type WorkerJob = {
  /** Asks the worker to stop; it rolls back at its next check and the job ends `cancelled`. */
  cancel(): void;
  readonly finished: Promise<JobOutcome>;
};

/**
 * The worker beside this module: `job-worker.js` in the Electron build (electron.vite.config.ts builds
 * it as a second entry next to the main bundle); from source (tsx, vitest) `job-worker.ts`, loaded
 * through tsx's require hook, because Node 20 applies no module loader hooks inside a worker thread.
 */
function workerScript(): { code: string; eval: boolean } {
  const here = moduleDir(import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return { code: path.join(here, 'job-worker.js'), eval: false };
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const file = path.join(here, 'job-worker.ts');
  return { code: `require(${JSON.stringify(tsx)}).require(${JSON.stringify(file)}, __filename);`, eval: true };
}

/** Starts a job in a new worker thread with its own database connection. */
export function startWorkerJob(options: WorkerJobOptions, input: JobStartInput, onProgress?: ProgressListener): WorkerJob {
  const cancelFlag = new SharedArrayBuffer(4);
  const setup: WorkerSetup = {
    dbPath: options.dbPath,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    actor: options.actor,
    input,
    cancelFlag,
  };
  const script = workerScript();
  const worker = new Worker(script.code, { workerData: setup, eval: script.eval });
  let outcome: JobOutcome | null = null;
  const finished = new Promise<JobOutcome>((resolve) => {
    worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'progress') onProgress?.(message.done, message.total, message.phase);
      else outcome = outcomeOf(message);
    });
    worker.on('error', (error) => {
      outcome ??= { state: 'failed', error: { code: 'INTERNAL', message: `The job failed: ${error.message.split('\n')[0] ?? ''}` } };
    });
    worker.on('exit', (code) => {
      resolve(
        outcome ?? { state: 'failed', error: { code: 'INTERNAL', message: `The job's worker stopped unexpectedly (exit code ${code})` } },
      );
    });
  });
  return { cancel: () => Atomics.store(new Int32Array(cancelFlag), 0, 1), finished };
}

/** Starts a job somewhere off the main thread (a worker thread here; Electron passes a utility process). */
export type JobStarter = typeof startWorkerJob;

/**
 * Runs a job in a worker thread and resolves to its result (for the CLI): progress goes to
 * `onProgress`, aborting `signal` cancels (the database stays unchanged). A failed or cancelled job
 * rejects with a DomainError carrying the one-line message.
 */
export async function runJobInWorker<K extends JobKind>(
  options: WorkerJobOptions,
  input: JobInputOf<K>,
  callbacks: { onProgress?: ProgressListener; signal?: AbortSignal } = {},
): Promise<JobResultOf<K>> {
  const job = startWorkerJob(options, input, callbacks.onProgress);
  const abort = () => job.cancel();
  if (callbacks.signal?.aborted) abort();
  callbacks.signal?.addEventListener('abort', abort, { once: true });
  const outcome = await job.finished.finally(() => callbacks.signal?.removeEventListener('abort', abort));
  if (outcome.state !== 'done') throw new DomainError(outcome.error.code, outcome.error.message);
  const status = jobStatusSchema.parse({
    jobId: 'cli',
    kind: input.kind,
    state: 'done',
    done: 0,
    total: 0,
    phase: 'done',
    error: null,
    result: outcome.result,
  });
  return status.result as JobResultOf<K>;
}
