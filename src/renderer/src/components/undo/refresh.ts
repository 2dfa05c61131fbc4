import { useStore } from '../../store';

/**
 * After an undo: the open view shows the restored data. The one place that knows which of the store's
 * refresh actions that takes (the register's, which reloads the open person or group page and drops the
 * lists that depend on it); the TanStack Query migration replaces this with an invalidation.
 */
export async function refreshAfterUndo(): Promise<void> {
  const state = useStore.getState();
  // the planning views still held in the store (team board, pathways, capacity) load again when open
  await Promise.all([
    state.refreshAfterRegisterChange(),
    state.board ? Promise.all([state.loadBoard(), state.loadTeamTime()]) : null,
    state.pathways ? state.loadPathways() : null,
    state.capacity ? state.loadCapacity() : null,
  ]);
}
