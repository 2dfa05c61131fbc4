import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { syncChanges } from './changes';
import { onCallSettled } from './index';

/** How often a visible window asks what changed (writes of other windows, the CLI, a finished job). */
const POLL_MS = 2000;

/**
 * Keeps the cache in step with the database: asks once at start (where the cache begins), after every
 * direct call (a write not made through a mutation hook), on a slow poll while the window is visible,
 * and at once when it gets focus back.
 */
export function useChangeSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    const sync = () => {
      if (document.visibilityState === 'visible') void syncChanges(client);
    };
    void syncChanges(client);
    onCallSettled(() => void syncChanges(client));
    const timer = window.setInterval(sync, POLL_MS);
    window.addEventListener('focus', sync);
    document.addEventListener('visibilitychange', sync);
    return () => {
      onCallSettled(null);
      window.clearInterval(timer);
      window.removeEventListener('focus', sync);
      document.removeEventListener('visibilitychange', sync);
    };
  }, [client]);
}
