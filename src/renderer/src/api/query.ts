import {
  MutationCache,
  QueryClient,
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { AppError } from '@shared/contract/errors';
import { syncChanges } from './changes';
import { read } from './index';

/** The key of every query: the channel first (what invalidation matches on), then its input. */
export type ChannelKey<C extends Channel = Channel> = readonly [C, ChannelInput<C>];

/** The one way a query key is made: `[channel, input]`, so equal inputs share one cache entry. */
export function channelKey<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelKey<C> {
  return [channel, input] as const;
}

/** The channel a query key belongs to (null for a key not made by `channelKey`). */
export function channelOfKey(key: QueryKey): string | null {
  return typeof key[0] === 'string' ? key[0] : null;
}

/** A refused or failed call, thrown so a query or mutation fails with it; `appError` is what ErrorAlert words. */
export class ChannelError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ChannelError';
  }
}

/** The AppError of a failed query or mutation (null while none), for ErrorAlert. */
export function appErrorOf(error: unknown): AppError | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ChannelError) return error.appError;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : 'unknown failure' };
}

/** One call with its `Result` unwrapped: the value, or a thrown ChannelError. */
export async function request<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await read(channel, input);
  if (!result.ok) throw new ChannelError(result.error);
  return result.value;
}

/**
 * The app's one cache. A refusal is an answer, not a network blip: no retries; data stays fresh until
 * the backend says its domain changed (api/changes.ts), so no refetch on focus either.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // after every write (done or refused: a refusal may follow a partial job) the changed domains refetch,
    // before the view's own onSuccess runs, so what it shows next is already fresh
    mutationCache: new MutationCache({ onSuccess: () => syncChanges(client), onError: () => syncChanges(client) }),
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}

export const queryClient = createQueryClient();

/**
 * Fetches a channel's queries again now (every input, or only the one given). For "Läs in igen" after a
 * stale-version refusal: the user asks to see the record as it is now.
 */
export function refetchChannel<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: input === undefined ? [channel] : channelKey(channel, input) });
}

type QueryOptions<C extends Channel> = Omit<
  UseQueryOptions<ChannelOutput<C>, ChannelError, ChannelOutput<C>, ChannelKey<C>>,
  'queryKey' | 'queryFn'
>;

/** A read of one channel, cached under `[channel, input]`. */
export function useChannelQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: QueryOptions<C> = {},
): UseQueryResult<ChannelOutput<C>, ChannelError> {
  return useQuery({ ...options, queryKey: channelKey(channel, input), queryFn: () => request(channel, input) });
}

type MutationOptions<C extends Channel> = {
  onSuccess?: (value: ChannelOutput<C>, input: ChannelInput<C>) => void | Promise<void>;
};

/**
 * A write through one channel. When it settles the backend is asked what changed (api/changes.ts), and
 * exactly the queries of those domains are refetched; `onSuccess` is for what the view does next.
 */
export function useChannelMutation<C extends Channel>(
  channel: C,
  options: MutationOptions<C> = {},
): UseMutationResult<ChannelOutput<C>, ChannelError, ChannelInput<C>> {
  return useMutation({
    mutationKey: [channel],
    mutationFn: (input: ChannelInput<C>) => request(channel, input),
    ...(options.onSuccess ? { onSuccess: options.onSuccess } : {}),
  });
}
