import { useCallback } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { AppError } from '@shared/contract/errors';
import { appErrorOf, useChannelMutation } from './query';

export type Write<C extends Channel> = {
  /** Resolves to the saved value, or null when refused (the refusal is `error`), after the changed queries refetched. */
  run: (input: ChannelInput<C>) => Promise<ChannelOutput<C> | null>;
  saving: boolean;
  error: AppError | null;
  clearError: () => void;
};

/** A write through one channel as a mutation, for a form that goes on after it (close, focus, say "saved"). */
export function useWrite<C extends Channel>(channel: C): Write<C> {
  const mutation = useChannelMutation(channel);
  const { mutateAsync, reset } = mutation;
  const run = useCallback((input: ChannelInput<C>) => mutateAsync(input).catch(() => null), [mutateAsync]);
  return { run, saving: mutation.isPending, error: appErrorOf(mutation.error), clearError: reset };
}
