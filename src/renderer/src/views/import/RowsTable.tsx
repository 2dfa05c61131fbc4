import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ROW_KINDS, type ImportRowKind, type ImportRowResult } from '@shared/contract/register-import';
import { Pager } from '../../components/Pager';
import { seatLabelText } from '../../components/hr-names';
import { formatPercentBp } from '../../format';
import { reasonText } from './import-reasons';

const PAGE = 100;

function Empty() {
  const { t } = useTranslation();
  return <span className="muted">{t('common.none')}</span>;
}

/** The values a row saves (for a rejected row: the name and group as written). */
function ValueCells({ row }: { row: ImportRowResult }) {
  const { t } = useTranslation();
  const v = row.values;
  return (
    <>
      <td>{v.name ?? row.name ?? <Empty />}</td>
      <td>{v.group ?? row.group ?? <Empty />}</td>
      <td>{v.role === null ? <Empty /> : t(`role.${v.role}`)}</td>
      <td className="numeric">{v.allocationBp === null ? <Empty /> : formatPercentBp(v.allocationBp)}</td>
      <td>
        {v.startDate === null ? (
          <Empty />
        ) : (
          <>
            <span className="import-rows__date">{v.startDate}</span> – <span className="import-rows__date">{v.endDate ?? ''}</span>
          </>
        )}
      </td>
      <td>{v.seat === null ? <Empty /> : seatLabelText(v.seat, t)}</td>
    </>
  );
}

/** Every row with what will happen to it and why a row is rejected; filterable by outcome. */
export function RowsTable({ rows }: { rows: ImportRowResult[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ImportRowKind | ''>('');
  const [page, setPage] = useState(0);
  const shown = kind === '' ? rows : rows.filter((r) => r.kind === kind);
  const pageRows = shown.slice(page * PAGE, (page + 1) * PAGE);
  return (
    <div className="stack">
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-kind`}>
          {t('import.showRows')}
        </label>
        <select
          id={`${id}-kind`}
          className="field__input"
          value={kind}
          onChange={(e) => {
            setKind(IMPORT_ROW_KINDS.find((k) => k === e.target.value) ?? '');
            setPage(0);
          }}
        >
          <option value="">{t('import.allRows', { count: rows.length })}</option>
          {IMPORT_ROW_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`import.kind.${k}`)} ({rows.filter((r) => r.kind === k).length})
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll" role="region" aria-label={t('import.rowsCaption')} tabIndex={0}>
        <table className="table table--compact import-rows" data-testid="import-rows">
          <caption className="visually-hidden">{t('import.rowsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('import.row')}
              </th>
              <th scope="col">{t('import.outcomeAndReason')}</th>
              <th scope="col">{t('import.name')}</th>
              <th scope="col">{t('import.group')}</th>
              <th scope="col">{t('import.role')}</th>
              <th scope="col" className="numeric">
                {t('import.share')}
              </th>
              <th scope="col">{t('import.period')}</th>
              <th scope="col">{t('import.seat')}</th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((r) => (
              <tr key={r.row} data-kind={r.kind} className={r.kind === 'rejected' ? 'row--flagged' : undefined}>
                <th scope="row" className="numeric">
                  {r.row}
                </th>
                <td className="import-rows__outcome">
                  <span className={`import-kind import-kind--${r.kind}`}>{t(`import.kind.${r.kind}`)}</span>
                  {r.createsPerson && <span className="cell-sub">{t('import.createsPerson')}</span>}
                  {r.reason && <span className="import-rows__reason">{reasonText(r.reason, t)}</span>}
                </td>
                <ValueCells row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > PAGE && <Pager page={page} pageSize={PAGE} total={shown.length} onPage={setPage} label={t('import.rowsPager')} />}
    </div>
  );
}
