import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/contract/packages';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useClientSort } from '../../components/table/useClientSort';
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

type SortKey = 'at' | 'direction' | 'origin' | 'recipient' | 'scope' | 'sequence' | 'status' | 'records';

/** The words a history row shows (and sorts by) for its recipient and scope. */
function useHistoryWords() {
  const { t } = useTranslation();
  const owner = useOwnerName();
  return useMemo(
    () => ({
      owner,
      recipient: (e: HistoryEntry) => (e.recipient === null || e.recipient === '*' ? t('packages.noRecipient') : owner(e.recipient)),
      scope: (e: HistoryEntry) =>
        e.scope === 'own' || e.scope === 'healthcare-region' || e.scope === 'hosting' ? t(`packages.scope.${e.scope}`) : e.scope,
    }),
    [t, owner],
  );
}

function HistoryRow({ entry, words }: { entry: HistoryEntry; words: ReturnType<typeof useHistoryWords> }) {
  const { t } = useTranslation();
  return (
    <tr data-direction={entry.direction} data-status={entry.status}>
      <th scope="row" className="nowrap">
        {formatTimestamp(entry.at)}
      </th>
      <td>{t(`packages.direction.${entry.direction}`)}</td>
      <td>{words.owner(entry.originOwner)}</td>
      <td>{words.recipient(entry)}</td>
      <td>{words.scope(entry)}</td>
      <td className="numeric">{entry.sequence}</td>
      <td>{t(`packages.status.${entry.status}`)}</td>
      <td className="numeric">{formatInteger(entry.totalRecords)}</td>
      <td>
        <ShortHash value={entry.sha256} />
      </td>
    </tr>
  );
}

/** Every package in and out as a dense table, newest first until the user sorts by another column. */
function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  const words = useHistoryWords();
  const values = useMemo(
    () => ({
      at: (e: HistoryEntry) => e.at,
      direction: (e: HistoryEntry) => t(`packages.direction.${e.direction}`),
      origin: (e: HistoryEntry) => words.owner(e.originOwner),
      recipient: (e: HistoryEntry) => words.recipient(e),
      scope: (e: HistoryEntry) => words.scope(e),
      sequence: (e: HistoryEntry) => e.sequence,
      status: (e: HistoryEntry) => t(`packages.status.${e.status}`),
      records: (e: HistoryEntry) => e.totalRecords,
    }),
    [t, words],
  );
  const sorted = useClientSort<HistoryEntry, SortKey>(entries, values);
  const columns = useMemo<HeaderColumn<SortKey>[]>(() => {
    const sortable: SortKey[] = ['at', 'direction', 'origin', 'recipient', 'scope', 'sequence', 'status', 'records'];
    return [
      ...sortable.map((key) => ({
        id: key,
        label: t(`packages.history.column.${key}`),
        sortKey: key,
        numeric: key === 'sequence' || key === 'records',
      })),
      { id: 'sha256', label: t('packages.history.column.sha256') },
    ];
  }, [t]);
  if (entries.length === 0)
    return (
      <p className="muted" data-testid="history-empty">
        {t('packages.history.empty')}
      </p>
    );
  return (
    <div className="dense-scroll" role="region" aria-label={t('packages.history.caption')} tabIndex={0}>
      <table className="table table--compact table--dense" data-testid="history-table">
        <SortableTableHead<SortKey> caption={t('packages.history.caption')} columns={columns} sorting={sorted} />
        <tbody>
          {sorted.rows.map((entry) => (
            <HistoryRow key={`${entry.direction}/${entry.packageId}/${entry.at}`} entry={entry} words={words} />
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
