import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import type { ExportFile } from '@shared/contract/cost/exports';
import { call } from '../../../api';
import { CHART_GRID_STROKE, CHART_MARGIN, categoryAxis, kronorAxis, legendStyle } from '../../../components/charts/axes';
import { ChartWithTable } from '../../../components/charts/ChartWithTable';
import { seriesColor } from '../../../components/charts/colors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useStore } from '../../../store';
import { useLanguage } from '../../../store/selectors';
import { downloadBase64 } from '../../planning/common/download';
import { SavedNote, ScenarioSelect, TableHead, YearSelect } from '../common/controls';
import { formatChangeBp, formatDelta, kr } from '../common/format';
import { HostingReportBlock } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';
import { InvoiceTab } from './InvoiceTab';
import { RegionSelect, RegionTab, useOwnRegions } from './regions';
import { YearWarnings } from './YearWarnings';
import { useCostHostings } from '../common/cost-lists';

type Tab = 'year' | 'hosting' | 'region' | 'multi' | 'invoice';

function ExportPanel({ year, scenarioId }: { year: number; scenarioId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const run = async (format: 'xlsx' | 'pdf' | 'csv') => {
    setDone(null);
    const channel = format === 'xlsx' ? 'costs:export-xlsx' : format === 'pdf' ? 'costs:export-pdf' : 'costs:export-csv';
    const file: ExportFile | null = await action.run(() => call(channel, { year, scenarioId, language }));
    if (!file) return;
    downloadBase64(file.fileName, file.contentBase64, file.mimeType);
    setDone(t('costs.export.done', { file: file.fileName }));
  };
  return (
    <section className="stack" aria-labelledby="cost-export-h" data-testid="cost-exports">
      <h2 id="cost-export-h">{t('costs.export.heading', { year })}</h2>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={action.busy} onClick={() => void run('xlsx')}>
          {t('costs.export.xlsx')}
        </button>
        <button type="button" className="button" disabled={action.busy} onClick={() => void run('pdf')}>
          {t('costs.export.pdf')}
        </button>
        <button type="button" className="button" disabled={action.busy} onClick={() => void run('csv')}>
          {t('costs.export.csv')}
        </button>
        <SavedNote text={done} />
      </div>
      {action.error && <ErrorAlert heading={t('costs.export.failed')} error={action.error} headingLevel={3} />}
    </section>
  );
}

function YearTab({ year, scenarioId }: { year: number; scenarioId: string | null }) {
  const { t } = useTranslation();
  const report = useLoad('cost-report:year', { year, scenarioId });
  return (
    <div className="stack stack--large">
      <ExportPanel year={year} scenarioId={scenarioId} />
      {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
      {report.loading && !report.data && <LoadingStatus text={t('costs.common.loading')} />}
      {report.data && (
        <section className="stack" aria-labelledby="cost-year-h">
          <h2 id="cost-year-h">{t('costs.report.yearHeading', { year })}</h2>
          <dl className="cost-figures">
            <div>
              <dt>{t('costs.report.hostingsTotal')}</dt>
              <dd>{kr(report.data.totals.hostingsOre)}</dd>
            </div>
            <div>
              <dt>{t('costs.report.membershipsTotal')}</dt>
              <dd>{kr(report.data.totals.membershipsOre)}</dd>
            </div>
            <div>
              <dt>{t('costs.report.contributionsTotal')}</dt>
              <dd>{kr(report.data.totals.fixedContributionsOre)}</dd>
            </div>
            <div>
              <dt>{t('costs.report.regionsTotal')}</dt>
              <dd>{kr(report.data.totals.regionsOre)}</dd>
            </div>
          </dl>
          <div className="table-scroll">
            <table className="table table--compact" data-testid="year-regions">
              <caption>{t('costs.report.regionsCaption')}</caption>
              <TableHead
                text={[t('costs.common.region')]}
                numeric={[
                  t('costs.report.hostingShares'),
                  t('costs.report.ownStaff'),
                  t('costs.report.contributions'),
                  t('costs.report.total'),
                ]}
              />
              <tbody>
                {report.data.regions.map((r) => (
                  <tr key={r.regionCode} data-region={r.regionCode}>
                    <th scope="row">{r.regionName}</th>
                    <td className="numeric">{kr(r.hostingOre)}</td>
                    <td className="numeric">{kr(r.membershipsOre)}</td>
                    <td className="numeric">{kr(r.fixedContributionsOre)}</td>
                    <td className="numeric">{kr(r.totalOre)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <YearWarnings report={report.data} />
          {report.data.hostings.map((h) => (
            <div className="panel" key={h.hostingId}>
              <HostingReportBlock report={h} headingLevel={3} />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

function HostingTab({ year, scenarioId }: { year: number; scenarioId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const hostings = useCostHostings();
  const [hostingId, setHostingId] = useState('');
  const chosen = hostingId || hostings?.[0]?.id || '';
  const report = useLoad('cost-report:hosting', chosen ? { hostingId: chosen, year, scenarioId } : null);
  return (
    <div className="stack">
      <div className="filters">
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={id}>
            {t('costs.report.hosting')}
          </label>
          <select id={id} className="field__input" value={chosen} onChange={(e) => setHostingId(e.target.value)}>
            {(hostings ?? []).map((h) => (
              <option key={h.id} value={h.id}>
                {h.groupName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hostings?.length === 0 && <p>{t('costs.hostings.none')}</p>}
      {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
      {report.data && (
        <div className="panel">
          <HostingReportBlock report={report.data} />
        </div>
      )}
    </div>
  );
}

function MultiYearTab({ scenarioId }: { scenarioId: string | null }) {
  const { t } = useTranslation();
  const own = useOwnRegions();
  const [regionCode, setRegionCode] = useState('');
  const now = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(now - 2);
  const [toYear, setToYear] = useState(now + 2);
  const chosen = regionCode || own[0]?.code || '';
  const report = useLoad(
    'cost-report:multi-year',
    chosen && toYear >= fromYear ? { regionCode: chosen, fromYear, toYear, scenarioId } : null,
  );
  const m = report.data;
  const data = (m?.years ?? []).map((y) => ({
    label: String(y.year),
    hosting: y.hostingOre / 100,
    staff: y.membershipsOre / 100,
    contributions: y.fixedContributionsOre / 100,
    total: y.totalOre / 100,
  }));
  const table = m && (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="multi-year-table">
        <caption className="visually-hidden">
          {t('costs.report.multiHeading', { region: m.regionName, from: m.fromYear, to: m.toYear })}
        </caption>
        <TableHead
          text={[t('costs.common.year')]}
          numeric={[
            t('costs.report.hostingShares'),
            t('costs.report.ownStaff'),
            t('costs.report.contributions'),
            t('costs.report.total'),
            t('costs.report.change'),
          ]}
        />
        <tbody>
          {m.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="numeric">{kr(y.hostingOre)}</td>
              <td className="numeric">{kr(y.membershipsOre)}</td>
              <td className="numeric">{kr(y.fixedContributionsOre)}</td>
              <td className="numeric">{kr(y.totalOre)}</td>
              <td className="numeric">{y.changeOre === null ? '–' : `${formatDelta(y.changeOre)} (${formatChangeBp(y.changeBp)})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const last = m?.years[m.years.length - 1];
  const first = m?.years[0];
  return (
    <div className="stack">
      <div className="filters">
        <RegionSelect value={chosen} onChange={setRegionCode} />
        <YearSelect value={fromYear} onChange={setFromYear} label={t('costs.common.fromYear')} />
        <YearSelect value={toYear} onChange={setToYear} label={t('costs.common.toYear')} />
      </div>
      {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
      {m && first && last && (
        <div className="panel cost-chart">
          <ChartWithTable
            title={t('costs.report.multiHeading', { region: m.regionName, from: m.fromYear, to: m.toYear })}
            headingLevel={2}
            description={t('costs.report.multiDescription', {
              first: first.year,
              firstTotal: kr(first.totalOre),
              last: last.year,
              lastTotal: kr(last.totalOre),
            })}
            testId="multi-year"
            chart={
              <ComposedChart data={data} width="100%" height={280} responsive accessibilityLayer={false} margin={CHART_MARGIN}>
                <CartesianGrid vertical={false} stroke={CHART_GRID_STROKE} />
                <XAxis {...categoryAxis} />
                <YAxis {...kronorAxis(90)} />
                <Legend {...legendStyle} />
                <Bar
                  dataKey="hosting"
                  name={t('costs.report.hostingShares')}
                  fill={seriesColor(0)}
                  stackId="a"
                  isAnimationActive={false}
                  maxBarSize={40}
                />
                <Bar
                  dataKey="staff"
                  name={t('costs.report.ownStaff')}
                  fill={seriesColor(1)}
                  stackId="a"
                  isAnimationActive={false}
                  maxBarSize={40}
                />
                <Bar
                  dataKey="contributions"
                  name={t('costs.report.contributions')}
                  fill={seriesColor(2)}
                  stackId="a"
                  isAnimationActive={false}
                  maxBarSize={40}
                />
                <Line
                  dataKey="total"
                  name={t('costs.report.total')}
                  stroke={seriesColor(3)}
                  strokeWidth={2}
                  strokeDasharray="6 3"
                  dot={{ r: 3, fill: '#ffffff', strokeWidth: 2 }}
                  isAnimationActive={false}
                />
              </ComposedChart>
            }
            table={table}
          />
        </div>
      )}
    </div>
  );
}

/** Reports: the year (with exports), per hosting, per region and over several years. */
export function ReportsView() {
  const { t } = useTranslation();
  const year = useStore((s) => s.costYear);
  const setYear = useStore((s) => s.setCostYear);
  const scenarioId = useStore((s) => s.costScenarioId);
  const [tab, setTab] = useState<Tab>('year');
  useDocumentTitle(t('costs.reports.title'));
  const tabs: Tab[] = ['year', 'hosting', 'region', 'multi', 'invoice'];
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.reports.title')}</h1>
        <p className="lead">{t('costs.reports.lead')}</p>
        <div className="cost-tabs" role="group" aria-label={t('costs.reports.choose')}>
          {tabs.map((x) => (
            <button key={x} type="button" className="button button--small" aria-pressed={tab === x} onClick={() => setTab(x)}>
              {x === 'invoice' ? t('costInvoice.tab') : t(`costs.reports.tab.${x}`)}
            </button>
          ))}
        </div>
        <div className="filters" role="search" aria-label={t('costs.reports.filters')}>
          {tab !== 'multi' && <YearSelect value={year} onChange={setYear} />}
          {tab !== 'invoice' && <ScenarioSelect />}
        </div>
      </div>
      {tab === 'year' && <YearTab year={year} scenarioId={scenarioId} />}
      {tab === 'hosting' && <HostingTab year={year} scenarioId={scenarioId} />}
      {tab === 'region' && <RegionTab year={year} scenarioId={scenarioId} />}
      {tab === 'multi' && <MultiYearTab scenarioId={scenarioId} />}
      {tab === 'invoice' && <InvoiceTab year={year} />}
    </div>
  );
}
