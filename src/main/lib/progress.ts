import { DomainError } from '@shared/contract/errors';

/**
 * How a long-running service (package import/export, dataset generation) reports progress and learns
 * that it was cancelled. Workers pass these in; plain callers leave them out.
 */
export type ProgressHooks = {
  /** Called now and then with the records done so far, the total expected and a short phase name. */
  readonly onProgress?: (done: number, total: number, phase: string) => void;
  /** Checked between batches; when it returns true the service stops and rolls back. */
  readonly isCancelled?: () => boolean;
};

export const CANCELLED_MESSAGE = 'Cancelled: nothing was changed';

/** Throws (so an open transaction rolls back) when the caller has asked to stop. */
export function throwIfCancelled(hooks: ProgressHooks | undefined): void {
  if (hooks?.isCancelled?.()) throw new DomainError('CONFLICT', CANCELLED_MESSAGE, { key: 'job.cancelled', params: {} });
}

/** Reports progress at most every `every` items (and always at the end), so hot loops stay cheap. */
export function progressEvery(hooks: ProgressHooks | undefined, total: number, phase: string, every = 500): (done: number) => void {
  return (done) => {
    if (done === total || done % every === 0) {
      hooks?.onProgress?.(done, total, phase);
      throwIfCancelled(hooks);
    }
  };
}
