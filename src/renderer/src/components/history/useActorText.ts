import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOwner } from '../../store/selectors';
import { asWord } from '../undo/undo-words';
import { actorText } from './history-words';

/**
 * Who acted, worded for the user (history, audit log, erasures, trusted keys): the configured name, a CLI
 * actor as such, and without a name the installation's region "(inget namn angivet)" — never a login.
 */
export function useActorText(): (actor: string) => string {
  const { t } = useTranslation();
  const installation = useOwner()?.name ?? null;
  return useCallback((actor: string) => actorText(actor, asWord(t), installation), [t, installation]);
}
