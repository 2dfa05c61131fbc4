import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { AppError, Result } from '@shared/contract/errors';
import { appErrorOf, useChannelQuery } from '../../../api/query';

export type Loaded<T> = { data: T | null; error: AppError | null; loading: boolean; reload: () => void };

/**
 * A read of one channel as a cached query (`[channel, input]`); null input: nothing to fetch. While
 * new inputs are on their way the last answer stays shown; it refetches when its domain changes.
 */
export function useLoad<C extends Channel>(channel: C, input: ChannelInput<C> | null): Loaded<ChannelOutput<C>> {
  const query = useChannelQuery(channel, input ?? ({} as ChannelInput<C>), { enabled: input !== null, placeholderData: keepPreviousData });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: input === null ? null : (query.data ?? null),
    error: input === null ? null : appErrorOf(query.error),
    loading: query.isFetching,
    reload,
  };
}

/**
 * Runs one action at a time and keeps its error; `run` resolves to the value or null. The queries of
 * what it changed refetch on their own (every direct call is followed by a change check, api/index.ts).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) return result.value;
    setError(result.error);
    return null;
  }, []);
  return { busy, error, run, clearError: () => setError(null) };
}
