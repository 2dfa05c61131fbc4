import type { AppError } from '@shared/contract/errors';
import type { JobStartInput } from '@shared/contract/jobs';

/** Where the worker finds the database and who acts: the same values as the main process's ServiceContext. */
export type WorkerJobOptions = {
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly actor: string;
};

/** The worker's `workerData`: its job, and a shared flag (Int32 at index 0) the main thread sets to 1 to cancel. */
export type WorkerSetup = WorkerJobOptions & {
  readonly input: JobStartInput;
  readonly cancelFlag: SharedArrayBuffer;
};

/** Messages from the worker to the main thread. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly phase: string }
  | { readonly type: 'done'; readonly result: unknown }
  | { readonly type: 'failed'; readonly error: AppError }
  | { readonly type: 'cancelled'; readonly error: AppError };

/** How a job ended. */
export type JobOutcome =
  { readonly state: 'done'; readonly result: unknown } | { readonly state: 'failed' | 'cancelled'; readonly error: AppError };

/** How a job ended, from its last message (not a progress message). */
export function outcomeOf(message: Exclude<WorkerMessage, { type: 'progress' }>): JobOutcome {
  return message.type === 'done' ? { state: 'done', result: message.result } : { state: message.type, error: message.error };
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'progress' || type === 'done' || type === 'failed' || type === 'cancelled';
}

/** Messages from the main process to a job's own process (Electron's utility process). */
export type ProcessJobRequest =
  { readonly type: 'start'; readonly setup: WorkerJobOptions & { readonly input: JobStartInput } } | { readonly type: 'cancel' };

export function isProcessJobRequest(value: unknown): value is ProcessJobRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as { type?: unknown; setup?: unknown };
  return request.type === 'cancel' || (request.type === 'start' && typeof request.setup === 'object' && request.setup !== null);
}
