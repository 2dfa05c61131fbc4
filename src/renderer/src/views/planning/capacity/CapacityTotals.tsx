import { memo, useId, useRef } from 'react';
import type { HeatLimits } from './heat-scale';
import { useHeat } from './useHeat';
import { useTranslation } from 'react-i18next';
import type { CapacityTotals as Totals, MonthColumn, MonthlySum } from '@shared/contract/planning';
import { CAPACITY_BANDS } from '@shared/contract/planning';
import { ChartWithTable } from '../../../components/charts/ChartWithTable';
import { formatInteger } from '../../../format';
import { useLanguage } from '../../../store/selectors';
import { formatFte, monthLabel, monthShortName } from '../common/format';
import { MonthChart } from '../common/MonthChart';
import { BandLabel } from './BandLabel';

type Row = MonthlySum & { key: string; name: string; persons: number };

/**
 * An FTE sum coloured on the grid's scale by the average share per row (FTE ÷ persons), so a region
 * whose members are near full load reads as warm as their own rows do.
 */
function HeatSum({ fte, persons, limits }: { fte: number; persons: number; limits: HeatLimits }) {
  const ref = useRef<HTMLTableCellElement>(null);
  useHeat(ref, fte === 0 || persons === 0 ? null : (fte * 10_000) / persons, limits);
  return (
    <td ref={ref} className="numeric cap-cell totals-table__cell">
      {formatFte(fte)}
    </td>
  );
}

/** One table of FTE per month: a row per region or organisation, the whole selection in the foot. */
function SumTable({
  caption,
  nameHeader,
  rows,
  all,
  months,
  testId,
  limits,
}: {
  caption: string;
  nameHeader: string;
  rows: Row[];
  all: MonthlySum & { persons: number };
  months: MonthColumn[];
  testId: string;
  limits: HeatLimits;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <div className="stack stack--tight">
      <h3 id={`${id}-heading`}>{caption}</h3>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-heading`} tabIndex={0} data-testid={testId}>
        <table className="table table--compact totals-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="totals-table__name">
                {nameHeader}
              </th>
              <th scope="col" className="numeric">
                {t('planning.capacity.totals.persons')}
              </th>
              {months.map((m) => (
                <th key={m.month} scope="col" className="numeric" abbr={monthLabel(m.month, language)}>
                  {monthShortName(m.month, language)}
                  <span className="cell-sub">{m.month.slice(0, 4)}</span>
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('planning.capacity.totals.average')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">{r.name}</th>
                <td className="numeric">{formatInteger(r.persons)}</td>
                {r.fte.map((v, i) => (
                  <HeatSum key={months[i]?.month ?? i} fte={v} persons={r.persons} limits={limits} />
                ))}
                <td className="numeric">{formatFte(r.averageFte)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-key="all">
              <th scope="row">{t('planning.capacity.totals.all')}</th>
              <td className="numeric">{formatInteger(all.persons)}</td>
              {all.fte.map((v, i) => (
                <td key={months[i]?.month ?? i} className="numeric">
                  {formatFte(v)}
                </td>
              ))}
              <td className="numeric">{formatFte(all.averageFte)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/** FTE per month for the whole selection (chart and table), per region and per organisation, and cells per band. */
/** Memoised: rows fetched while the grid scrolls leave the totals alone, so they do not render again. */
export const CapacityTotals = memo(function CapacityTotals({
  totals,
  months,
  limits,
}: {
  totals: Totals;
  months: MonthColumn[];
  limits: HeatLimits;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const all = { ...totals.all, persons: totals.persons };
  const data = months.map((m, i) => ({ label: monthShortName(m.month, language), month: m.month, fte: totals.all.fte[i] ?? 0 }));
  const peak = data.reduce((best, d) => (d.fte > best.fte ? d : best), data[0] ?? { label: '', month: '', fte: 0 });
  const unknown = t('planning.capacity.totals.unknown');
  const regionRows: Row[] = totals.byRegion.map((r) => ({ ...r, key: r.regionCode ?? 'none', name: r.regionName ?? unknown }));
  const organisationRows: Row[] = totals.byOrganisation.map((o) => ({
    ...o,
    key: o.organisationId ?? 'none',
    name: o.organisationName ?? unknown,
  }));
  // the placeholder rows (vacant seats, planned roles) have no region or organisation of their own: one row in each table
  if (totals.planned.rows > 0) {
    const planned: Row = {
      ...totals.planned,
      key: 'planned',
      name: t('planning.capacity.heat.plannedTotal'),
      persons: totals.planned.rows,
    };
    regionRows.push(planned);
    organisationRows.push(planned);
  }
  const chartTable = (
    <table className="table table--compact">
      <caption className="visually-hidden">{t('planning.capacity.totals.chartTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning.capacity.totals.month')}</th>
          <th scope="col" className="numeric">
            {t('planning.capacity.totals.fte')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.month} data-month={d.month}>
            <th scope="row">{monthLabel(d.month, language)}</th>
            <td className="numeric">{formatFte(d.fte)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="stack" aria-labelledby="capacity-totals-heading" data-testid="capacity-totals">
      <h2 id="capacity-totals-heading">{t('planning.capacity.totals.heading')}</h2>
      <p className="summary-line" data-testid="capacity-summary">
        {t('planning.capacity.totals.summary', { persons: formatInteger(totals.persons), average: formatFte(totals.all.averageFte) })}
      </p>
      <div className="totals-pair">
        <SumTable
          caption={t('planning.capacity.totals.byRegion')}
          nameHeader={t('planning.capacity.region')}
          rows={regionRows}
          all={all}
          months={months}
          testId="totals-region"
          limits={limits}
        />
        <SumTable
          caption={t('planning.capacity.totals.byOrganisation')}
          nameHeader={t('planning.capacity.organisation')}
          rows={organisationRows}
          all={all}
          months={months}
          testId="totals-organisation"
          limits={limits}
        />
      </div>
      <ul className="status-counts" aria-label={t('planning.capacity.totals.bandCounts')} data-testid="band-counts">
        {CAPACITY_BANDS.map((band) => (
          <li key={band} data-band={band}>
            <span className={`cap-swatch cap-cell--${band.toLowerCase()}`} aria-hidden="true" />
            <BandLabel band={band} /> <strong>{formatInteger(totals.bandCounts[band])}</strong>
          </li>
        ))}
      </ul>
      <div className="panel">
        <ChartWithTable
          layout="side"
          title={t('planning.capacity.totals.chartTitle')}
          tableLabel={t('planning.common.tableOf', { title: t('planning.capacity.totals.chartTitle') })}
          description={t('planning.capacity.totals.chartDescription', {
            peak: formatFte(peak.fte),
            month: peak.month ? monthLabel(peak.month, language) : '–',
            average: formatFte(totals.all.averageFte),
          })}
          chart={<MonthChart data={data} series={[{ key: 'fte', name: t('planning.capacity.totals.fte'), kind: 'bar' }]} height={220} />}
          table={chartTable}
          testId="capacity-chart"
        />
      </div>
    </section>
  );
});
