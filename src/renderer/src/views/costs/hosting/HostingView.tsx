import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostItemRow, HostingDetail } from '@shared/contract/cost/records';
import type { HostingReport } from '@shared/contract/cost/reports';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { hrefFor } from '../../../router';
import { useStore } from '../../../store';
import { RowActions, TableHead, YearSelect } from '../common/controls';
import { exactKronor, formatBp, kr } from '../common/format';
import { HostingReportBlock, useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';
import { HostingSettings } from './HostingSettings';
import { CopyYearForm } from './CopyYearForm';
import { ItemForm } from './ItemForm';

/** One hosting: its settings, the cost items of a year, the total and the split per region. */
export function HostingView({ id }: { id: string }) {
  const { t } = useTranslation();
  const year = useStore((s) => s.costYear);
  const setYear = useStore((s) => s.setCostYear);
  const name = useRegionName();
  const loaded = useLoad('hostings:get', { id });
  const [detail, setDetail] = useState<HostingDetail | null>(null);
  const report = useLoad('cost-report:hosting', { hostingId: id, year });
  const remove = useAction();
  const [editing, setEditing] = useState<CostItemRow | null>(null);
  const current = detail ?? loaded.data;
  useDocumentTitle(current ? current.hosting.groupName : t('costs.hostings.title'));
  const changed = (d: HostingDetail) => {
    setEditing(null);
    setDetail(d);
  };
  if (loaded.error) return <ErrorAlert heading={t('costs.hosting.loadFailed')} error={loaded.error} />;
  if (!current) return <LoadingStatus text={t('costs.common.loading')} />;
  const h = current.hosting;
  /** The default salary the calculation used for an item (the report's trace), or that none was found. */
  const defaultSalaryText = (itemId: string, hostingReport: HostingReport | null | undefined): string => {
    if (!hostingReport) return t('costs.item.defaultSalary');
    const line = hostingReport.lines.find((l) => l.costItemId === itemId);
    if (line?.trace.kind !== 'STAFFED_ROLE') return t('costs.item.defaultSalaryMissing');
    return t('costs.item.defaultSalaryAmount', { amount: exactKronor(line.trace.salary.monthlySalaryOre) });
  };
  const items = current.items.filter((i) => i.year === year);
  return (
    <div className="stack stack--large">
      <div className="stack">
        <nav aria-label={t('costs.hosting.breadcrumb')} className="breadcrumb">
          <a href={hrefFor('costHostings')}>{t('costs.hostings.title')}</a>
        </nav>
        <h1 tabIndex={-1}>{`${t(`groupType.${h.groupType}`)} ${h.groupName}`}</h1>
        <p className="lead">
          {t('costs.hosting.lead', {
            host: name(h.hostHealthcareRegionCode),
            status: t(`costs.status.${h.status}`),
            start: h.startDate,
            end: h.endDate ?? '…',
          })}
        </p>
        {h.readOnly && <p className="notice notice--info">{t('costs.hosting.readOnly', { owner: name(h.owner) })}</p>}
        <HostingSettings detail={current} onSaved={changed} />
        <div className="filters">
          <YearSelect value={year} onChange={setYear} />
        </div>
      </div>
      <section className="stack" aria-labelledby="cost-items-h">
        <h2 id="cost-items-h">{t('costs.hosting.itemsHeading', { year })}</h2>
        {items.length === 0 ? (
          <p>{t('costs.hosting.noItems', { year })}</p>
        ) : (
          <div className="table-scroll">
            <table className="table table--compact" data-testid="items-table">
              <caption className="visually-hidden">{t('costs.hosting.itemsHeading', { year })}</caption>
              <TableHead
                text={[t('costs.item.label'), t('costs.item.kind'), t('costs.item.role')]}
                numeric={[t('costs.item.shareColumn'), t('costs.item.salaryOrAmount')]}
                actions
              />
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.label}</th>
                    <td>{t(`costs.itemKind.${item.kind}`)}</td>
                    <td>
                      {item.role
                        ? `${t(`role.${item.role as 'MEMBER'}`, { defaultValue: item.role })}${item.profession ? `, ${item.profession}` : ''}`
                        : '–'}
                    </td>
                    <td className="numeric">{item.allocationBp !== null ? formatBp(item.allocationBp) : '–'}</td>
                    <td className="numeric">
                      {item.kind === 'FIXED_AMOUNT'
                        ? kr(item.amountOre ?? 0)
                        : item.monthlySalaryOre !== null
                          ? t('costs.item.perMonth', { amount: kr(item.monthlySalaryOre) })
                          : defaultSalaryText(item.id, report.data)}
                    </td>
                    <td>
                      {!h.readOnly && (
                        <RowActions
                          editLabel={t('costs.item.editNamed', { label: item.label })}
                          deleteLabel={t('costs.item.deleteNamed', { label: item.label })}
                          busy={remove.busy}
                          onEdit={() => setEditing(item)}
                          onDelete={() =>
                            void remove
                              .run(() => call('cost-items:delete', { id: item.id, version: item.version }))
                              .then((d) => d && changed(d))
                          }
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {remove.error && <ErrorAlert heading={t('costs.item.deleteFailed')} error={remove.error} headingLevel={3} />}
        {!h.readOnly && editing?.year === year && (
          <ItemForm
            key={`edit-${editing.id}`}
            hostingId={h.id}
            year={year}
            editing={editing}
            onSaved={changed}
            onCancel={() => setEditing(null)}
          />
        )}
        {!h.readOnly && (
          <ItemForm key="new" hostingId={h.id} year={year} editing={null} onSaved={changed} onCancel={() => setEditing(null)} />
        )}
        {!h.readOnly && items.length > 0 && <CopyYearForm key={`copy-${year}`} hostingId={h.id} year={year} onCopied={changed} />}
      </section>
      <div className="panel">
        {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
        {report.data && <HostingReportBlock report={report.data} />}
      </div>
    </div>
  );
}
