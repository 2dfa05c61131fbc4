import type { AppError } from '@shared/contract/errors';
import type { JobStartInput } from '@shared/contract/jobs';

/** Where the worker finds the database and who acts: the same values as the backend's ServiceContext. */
export type WorkerJobOptions = {
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly actor: string;
};

/** The worker's `workerData`: its job, and a shared flag (Int32 at index 0) the backend's request loop sets to 1 to cancel. */
export type WorkerSetup = WorkerJobOptions & {
  readonly input: JobStartInput;
  readonly cancelFlag: SharedArrayBuffer;
};

/** Messages from the worker to the thread that started it. */
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
