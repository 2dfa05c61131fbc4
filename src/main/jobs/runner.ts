import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { domainErrorOf, refusal } from '@shared/contract/errors';
import { jobStatusSchema, type JobKind, type JobInputOf, type JobResultOf, type JobStartInput } from '@shared/contract/jobs';
import { findUp } from '../lib/paths';
import { moduleDir } from '../lib/runtime';
import { isWorkerMessage, outcomeOf, type JobOutcome, type WorkerJobOptions, type WorkerSetup } from './messages';

export type ProgressListener = (done: number, total: number, phase: string) => void;

/** A job running in a worker thread of the backend. */
export type WorkerJob = {
  /** Asks the worker to stop; it rolls back at its next check and the job ends `cancelled`. */
  cancel(): void;
  readonly finished: Promise<JobOutcome>;
};

/**
 * The worker's script: `job-worker.js` beside the running bundle (out/main in the Electron build,
 * out/node for the Node bundles). Run from source (vitest, tsx) there is no bundle beside this module, so
 * the built out/node/job-worker.js of the repository is used (the test setup builds it);
 * SAMPLAN_JOB_WORKER overrides both.
 */
export function jobWorkerScript(): string {
  const override = process.env['SAMPLAN_JOB_WORKER'];
  if (override) return override;
  const here = moduleDir(import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return path.join(here, 'job-worker.js');
  const root = findUp(here, 'package.json');
  return path.join(root ?? here, 'out', 'node', 'job-worker.js');
}

/** How long a prepared worker waits for a job before it is stopped (it holds ~30 MB and no database). */
const SPARE_IDLE_MS = 5 * 60_000;

type Spare = { worker: Worker; script: string; timer: NodeJS.Timeout };

/**
 * A worker thread started ahead of its job, its modules already loaded: starting a thread and loading
 * the job's code is most of a small import's time ("Startar …", issue #16.4), so the preview prepares
 * one while the user reads it. It waits for its setup as a message (worker-entry.ts) and opens the
 * database only then, so a restore meanwhile changes nothing. One per owner (the app's job registry);
 * unref'd, it never keeps the process alive, and it stops by itself after SPARE_IDLE_MS.
 */
export class PreparedWorker {
  private spare: Spare | null = null;

  private drop(worker: Worker): void {
    if (this.spare?.worker !== worker) return;
    clearTimeout(this.spare.timer);
    this.spare = null;
  }

  /** Starts a worker for the next job unless one waits already (or the worker script is missing). */
  startSpare(idleMs = SPARE_IDLE_MS): void {
    const script = jobWorkerScript();
    if (this.spare?.script === script || !fs.existsSync(script)) return;
    if (this.spare) void this.stop();
    const worker = new Worker(script, { workerData: null });
    worker.unref();
    worker.on('error', () => this.drop(worker));
    worker.on('exit', () => this.drop(worker));
    const timer = setTimeout(() => void worker.terminate(), idleMs);
    timer.unref();
    this.spare = { worker, script, timer };
  }

  /** True while a prepared worker waits for a job. */
  get waiting(): boolean {
    return this.spare !== null;
  }

  /** Stops the prepared worker, if any (shutdown). */
  async stop(): Promise<void> {
    const current = this.spare;
    if (!current) return;
    this.drop(current.worker);
    await current.worker.terminate();
  }

  /** The prepared worker for `script`, taken out of reserve, or null (none, another script, or it has stopped). */
  take(script: string): Worker | null {
    const current = this.spare;
    if (!current || current.script !== script) return null;
    this.drop(current.worker);
    current.worker.removeAllListeners();
    if (current.worker.threadId < 0) return null;
    current.worker.ref();
    return current.worker;
  }
}

/** Starts a job in a worker thread (`prepared`'s when it holds one) with its own database connection. */
export function startWorkerJob(
  options: WorkerJobOptions,
  input: JobStartInput,
  onProgress?: ProgressListener,
  prepared?: PreparedWorker,
): WorkerJob {
  const cancelFlag = new SharedArrayBuffer(4);
  const setup: WorkerSetup = {
    dbPath: options.dbPath,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion,
    actor: options.actor,
    input,
    cancelFlag,
  };
  const script = jobWorkerScript();
  if (!fs.existsSync(script)) throw refusal('INTERNAL', 'job.workerMissing');
  const spare = prepared?.take(script) ?? null;
  const worker = spare ?? new Worker(script, { workerData: setup });
  if (spare) spare.postMessage({ type: 'setup', setup });
  let outcome: JobOutcome | null = null;
  const finished = new Promise<JobOutcome>((resolve) => {
    worker.on('message', (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'progress') onProgress?.(message.done, message.total, message.phase);
      else outcome = outcomeOf(message);
    });
    worker.on('error', (error) => {
      const message = `The job failed: ${error.message.split('\n')[0] ?? ''}`;
      outcome ??= { state: 'failed', error: { code: 'INTERNAL', message, detail: { key: 'jobOutcome.failed', params: {} } } };
    });
    worker.on('exit', (code) => {
      resolve(
        outcome ?? {
          state: 'failed',
          error: {
            code: 'INTERNAL',
            message: `The job's worker stopped unexpectedly (exit code ${code})`,
            detail: { key: 'jobOutcome.workerStopped', params: {} },
          },
        },
      );
    });
  });
  return { cancel: () => Atomics.store(new Int32Array(cancelFlag), 0, 1), finished };
}

/** Starts a job off the backend's request loop (tests may pass their own). */
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
  if (outcome.state !== 'done') throw domainErrorOf(outcome.error);
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
