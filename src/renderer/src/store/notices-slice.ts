import type { StateCreator } from 'zustand';
import type { AppError, Result } from '@shared/contract/errors';
import type { Scope, ScopeErrors, ScopeFlags } from './types';
import type { Store } from './index';

/** Calls in progress and the last error per scope; success shows in the data itself. */
export type NoticesSlice = {
  pending: ScopeFlags;
  errors: ScopeErrors;
  clearError: (scope: Scope) => void;
  /** Runs one call for a scope: marks it pending, records its error, returns the value or null. */
  track: <T>(scope: Scope, run: () => Promise<Result<T>>) => Promise<T | null>;
};

function without<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createNoticesSlice: StateCreator<Store, [], [], NoticesSlice> = (set) => ({
  pending: {},
  errors: {},
  clearError: (scope) => set((state) => ({ errors: without(state.errors, scope) })),
  track: async (scope, run) => {
    set((state) => ({ pending: { ...state.pending, [scope]: true }, errors: without(state.errors, scope) }));
    let result: Awaited<ReturnType<typeof run>>;
    try {
      result = await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { ok: false, error: { code: 'INTERNAL', message } satisfies AppError };
    }
    set((state) => ({
      pending: without(state.pending, scope),
      errors: result.ok ? state.errors : { ...state.errors, [scope]: result.error },
    }));
    return result.ok ? result.value : null;
  },
});
