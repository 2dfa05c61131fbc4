import type { TFunction } from 'i18next';
import type { AppError } from '@shared/contract/errors';
import { wordError } from '../i18n/word-error';
import { formatTimestamp } from '../format';
import { actorText } from './history/history-words';
import { asWord } from './undo/undo-words';
import { seatLabelText } from './hr-names';

const ENTITIES = ['memberships', 'persons', 'groups', 'organisations'] as const;
type Entity = (typeof ENTITIES)[number] | 'other';

function entityOf(value: string | number | undefined): Entity {
  return (ENTITIES as readonly unknown[]).includes(value) ? (value as Entity) : 'other';
}

/**
 * What a failed call says, in the user's language: a refusal with a detail (`record.stale`,
 * `seat.taken` …) is worded from the translation files with its parameters; anything else falls back
 * to the message catalogue (src/shared/messages), then to main's one-line message. `ownerName` turns an
 * owner code into a name.
 */
export function errorText(
  error: AppError,
  t: TFunction,
  language: string,
  ownerName: (code: string) => string | null = () => null,
): string {
  const detail = error.detail;
  if (!detail) return error.message;
  const p = detail.params;
  const what = t(`corrections.detail.entity.${entityOf(p['entity'])}`);
  switch (detail.key) {
    case 'record.notFound':
      return t('corrections.detail.record.notFound', { what });
    case 'record.readOnly': {
      const owner = String(p['owner'] ?? '');
      return t('corrections.detail.record.readOnly', { what, owner: ownerName(owner) ?? owner });
    }
    case 'record.stale':
      return staleText(what, p, t, ownerName(String(p['owner'] ?? '')));
    case 'seat.taken': {
      const end = String(p['holderEnd'] ?? '');
      const values = {
        seat: seatLabelText(String(p['seat'] ?? ''), t),
        holder: String(p['holderName'] ?? ''),
        start: String(p['holderStart'] ?? ''),
        end: end === '' ? t('corrections.untilFurther') : end,
        from: String(p['replaceFrom'] ?? ''),
      };
      return p['replaceable'] === 1 ? t('corrections.detail.seat.takenReplaceable', values) : t('corrections.detail.seat.taken', values);
    }
    default:
      return wordError(error, language);
  }
}

/**
 * Someone else's change since the form was opened: who made it (as the history words them, the installation
 * when no name was given) and when, when the backend knows; never version numbers.
 */
function staleText(what: string, p: Record<string, string | number>, t: TFunction, installation: string | null): string {
  const by = p['changedBy'];
  const at = p['changedAt'];
  if (typeof by !== 'string' || typeof at !== 'string') return t('corrections.detail.record.stale', { what });
  return t('corrections.detail.record.staleBy', { what, who: actorText(by, asWord(t), installation), when: formatTimestamp(at) });
}
