import type { JobStartInput } from '@shared/contract/jobs';
import { CANCELLED_MESSAGE } from '../lib/progress';
import { isWorkerMessage, outcomeOf, type JobOutcome, type ProcessJobRequest, type WorkerJobOptions } from './protocol';
import type { ProgressListener, WorkerJob } from './run-job';

/**
 * A job in a process of its own (Electron's utility process; the tests use a Node child process): what
 * the main process needs of that process, whichever API made it.
 */
export type JobProcess = {
  postMessage(message: ProcessJobRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
};

/** How long a cancelled job may take to stop by itself before its process is ended. */
export const CANCEL_GRACE_MS = 1_000;

/**
 * Starts a job in a new process (`spawn`) and follows it: progress as it comes, the outcome when it
 * ends. Cancel asks the process to stop and ends it after `CANCEL_GRACE_MS`; an ended process never
 * commits its transaction, so the database stays as it was (tests/integration/jobs-process.test.ts).
 */
export function startProcessJob(
  spawn: () => JobProcess,
  options: WorkerJobOptions,
  input: JobStartInput,
  onProgress?: ProgressListener,
): WorkerJob {
  const child = spawn();
  let outcome: JobOutcome | null = null;
  let cancelRequested = false;
  let killTimer: NodeJS.Timeout | null = null;
  const finished = new Promise<JobOutcome>((resolve) => {
    child.onMessage((message) => {
      if (!isWorkerMessage(message)) return;
      if (message.type === 'progress') return onProgress?.(message.done, message.total, message.phase);
      outcome = outcomeOf(message);
      child.kill();
    });
    child.onExit((code) => {
      if (killTimer) clearTimeout(killTimer);
      if (outcome) return resolve(outcome);
      if (cancelRequested) return resolve({ state: 'cancelled', error: { code: 'CONFLICT', message: CANCELLED_MESSAGE } });
      resolve({
        state: 'failed',
        error: { code: 'INTERNAL', message: `The job's process stopped unexpectedly (exit code ${code ?? 'none'})` },
      });
    });
  });
  child.postMessage({
    type: 'start',
    setup: { dbPath: options.dbPath, resourcesDir: options.resourcesDir, appVersion: options.appVersion, actor: options.actor, input },
  });
  return {
    cancel: () => {
      if (cancelRequested || outcome) return;
      cancelRequested = true;
      child.postMessage({ type: 'cancel' });
      killTimer = setTimeout(() => child.kill(), CANCEL_GRACE_MS);
    },
    finished,
  };
}
