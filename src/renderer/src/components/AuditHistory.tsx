import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@shared/contract/records';
import { formatTimestamp } from '../format';
import { auditChanges, type AuditChange } from './audit-format';
import { useValueLabel } from './useValueLabel';

const ACTIONS = ['create', 'update', 'end', 'delete', 'correction', 'end-successor'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

function ChangeItem({ change }: { change: AuditChange }) {
  const { t } = useTranslation();
  const label = useValueLabel();
  const name = change.known ? t(`audit.fields.${change.known}`) : change.field;
  const before = label(change.field, change.before);
  const after = label(change.field, change.after);
  return (
    <li>
      <span className="audit__field">{name}:</span>{' '}
      {change.before !== null && (
        <>
          <del className="audit__before">
            <span className="visually-hidden">{t('audit.was')} </span>
            {before}
          </del>{' '}
          <span aria-hidden="true">→</span>{' '}
        </>
      )}
      <ins className="audit__after">
        <span className="visually-hidden">{t('audit.now')} </span>
        {after}
      </ins>
    </li>
  );
}

type Props = { entries: AuditEntryView[]; caption: string };

/** Who changed what and when, newest first, as before → after per field. */
export function AuditHistory({ entries, caption }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('audit.empty')}</p>;
  return (
    <table className="table table--compact" data-testid="audit-history">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.changes')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const changes = auditChanges(entry.before, entry.after);
          return (
            <tr key={entry.seq}>
              <td className="nowrap">{formatTimestamp(entry.at)}</td>
              <td>{isAction(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}</td>
              <td>{entry.actor}</td>
              <td>
                {changes.length === 0 ? (
                  <span className="muted">{t('audit.noFieldChanges')}</span>
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
