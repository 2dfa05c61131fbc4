import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionText } from '../../components/history/history-words';
import { useActorText } from '../../components/history/useActorText';
import { asWord } from '../../components/undo/undo-words';
import type { AuditListEntry, AuditSort, AuditSortColumn } from '@shared/contract/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { Pager } from '../../components/Pager';
import { Spinner } from '../../components/Spinner';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger, formatTimestamp } from '../../format';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { useLoad } from '../costs/common/useCall';
import { Progress } from './BackupsView';
import './durability.css';

const AUDIT_PAGE_SIZE = 50;

function VerifyPanel() {
  const { t } = useTranslation();
  // a check the user asks for, each time anew: an action, not a cached read
  const verify = useChannelMutation('audit:verify');
  const result = verify.isPending ? null : (verify.data ?? null);
  const verifying = verify.isPending;
  const error = appErrorOf(verify.error);
  return (
    <section className="panel stack" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('durability.audit.verifyHeading')}</h2>
      <p>{t('durability.audit.verifyLead')}</p>
      {verifying && <Progress label={t('durability.audit.verifying')} />}
      {error && <ErrorAlert heading={t('durability.audit.verifyFailed')} error={error} headingLevel={3} />}
      {result && result.ok && (
        <div className="alert chain-ok" role="status" data-testid="audit-verify-result">
          <p className="alert__heading">
            {t('durability.audit.chainOk', { count: result.entries, entries: formatInteger(result.entries) })}
          </p>
        </div>
      )}
      {result && !result.ok && (
        <div className="alert alert--error" role="alert" data-testid="audit-verify-result">
          <p className="alert__heading">{t('durability.audit.chainBroken', { seq: result.firstBrokenSeq ?? '?' })}</p>
          <p className="alert__message">{result.reason}</p>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={verifying} onClick={() => verify.mutate({})}>
          {verifying && <Spinner />}
          {t('durability.audit.verify')}
        </button>
      </div>
    </section>
  );
}

const NEWEST_FIRST: AuditSort = { column: 'seq', direction: 'desc' };

/** An audit entry's record type and action in words (never a table name or an action code). */
function useAuditWords() {
  const { t, i18n } = useTranslation();
  const actor = useActorText();
  return useMemo(() => {
    const word = asWord(t);
    return {
      actor,
      entity: (entity: string) =>
        i18n.exists(`durability.audit.entities.${entity}`)
          ? word(`durability.audit.entities.${entity}`)
          : i18n.exists(`packages.recordType.${entity}`)
            ? word(`packages.recordType.${entity}`)
            : word('durability.audit.otherEntity'),
      action: (action: string) =>
        i18n.exists(`durability.audit.actions.${action}`)
          ? word(`durability.audit.actions.${action}`)
          : actionText({ action, before: null, after: null, names: {} }, word),
    };
  }, [t, i18n, actor]);
}

/** One page of the log as a dense table; the order is the database's, across all pages (the header only asks for it). */
function AuditTable({
  rows,
  total,
  sort,
  onSort,
}: {
  rows: readonly AuditListEntry[];
  total: number;
  sort: AuditSort;
  onSort: (sort: AuditSort) => void;
}) {
  const { t } = useTranslation();
  const words = useAuditWords();
  const sorting = {
    sort: sort.column,
    descending: sort.direction === 'desc',
    onSort: (column: AuditSortColumn, descending: boolean) => onSort({ column, direction: descending ? 'desc' : 'asc' }),
  };
  const columns = useMemo<HeaderColumn<AuditSortColumn>[]>(
    () => [
      { id: 'seq', label: t('durability.audit.seq'), sortKey: 'seq', numeric: true },
      { id: 'at', label: t('durability.audit.at'), sortKey: 'at' },
      { id: 'actor', label: t('durability.audit.actor'), sortKey: 'actor' },
      { id: 'action', label: t('durability.audit.action') },
      { id: 'entity', label: t('durability.audit.entity') },
      { id: 'record', label: t('durability.audit.record'), sortKey: 'record' },
      { id: 'hash', label: t('durability.audit.hash') },
    ],
    [t],
  );
  const caption = t('durability.audit.caption', { count: total, total: formatInteger(total) });
  return (
    <div className="dense-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table--compact table--dense" data-testid="audit-table">
        <SortableTableHead<AuditSortColumn> caption={caption} captionVisible columns={columns} sorting={sorting} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <th scope="row" className="numeric">
                {formatInteger(row.seq)}
              </th>
              <td className="nowrap">{formatTimestamp(row.at)}</td>
              <td>{words.actor(row.actor)}</td>
              <td>{words.action(row.action)}</td>
              <td>{words.entity(row.entity)}</td>
              <td>
                {row.recordId === null ? (
                  '–'
                ) : (
                  <span title={t('durability.audit.recordIdTitle', { id: row.recordId })}>{row.recordName ?? '–'}</span>
                )}
              </td>
              <td className="audit-log__hash">
                <abbr title={row.hash}>{row.hash.slice(0, 12)}</abbr>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditLogView() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<AuditSort>(NEWEST_FIRST);
  const { data: page, loading, error } = useLoad('audit:list', { offset, limit: AUDIT_PAGE_SIZE, entity: null, recordId: null, sort });
  useDocumentTitle(t('durability.audit.title'));
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('durability.audit.title')}</h1>
      <p className="lead">{t('durability.audit.lead')}</p>
      <VerifyPanel />
      <section className="stack" aria-labelledby="audit-entries-heading">
        <h2 id="audit-entries-heading">{t('durability.audit.entriesHeading')}</h2>
        {loading && !page && <LoadingStatus text={t('durability.audit.loading')} />}
        {error && <ErrorAlert heading={t('durability.audit.listFailed')} error={error} headingLevel={3} />}
        {page && (
          <>
            <AuditTable
              rows={page.rows}
              total={page.total}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setOffset(0);
              }}
            />
            <Pager
              page={Math.floor(offset / AUDIT_PAGE_SIZE)}
              pageSize={AUDIT_PAGE_SIZE}
              total={page.total}
              onPage={(next) => setOffset(next * AUDIT_PAGE_SIZE)}
              label={t('durability.audit.pager')}
            />
          </>
        )}
      </section>
    </div>
  );
}
