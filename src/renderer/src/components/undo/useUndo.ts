import { useCallback } from 'react';
import type { AppError } from '@shared/contract/errors';
import type { UndoStep } from '@shared/contract/undo';
import { call } from '../../api';
import { appErrorOf, useChannelMutation } from '../../api/query';

export type UndoState = { busy: boolean; undone: UndoStep | null; error: AppError | null };

/**
 * Undo of the last change as a mutation of `undo:last`: when it settles the backend says which domains
 * the undo wrote and exactly their queries refetch, so the open view shows the restored data before
 * `undo` resolves. The outcome is for a status line or an alert.
 */
export function useUndo() {
  const mutation = useChannelMutation('undo:last');
  const { mutateAsync, reset } = mutation;
  const undo = useCallback(
    () =>
      mutateAsync({}).then(
        () => true,
        () => false,
      ),
    [mutateAsync],
  );
  return { busy: mutation.isPending, undone: mutation.data?.undone ?? null, error: appErrorOf(mutation.error), undo, clear: reset };
}

/** What "Ångra" would take back now, read when asked (null: nothing, or not yet read). */
export async function peekUndo(): Promise<UndoStep | null> {
  const result = await call('undo:peek', {});
  return result.ok ? result.value.step : null;
}
