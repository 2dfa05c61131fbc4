import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@shared/contract/records';
import { formatTimestamp } from '../format';
import { actionText, historyChanges, subjectText, type CodeNames, type HistoryChange } from './history/history-words';
import { asWord } from './undo/undo-words';
import { useActorText } from './history/useActorText';
import { useLookups } from './useLookups';

function ChangeItem({ change }: { change: HistoryChange }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <li>
      <span className="audit__field">{change.label}</span>{' '}
      {change.before !== null && (
        <>
          <del className="audit__before">
            <span className="visually-hidden">{t('history.was')} </span>
            {change.before}
          </del>{' '}
          <span aria-hidden="true">→</span>{' '}
        </>
      )}
      <ins className="audit__after">
        <span className="visually-hidden">{t('history.now')} </span>
        {change.after ?? none}
      </ins>
    </li>
  );
}

type Props = {
  entries: AuditEntryView[];
  caption: string;
  /** A person's or group's page: its assignments' entries say which assignment they are about. */
  context?: 'person' | 'group';
};

/** Who changed what and when, newest first, in words: the action, the configured name, and field: before → after. */
export function AuditHistory({ entries, caption, context }: Props) {
  const { t } = useTranslation();
  const word = asWord(t);
  const lookups = useLookups();
  const actor = useActorText();
  const codes: CodeNames = { region: lookups.regionName, healthcareRegion: lookups.healthcareRegionName };
  if (entries.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <table className="table table--compact" data-testid="audit-history">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.at')}</th>
          <th scope="col">{t('history.what')}</th>
          <th scope="col">{t('history.actor')}</th>
          <th scope="col">{t('history.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const changes = historyChanges(entry, word, codes);
          const subject = context ? subjectText(entry, context, word) : null;
          return (
            <tr key={entry.seq}>
              <td className="nowrap">{formatTimestamp(entry.at)}</td>
              <td>
                {actionText(entry, word)}
                {subject && <span className="audit__subject"> · {subject}</span>}
              </td>
              <td>{actor(entry.actor)}</td>
              <td>
                {changes.length === 0 ? (
                  <span className="muted">{t('history.noFieldChanges')}</span>
                ) : (
                  <ul className="audit__changes">
                    {changes.map((change) => (
                      <ChangeItem key={change.field} change={change} />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
