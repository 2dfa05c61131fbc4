import { useCallback, useState } from 'react';
import type { AppError } from '@shared/contract/errors';
import type { UndoStep } from '@shared/contract/undo';
import { call } from '../../api';
import { refreshAfterUndo } from './refresh';

export type UndoState = { busy: boolean; undone: UndoStep | null; error: AppError | null };

/** Undo of the last change: calls `undo:last`, then refreshes the open view; the outcome for a status line or an alert. */
export function useUndo() {
  const [state, setState] = useState<UndoState>({ busy: false, undone: null, error: null });
  const undo = useCallback(async () => {
    setState({ busy: true, undone: null, error: null });
    const result = await call('undo:last', {});
    if (result.ok) await refreshAfterUndo();
    setState({ busy: false, undone: result.ok ? result.value.undone : null, error: result.ok ? null : result.error });
    return result.ok;
  }, []);
  const clear = useCallback(() => setState({ busy: false, undone: null, error: null }), []);
  return { ...state, undo, clear };
}

/** What "Ångra" would take back now, read when asked (null: nothing, or not yet read). */
export async function peekUndo(): Promise<UndoStep | null> {
  const result = await call('undo:peek', {});
  return result.ok ? result.value.step : null;
}
