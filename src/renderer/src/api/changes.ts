import type { QueryClient } from '@tanstack/react-query';
import type { DataChanges } from '@shared/contract/app';
import { isChannel } from '@shared/contract/channels';
import { affectedDomains, channelDomain, DOMAINS } from '@shared/contract/domains';
import { read } from './index';
import { channelOfKey } from './query';

/**
 * Refetches exactly the queries whose domain reads what changed (all of them when the backend no longer
 * knows what changed). Inactive queries are only marked stale: they refetch when a view shows them again.
 */
export function invalidateChanged(client: QueryClient, changes: Pick<DataChanges, 'domains' | 'everything'>): Promise<void> {
  const affected = changes.everything ? new Set(DOMAINS) : affectedDomains(changes.domains);
  if (affected.size === 0) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (query) => {
      const channel = channelOfKey(query.queryKey);
      return channel !== null && isChannel(channel) && affected.has(channelDomain(channel));
    },
  });
}

/** The change-log sequence the cache is up to date with (null until the first answer). */
let seen: number | null = null;
/** The sync running now: the next waits for it, so answers are applied in order. */
let chain: Promise<void> = Promise.resolve();

async function syncOnce(client: QueryClient): Promise<void> {
  const result = await read('data:changes', { since: seen ?? 0 });
  if (!result.ok) return;
  const first = seen === null;
  seen = Math.max(seen ?? 0, result.value.sequence);
  // the first answer only tells where the cache starts: everything in it was fetched after that
  if (!first) await invalidateChanged(client, result.value);
}

/**
 * Asks the backend what changed since the last time and refetches those domains' queries. Called after
 * every write this window makes and on a slow poll, so writes it did not make (a package import job,
 * an undo, another window, the CLI on the same file) reach the views too. Calls never overlap.
 */
export function syncChanges(client: QueryClient): Promise<void> {
  const next = chain.then(() => syncOnce(client));
  chain = next.catch(() => undefined);
  return next;
}
