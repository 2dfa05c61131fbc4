import { useStore } from '../../store';

/**
 * After an undo: the open view shows the restored data. The one place that knows which of the store's
 * refresh actions that takes (the register's, which reloads the open person or group page and drops the
 * lists that depend on it); the TanStack Query migration replaces this with an invalidation.
 */
export async function refreshAfterUndo(): Promise<void> {
  // the planning views are queries: they refetch when the undo's change check names their domain
  await useStore.getState().refreshAfterRegisterChange();
}
