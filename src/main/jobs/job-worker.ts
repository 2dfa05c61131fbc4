import { parentPort, workerData } from 'node:worker_threads';
import { DomainError, oneLine, type AppError } from '@shared/contract/errors';
import { CANCELLED_MESSAGE, type ProgressHooks } from '../lib/progress';
import { startServices } from '../services/bootstrap';
import { executeJob } from './execute';
import type { WorkerMessage, WorkerSetup } from './protocol';

/**
 * The worker thread of a job: opens its own connection to the same database file, runs the job's
 * service with progress and cancellation, posts the outcome and closes the connection. The main
 * thread stays free; a cancel is a shared flag read between batches, so the open transaction rolls back.
 */

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}

/** One line for any failure, as the dispatcher gives it. */
export function appErrorOf(error: unknown): AppError {
  if (error instanceof DomainError) return { code: error.code, message: oneLine(error.message, 1000) };
  if (isConstraintError(error)) return { code: 'CONFLICT', message: oneLine(`The change conflicts with existing data (${error.message})`, 1000) };
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'INTERNAL', message: oneLine(`The job failed: ${reason}`, 1000) };
}

async function run(setup: WorkerSetup): Promise<void> {
  const flag = new Int32Array(setup.cancelFlag);
  const hooks: ProgressHooks = {
    onProgress: (done, total, phase) => post({ type: 'progress', done, total, phase }),
    isCancelled: () => Atomics.load(flag, 0) === 1,
  };
  hooks.onProgress?.(0, 0, 'open');
  const app = await startServices({ ...setup, create: false });
  try {
    const result = await executeJob(app.ctx, setup.input, hooks);
    post({ type: 'done', result });
  } catch (error) {
    const cancelled = hooks.isCancelled?.() === true && error instanceof DomainError && error.message === CANCELLED_MESSAGE;
    post({ type: cancelled ? 'cancelled' : 'failed', error: appErrorOf(error) });
  } finally {
    await app.opened.close();
  }
}

if (parentPort) {
  run(workerData as WorkerSetup).catch((error: unknown) => post({ type: 'failed', error: appErrorOf(error) }));
}
