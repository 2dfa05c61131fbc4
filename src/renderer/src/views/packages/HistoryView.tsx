import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/contract/packages';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { formatInteger, formatTimestamp } from '../../format';
import { useAction, useLoad } from '../costs/common/useCall';
import { RecipientsTable } from './RecipientsTable';
import { useOwnerName } from './Summary';

/** A SHA-256 shortened to its first 8 digits; the full value opens below it. */
function ShortHash({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <details className="hash">
      <summary>
        <span className="fingerprint">{`${value.slice(0, 8)}…`}</span>
        <span className="visually-hidden">{t('packages.history.showHash')}</span>
      </summary>
      <span className="fingerprint hash__full">{value}</span>
    </details>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const owner = useOwnerName();
  return (
    <tr data-direction={entry.direction} data-status={entry.status}>
      <td className="nowrap">{formatTimestamp(entry.at)}</td>
      <td>{t(`packages.direction.${entry.direction}`)}</td>
      <td>{owner(entry.originOwner)}</td>
      <td>{entry.recipient === null || entry.recipient === '*' ? t('packages.noRecipient') : owner(entry.recipient)}</td>
      <td>
        {entry.scope === 'own' || entry.scope === 'healthcare-region' || entry.scope === 'hosting'
          ? t(`packages.scope.${entry.scope}`)
          : entry.scope}
      </td>
      <td>{entry.sequence}</td>
      <td>{t(`packages.status.${entry.status}`)}</td>
      <td>{formatInteger(entry.totalRecords)}</td>
      <td>
        <ShortHash value={entry.sha256} />
      </td>
    </tr>
  );
}

function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="history-empty">
        {t('packages.history.empty')}
      </p>
    );
  const columns = ['at', 'direction', 'origin', 'recipient', 'scope', 'sequence', 'status', 'records', 'sha256'] as const;
  return (
    <div className="table-scroll package-scroll">
      <table className="table table--compact" data-testid="history-table">
        <caption className="visually-hidden">{t('packages.history.caption')}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {t(`packages.history.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <HistoryRow key={`${entry.direction}/${entry.packageId}/${entry.at}`} entry={entry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UndoLast({ entry, onUndone }: { entry: HistoryEntry; onUndone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const action = useAction();
  const owner = useOwnerName();
  const undo = async () => {
    const result = await action.run(() => call('packages:undo-last', {}));
    if (!result) return;
    setOpen(false);
    onUndone(t('packages.history.undone', { origin: owner(result.originOwner), count: result.restoredRecords }));
  };
  return (
    <div className="stack stack--tight">
      <div className="actions">
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          {t('packages.history.undo')}
        </button>
      </div>
      {action.error && !open && <ErrorAlert heading={t('packages.history.undoFailed')} error={action.error} headingLevel={3} />}
      <Dialog open={open} title={t('packages.history.undoTitle')} onClose={() => setOpen(false)}>
        <p>
          {t('packages.history.undoLead', { origin: owner(entry.originOwner), sequence: entry.sequence, at: formatTimestamp(entry.at) })}
        </p>
        {action.error && <ErrorAlert heading={t('packages.history.undoFailed')} error={action.error} headingLevel={3} />}
        <div className="actions">
          <button type="button" className="button button--danger" disabled={action.busy} onClick={() => void undo()}>
            {t('packages.history.undoConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

/** Every package in and out, the undo of the most recent import, and whose data went where. */
export function HistoryView() {
  const { t } = useTranslation();
  const history = useLoad('packages:history', {});
  const [notice, setNotice] = useState<string | null>(null);
  const undoable = history.data?.entries.find((e) => e.undoable) ?? null;
  return (
    <div className="stack stack--large">
      <section className="panel stack" aria-labelledby="history-heading" aria-busy={history.loading}>
        <h2 id="history-heading">{t('packages.history.heading')}</h2>
        {notice && (
          <p className="notice notice--success" role="status" data-testid="undo-notice">
            {notice}
          </p>
        )}
        {history.loading && !history.data && <LoadingStatus text={t('packages.history.loading')} />}
        {history.error && <ErrorAlert heading={t('packages.history.loadFailed')} error={history.error} headingLevel={3} />}
        {undoable && (
          <UndoLast
            entry={undoable}
            onUndone={(message) => {
              setNotice(message);
              history.reload();
            }}
          />
        )}
        {history.data && <HistoryTable entries={history.data.entries} />}
      </section>
      <RecipientsTable />
    </div>
  );
}
