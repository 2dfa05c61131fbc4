import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppInfo } from '@shared/contract/app';
import type { Language } from '@shared/contract/common';
import type { AppError } from '@shared/contract/errors';
import { appErrorOf, channelKey, useChannelMutation, useChannelQuery } from './query';

/**
 * The installation's facts (owner, language, counts, settings, the user's name) as one query,
 * `app:info`: every write refetches it (its domain is always affected, shared/contract/domains.ts).
 */
export const APP_INFO_KEY = channelKey('app:info', {});

export function useAppInfoQuery() {
  return useChannelQuery('app:info', {});
}

/** The app's facts, null until the first answer. */
export function useAppInfo(): AppInfo | null {
  return useAppInfoQuery().data ?? null;
}

/** The language the UI shows: the saved one (Swedish until it is known). */
export function useLanguage(): Language {
  return useAppInfoQuery().data?.language ?? 'sv';
}

/** Setting up the installation: the owner, with the user's name that writes are signed with (optional). */
export function useCompleteSetup() {
  const client = useQueryClient();
  const name = useChannelMutation('settings:update');
  const setup = useChannelMutation('setup:complete', {
    onSuccess: (info) => {
      client.setQueryData(APP_INFO_KEY, info);
    },
  });
  const { mutateAsync: saveName, reset: resetName } = name;
  const { mutateAsync: saveOwner } = setup;
  const complete = useCallback(
    async (ownerCode: string, userName: string): Promise<boolean> => {
      resetName();
      const trimmed = userName.trim();
      // the name first: once the owner is set the first-run form gives way to the app
      if (trimmed !== '' && (await saveName({ userName: trimmed }).catch(() => null)) === null) return false;
      return (await saveOwner({ ownerCode }).catch(() => null)) !== null;
    },
    [saveName, resetName, saveOwner],
  );
  return { complete, saving: name.isPending || setup.isPending, error: appErrorOf(name.error ?? setup.error) };
}

export type LanguageSetting = { language: Language; change: (language: Language) => void; saving: boolean; error: AppError | null };

/** The language choice: shown at once, saved, and taken back when saving is refused. */
export function useLanguageSetting(): LanguageSetting {
  const client = useQueryClient();
  const language = useLanguage();
  const save = useChannelMutation('settings:update', {
    onSuccess: (info) => {
      client.setQueryData(APP_INFO_KEY, info);
    },
  });
  const { mutate } = save;
  const change = useCallback(
    (next: Language) => {
      const before = client.getQueryData<AppInfo>(APP_INFO_KEY);
      if (before) client.setQueryData(APP_INFO_KEY, { ...before, language: next });
      mutate(
        { language: next },
        {
          onError: () => {
            const now = client.getQueryData<AppInfo>(APP_INFO_KEY);
            if (before && now) client.setQueryData(APP_INFO_KEY, { ...now, language: before.language });
          },
        },
      );
    },
    [client, mutate],
  );
  return { language, change, saving: save.isPending, error: appErrorOf(save.error) };
}
