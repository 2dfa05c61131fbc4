import { DomainError, oneLine, type AppError } from '@shared/contract/errors';
import type { JobStartInput } from '@shared/contract/jobs';
import { isConstraintError } from '../db/errors';
import type { ServiceContext } from '../lib/context';
import { CANCELLED_MESSAGE, type ProgressHooks } from '../lib/progress';
import { startServices } from '../services/bootstrap';
import { generateDataset } from '../services/generator/generate-service';
import { receivePackages } from '../services/exchange/exchange-receive';
import { exportPackage } from '../services/packages/export-service';
import { importPackage } from '../services/packages/import-service';
import { installationSigningKey } from '../services/packages/keys-service';
import type { WorkerJobOptions, WorkerMessage } from './messages';

/**
 * What runs inside the job's worker thread: opens its own connection to the same database file, runs
 * the job's service with progress and cancellation, posts the outcome and closes the connection.
 */

/** One line for any failure, as the dispatcher gives it. */
export function appErrorOf(error: unknown): AppError {
  if (error instanceof DomainError)
    return { code: error.code, message: oneLine(error.message, 1000), ...(error.detail ? { detail: error.detail } : {}) };
  if (isConstraintError(error))
    return {
      code: 'CONFLICT',
      message: oneLine(`The change conflicts with existing data (${error.message})`, 1000),
      detail: { key: 'internal.conflict', params: {} },
    };
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { code: 'INTERNAL', message: oneLine(`The job failed: ${reason}`, 1000), detail: { key: 'internal.error', params: {} } };
}

/**
 * Runs one job's service with progress and cancellation, on the worker's own connection (tests call it
 * in-process on theirs: the work of a job without the thread).
 */
export function executeJob(ctx: ServiceContext, input: JobStartInput, hooks: ProgressHooks): Promise<unknown> {
  switch (input.kind) {
    case 'package-import':
      return importPackage(ctx, input, hooks);
    case 'package-export':
      return exportPackage(ctx, input, input.sign ? installationSigningKey(ctx) : null, hooks);
    case 'generate':
      return generateDataset(ctx, { scale: input.scale, seed: input.seed }, hooks);
    case 'exchange-receive':
      return receivePackages(ctx, { dryRun: input.dryRun, confirm: input.confirm }, undefined, hooks);
  }
}

export async function runJob(
  setup: WorkerJobOptions & { input: JobStartInput },
  post: (message: WorkerMessage) => void,
  isCancelled: () => boolean,
): Promise<void> {
  const hooks: ProgressHooks = { onProgress: (done, total, phase) => post({ type: 'progress', done, total, phase }), isCancelled };
  hooks.onProgress?.(0, 0, 'open');
  let app: Awaited<ReturnType<typeof startServices>>;
  try {
    app = await startServices({
      dbPath: setup.dbPath,
      resourcesDir: setup.resourcesDir,
      appVersion: setup.appVersion,
      actor: setup.actor,
      create: false,
      // the app that started the job follows the change log: what the job writes is logged after what it has seen
      keepChangeLog: true,
    });
  } catch (error) {
    post({ type: 'failed', error: appErrorOf(error) });
    return;
  }
  try {
    const result = await executeJob(app.ctx, setup.input, hooks);
    post({ type: 'done', result });
  } catch (error) {
    const cancelled = isCancelled() && error instanceof DomainError && error.message === CANCELLED_MESSAGE;
    post({ type: cancelled ? 'cancelled' : 'failed', error: appErrorOf(error) });
  } finally {
    await app.opened.close();
  }
}
