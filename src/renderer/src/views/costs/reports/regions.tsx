import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionReport } from '@shared/contract/cost/reports';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useOwner, useReference } from '../../../store/selectors';
import { TableHead } from '../common/controls';
import { formatBp, formatFraction, kr } from '../common/format';
import { StaffedTrace, TraceFigure, useRegionName } from '../common/Trace';
import { useLoad } from '../common/useCall';
import { RegionWarnings } from './RegionWarnings';

/** The regions the installation's reports are about: its own region, or the regions of its healthcare region. */
export function useOwnRegions(): { code: string; name: string }[] {
  const owner = useOwner();
  const reference = useReference();
  if (!owner || !reference) return [];
  if (owner.kind === 'REGION') return reference.regions.filter((r) => r.code === owner.code);
  return reference.regions.filter((r) => r.healthcareRegionCodes.includes(owner.code));
}

export function RegionSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReference();
  const own = useOwnRegions();
  const others = (reference?.regions ?? []).filter((r) => !own.some((o) => o.code === r.code));
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>
        {t('costs.common.region')}
      </label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        {[...own, ...others].map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The region's own representatives (with the trace of each cost) and those whose time a hosting already pays. */
function RepresentativesTables({ report: r }: { report: RegionReport }) {
  const { t } = useTranslation();
  const name = useRegionName();
  return (
    <>
      {r.memberships.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption>{t('costs.report.membershipsCaption')}</caption>
            <TableHead
              text={[t('costs.report.person'), t('costs.report.group'), t('costs.item.role')]}
              numeric={[t('costs.report.cost')]}
            />
            <tbody>
              {r.memberships.map((m) => (
                <tr key={m.membershipId}>
                  <th scope="row">{m.personName}</th>
                  <td>{m.groupName}</td>
                  <td>{t(`role.${m.role}`)}</td>
                  <td className="numeric">
                    <TraceFigure amount={kr(m.costOre)} label={m.personName}>
                      <StaffedTrace trace={m.trace} />
                    </TraceFigure>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.paidByHosting.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact" data-testid="region-paid-by-hosting">
            <caption>{t('costs.report.paidByHostingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costs.report.person')}</th>
                <th scope="col">{t('costs.report.group')}</th>
                <th scope="col">{t('costs.item.role')}</th>
                <th scope="col" className="numeric">
                  {t('costs.common.share')}
                </th>
                <th scope="col">{t('costs.report.paidBy')}</th>
              </tr>
            </thead>
            <tbody>
              {r.paidByHosting.map((m) => (
                <tr key={m.membershipId}>
                  <th scope="row">{m.personName}</th>
                  <td>{m.groupName}</td>
                  <td>{t(`role.${m.role}`)}</td>
                  <td className="numeric">{formatBp(m.allocationBp)}</td>
                  <td>{t('costs.report.paidByValue', { item: m.itemLabel, host: name(m.hostHealthcareRegionCode) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** What one region pays in a year and to whom, with the trace of every figure. */
export function RegionTab({ year, scenarioId }: { year: number; scenarioId: string | null }) {
  const { t } = useTranslation();
  const name = useRegionName();
  const own = useOwnRegions();
  const [regionCode, setRegionCode] = useState('');
  const chosen = regionCode || own[0]?.code || '';
  const report = useLoad('cost-report:region', chosen ? { regionCode: chosen, year, scenarioId } : null);
  const r = report.data;
  return (
    <div className="stack">
      <div className="filters">
        <RegionSelect value={chosen} onChange={setRegionCode} />
      </div>
      {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
      {r && (
        <section className="stack" aria-labelledby="cost-region-h" data-testid="region-report">
          <h2 id="cost-region-h">{t('costs.report.regionHeading', { region: r.regionName, year: r.year })}</h2>
          <RegionWarnings report={r} />
          <div className="table-scroll">
            <table className="table table--compact" data-testid="region-payees">
              <caption>{t('costs.report.payeesCaption')}</caption>
              <TableHead text={[t('costs.report.payee'), t('costs.report.payeeKind')]} numeric={[t('costs.report.amount')]} />
              <tbody>
                {r.payees.map((p, i) => (
                  <tr key={`${p.kind}-${p.payee}-${i}`}>
                    <th scope="row">{p.kind === 'CONTRIBUTION' ? p.payee : name(p.payee)}</th>
                    <td>{t(`costs.payeeKind.${p.kind}`)}</td>
                    <td className="numeric">{kr(p.amountOre)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('costs.report.total')}
                  </th>
                  <td className="numeric" data-testid="region-total">
                    {kr(r.totalOre)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="table-scroll">
            <table className="table table--compact" data-testid="region-hostings">
              <caption>{t('costs.report.hostingSharesCaption')}</caption>
              <TableHead
                text={[t('costs.report.hosting'), t('costs.hostings.host')]}
                numeric={[t('costs.report.hostingTotal'), t('costs.common.share')]}
              />
              <tbody>
                {r.hostingShares.map((s) => (
                  <tr key={s.hostingId}>
                    <th scope="row">{s.groupName}</th>
                    <td>{name(s.hostHealthcareRegionCode)}</td>
                    <td className="numeric">{kr(s.hostingTotalOre)}</td>
                    <td className="numeric">
                      <TraceFigure amount={kr(s.shareOre)} label={s.groupName}>
                        <dl className="trace__list">
                          <div className="trace__row">
                            <dt>{t('costs.trace.key')}</dt>
                            <dd>{t(`costs.keyKind.${s.keyKind}`)}</dd>
                          </div>
                          {s.population !== null && (
                            <div className="trace__row">
                              <dt>{t('costs.trace.population')}</dt>
                              <dd>
                                {t('costs.trace.populationValue', {
                                  population: s.population.toLocaleString('sv-SE'),
                                  year: s.populationYearUsed ?? '',
                                })}
                              </dd>
                            </div>
                          )}
                          <div className="trace__row">
                            <dt>{t('costs.trace.weight')}</dt>
                            <dd>{formatFraction(s.weight)}</dd>
                          </div>
                          <div className="trace__row">
                            <dt>{t('costs.report.hostingTotal')}</dt>
                            <dd>{kr(s.hostingTotalOre)}</dd>
                          </div>
                        </dl>
                      </TraceFigure>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <RepresentativesTables report={r} />
          {r.contributions.length > 0 && (
            <div className="table-scroll">
              <table className="table table--compact">
                <caption>{t('costs.report.contributionsCaption')}</caption>
                <TableHead
                  text={[t('costs.contributions.recipient'), t('costs.contributions.label')]}
                  numeric={[t('costs.report.amount')]}
                />
                <tbody>
                  {r.contributions.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.recipient}</th>
                      <td>{c.label}</td>
                      <td className="numeric">{kr(c.amountOre)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
