import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearPlan } from '@shared/contract/planning';
import { IMPLEMENTATION_STATUSES } from '@shared/domain/enums';
import { ChartWithTable } from '../../../components/charts/ChartWithTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { Spinner } from '../../../components/Spinner';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatInteger } from '../../../format';
import { useStore } from '../../../store';
import { useLanguage, useOwner } from '../../../store/selectors';
import { useWrite } from '../../../api/use-write';
import { useLoad } from '../../costs/common/useCall';
import { downloadBase64, PDF_TYPE, XLSX_TYPE } from '../common/download';
import { formatFte, monthLabel, monthShortName, yearChoices } from '../common/format';
import { LevelLabel } from '../common/levels';
import { MonthChart } from '../common/MonthChart';
import { ImplementationLabel } from '../pathways/status';
import { LevelChangesList } from './LevelChangesList';
import { useReferenceData } from '../../../api/lookups';

function SeatsTable({ plan }: { plan: YearPlan }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="yp-seats-heading">
      <h2 id="yp-seats-heading">{t('planning.yearPlan.seatsHeading')}</h2>
      <p className="muted">{t('planning.yearPlan.seatsLead', { date: plan.asOf })}</p>
      <div className="table-scroll">
        <table className="table table--compact" data-testid="yp-seats">
          <caption className="visually-hidden">{t('planning.yearPlan.seatsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.yearPlan.groupType')}</th>
              <th scope="col">{t('planning.yearPlan.level')}</th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.groups')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.seats')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.held')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.vacant')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.seats.rows.map((r) => (
              <tr key={`${r.groupType}-${r.level}`} data-type={r.groupType} data-level={r.level}>
                <th scope="row">{t(`groupType.${r.groupType}`)}</th>
                <td>{t(`planning.yearPlan.seatLevel.${r.level}`)}</td>
                <td className="numeric">{formatInteger(r.groups)}</td>
                <td className="numeric">{formatInteger(r.seats)}</td>
                <td className="numeric">{formatInteger(r.held)}</td>
                <td className="numeric">{formatInteger(r.vacant)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('planning.yearPlan.total')}
              </th>
              <td className="numeric">{formatInteger(plan.seats.total.seats)}</td>
              <td className="numeric" data-testid="yp-held-total">
                {formatInteger(plan.seats.total.held)}
              </td>
              <td className="numeric" data-testid="yp-vacant-total">
                {formatInteger(plan.seats.total.vacant)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function FteBlock({ plan }: { plan: YearPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const types = plan.fte.byGroupType;
  const data = plan.fte.months.map((m, i) => {
    const row: Record<string, number | string> = { label: monthShortName(m.month, language) };
    for (const g of types) row[g.groupType] = g.fte[i] ?? 0;
    return row as { label: string } & Record<string, number | string>;
  });
  const largest = [...types].sort((a, b) => b.averageFte - a.averageFte)[0];
  const description = largest
    ? t('planning.yearPlan.fteDescription', {
        average: formatFte(plan.fte.total.averageFte),
        type: t(`groupType.${largest.groupType}`),
        typeAverage: formatFte(largest.averageFte),
      })
    : t('planning.yearPlan.fteNone');
  const table = (
    <table className="table table--compact" data-testid="yp-fte">
      <caption className="visually-hidden">{t('planning.yearPlan.fteHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning.yearPlan.month')}</th>
          {types.map((g) => (
            <th key={g.groupType} scope="col" className="numeric">
              {t(`groupType.${g.groupType}`)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('planning.yearPlan.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.fte.months.map((m, i) => (
          <tr key={m.month} data-month={m.month}>
            <th scope="row">{monthLabel(m.month, language)}</th>
            {types.map((g) => (
              <td key={g.groupType} className="numeric">
                {formatFte(g.fte[i] ?? 0)}
              </td>
            ))}
            <td className="numeric">{formatFte(plan.fte.total.fte[i] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('planning.yearPlan.average')}</th>
          {types.map((g) => (
            <td key={g.groupType} className="numeric">
              {formatFte(g.averageFte)}
            </td>
          ))}
          <td className="numeric" data-testid="yp-fte-average">
            {formatFte(plan.fte.total.averageFte)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
  return (
    <div className="panel">
      <ChartWithTable
        title={t('planning.yearPlan.fteHeading')}
        tableLabel={t('planning.common.tableOf', { title: t('planning.yearPlan.fteHeading') })}
        layout="stacked"
        headingLevel={2}
        description={description}
        chart={
          <MonthChart
            data={data}
            series={types.map((g) => ({ key: g.groupType, name: t(`groupType.${g.groupType}`), kind: 'bar' as const, stack: 'fte' }))}
            height={280}
          />
        }
        table={table}
        testId="yp-fte-block"
      />
    </div>
  );
}

function TeamsBlock({ plan }: { plan: YearPlan }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="yp-teams-heading">
      <h2 id="yp-teams-heading">{t('planning.yearPlan.teamsHeading')}</h2>
      <p className="muted">
        {t('planning.yearPlan.teamsLead', { planned: formatFte(plan.teams.plannedFte), actual: formatFte(plan.teams.actualFte) })}
      </p>
      <div className="table-scroll">
        <table className="table table--compact" data-testid="yp-teams">
          <caption className="visually-hidden">{t('planning.yearPlan.teamsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.yearPlan.level')}</th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.teamCount')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.yearPlan.plannedFte')}
              </th>
              <th scope="col">{t('planning.yearPlan.teamNames')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.teams.byLevel.map((l) => (
              <tr key={l.level} data-level={l.level}>
                <th scope="row">
                  <LevelLabel level={l.level} />
                </th>
                <td className="numeric">{formatInteger(l.count)}</td>
                <td className="numeric">{formatFte(l.plannedFte)}</td>
                <td className="yp-team-names">
                  {l.teams.length === 0 ? t('common.none') : l.teams.map((x) => x.name.replace(/^RPT /, '')).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PathwaysBlock({ plan }: { plan: YearPlan }) {
  const { t } = useTranslation();
  const p = plan.pathways;
  return (
    <section className="stack" aria-labelledby="yp-pathways-heading">
      <h2 id="yp-pathways-heading">{t('planning.yearPlan.pathwaysHeading')}</h2>
      <ul className="status-counts" aria-label={t('planning.yearPlan.byStatus')} data-testid="yp-pathway-status">
        {IMPLEMENTATION_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <ImplementationLabel status={s} /> <strong>{formatInteger(p.byStatus[s])}</strong>
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="table table--compact" data-testid="yp-pathways">
          <caption className="visually-hidden">{t('planning.yearPlan.pathwaysHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.pathways.region')}</th>
              <th scope="col" className="numeric">
                {t('planning.pathways.started')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.pathways.implementedCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.regions.map((r) => (
              <tr key={r.code} data-region={r.code}>
                <th scope="row">{r.name}</th>
                <td className="numeric">
                  {t('planning.pathways.ofTotal', { value: formatInteger(r.started), total: formatInteger(p.pathwayCount) })}
                </td>
                <td className="numeric">
                  {t('planning.pathways.ofTotal', { value: formatInteger(r.implemented), total: formatInteger(p.pathwayCount) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('planning.yearPlan.changesHeading', { year: plan.year })}</h3>
      <LevelChangesList changes={plan.teams.levelChangesInYear} />
      {p.changesInYear.length === 0 ? (
        <p data-testid="yp-changes-empty">{t('planning.yearPlan.noChanges')}</p>
      ) : (
        <ul className="yp-changes" data-testid="yp-changes">
          {p.changesInYear.map((c) => (
            <li key={`${c.pathwayName}-${c.regionCode}-${c.status}-${c.date}`}>
              <span className="yp-changes__date">{c.date}</span> {c.pathwayName} (
              {plan.pathways.regions.find((r) => r.code === c.regionCode)?.name ?? c.regionCode}): <ImplementationLabel status={c.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ExportButtons({ year, scope }: { year: number; scope: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pdf = useWrite('year-plan:export-pdf');
  const xlsx = useWrite('year-plan:export-xlsx');
  const { saving: busyPdf, error: errorPdf } = pdf;
  const { saving: busyXlsx, error: errorXlsx } = xlsx;
  const [done, setDone] = useState<string | null>(null);
  const run = async (format: 'pdf' | 'xlsx') => {
    setDone(null);
    const input = { year, scopeCode: scope, language };
    const file = await (format === 'pdf' ? pdf.run(input) : xlsx.run(input));
    if (!file) return;
    downloadBase64(file.fileName, file.contentBase64, format === 'pdf' ? PDF_TYPE : XLSX_TYPE);
    setDone(file.fileName);
  };
  return (
    <div className="stack">
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void run('pdf')} disabled={busyPdf}>
          {busyPdf && <Spinner />}
          {t('planning.yearPlan.exportPdf')}
        </button>
        <button type="button" className="button" onClick={() => void run('xlsx')} disabled={busyXlsx}>
          {busyXlsx && <Spinner />}
          {t('planning.yearPlan.exportXlsx')}
        </button>
        <p role="status" className={done ? 'saved-note' : 'visually-hidden'}>
          {done ? t('planning.yearPlan.exported', { file: done }) : ''}
        </p>
      </div>
      {errorPdf && <ErrorAlert heading={t('planning.yearPlan.exportFailed')} error={errorPdf} headingLevel={3} />}
      {errorXlsx && <ErrorAlert heading={t('planning.yearPlan.exportFailed')} error={errorXlsx} headingLevel={3} />}
    </div>
  );
}

/** The scopes a plan can be made for: the own owner, and its healthcare region(s) or member regions. */
function useScopeChoices(): { code: string; name: string }[] {
  const owner = useOwner();
  const reference = useReferenceData();
  if (!owner || !reference) return [];
  if (owner.kind === 'REGION') {
    const region = reference.regions.find((r) => r.code === owner.code);
    return reference.healthcareRegions
      .filter((h) => region?.healthcareRegionCodes.includes(h.code))
      .map((h) => ({ code: h.code, name: h.name }));
  }
  return reference.regions.filter((r) => r.healthcareRegionCodes.includes(owner.code)).map((r) => ({ code: r.code, name: r.name }));
}

/** Årsplan: the region's commitments in one year, with PDF and Excel exports. */
export function YearPlanView() {
  const { t } = useTranslation();
  const id = useId();
  const owner = useOwner();
  const year = useStore((s) => s.yearPlanYear);
  const scope = useStore((s) => s.yearPlanScope);
  const setYear = useStore((s) => s.setYearPlanYear);
  const setScope = useStore((s) => s.setYearPlanScope);
  const { data: plan, loading, error } = useLoad('year-plan:get', { year, scopeCode: scope });
  const scopes = useScopeChoices();
  useDocumentTitle(t('planning.yearPlan.title'));
  const peak = plan ? Math.max(0, ...plan.fte.total.fte) : 0;
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('planning.yearPlan.title')}</h1>
        <p className="lead">{t('planning.yearPlan.lead')}</p>
        <div className="filters filters--fit" role="search" aria-label={t('planning.yearPlan.filtersLabel')}>
          <div className="field filters__item">
            <label className="field__label field__label--small" htmlFor={`${id}-year`}>
              {t('planning.yearPlan.year')}
            </label>
            <select id={`${id}-year`} className="field__input" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {yearChoices().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field filters__item filters__search">
            <label className="field__label field__label--small" htmlFor={`${id}-scope`}>
              {t('planning.yearPlan.scope')}
            </label>
            <select id={`${id}-scope`} className="field__input" value={scope ?? ''} onChange={(e) => setScope(e.target.value || null)}>
              <option value="">{owner ? t('planning.yearPlan.ownScope', { name: owner.name }) : t('planning.yearPlan.own')}</option>
              {scopes.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {error && <ErrorAlert heading={t('planning.yearPlan.errorHeading')} error={error} />}
      {!plan && loading && <LoadingStatus text={t('planning.yearPlan.loading')} />}
      {plan && (
        <>
          <section className="panel stack" aria-labelledby="yp-summary-heading" data-testid="yp-summary">
            <h2 id="yp-summary-heading">{t('planning.yearPlan.summaryHeading', { scope: plan.scope.name, year: plan.year })}</h2>
            <dl className="key-figures">
              <div>
                <dt>{t('planning.yearPlan.kfSeats')}</dt>
                <dd>
                  {t('planning.yearPlan.kfSeatsValue', {
                    held: formatInteger(plan.seats.total.held),
                    seats: formatInteger(plan.seats.total.seats),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('planning.yearPlan.kfVacant')}</dt>
                <dd>{formatInteger(plan.seats.total.vacant)}</dd>
              </div>
              <div>
                <dt>{t('planning.yearPlan.kfFte')}</dt>
                <dd data-testid="yp-kf-fte">
                  {formatFte(plan.fte.total.averageFte)}{' '}
                  <span className="key-figures__sub">{t('planning.yearPlan.kfFteSub', { peak: formatFte(peak) })}</span>
                </dd>
              </div>
              <div>
                <dt>{t('planning.yearPlan.kfTeams')}</dt>
                <dd>{formatInteger(plan.teams.byLevel.reduce((n, l) => n + l.count, 0))}</dd>
              </div>
              <div>
                <dt>{t('planning.yearPlan.kfPathways')}</dt>
                <dd>
                  {formatInteger(plan.pathways.byStatus.DECIDED + plan.pathways.byStatus.IN_PROGRESS + plan.pathways.byStatus.IMPLEMENTED)}{' '}
                  <span className="key-figures__sub">
                    {t('planning.yearPlan.kfPathwaysSub', { implemented: formatInteger(plan.pathways.byStatus.IMPLEMENTED) })}
                  </span>
                </dd>
              </div>
            </dl>
            <ExportButtons year={year} scope={scope} />
          </section>
          <SeatsTable plan={plan} />
          <FteBlock plan={plan} />
          <TeamsBlock plan={plan} />
          <PathwaysBlock plan={plan} />
        </>
      )}
    </div>
  );
}
