import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOverride } from '@shared/contract/cost/scenarios';
import { useScenarioSentence } from './describe';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TableHead, YearSelect } from '../common/controls';
import { formatChangeBp, formatDelta, kr } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useLoad } from '../common/useCall';

/** A signed amount, marked up or down. */
export function Delta({ ore }: { ore: number }) {
  return <span className={ore > 0 ? 'delta--up' : ore < 0 ? 'delta--down' : undefined}>{formatDelta(ore)}</span>;
}

/** Plan against the scenario per region and hosting, for each year of a range. */
export function CompareBlock({ scenarioId, overrides }: { scenarioId: string; overrides: readonly ScenarioOverride[] }) {
  const { t } = useTranslation();
  const sentence = useScenarioSentence();
  const name = useRegionName();
  const now = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(now);
  const [toYear, setToYear] = useState(now + 1);
  const result = useLoad('scenarios:compare', toYear >= fromYear ? { scenarioId, fromYear, toYear } : null);
  const c = result.data;
  return (
    <section className="stack" aria-labelledby="cost-compare-h" data-testid="scenario-compare">
      <h2 id="cost-compare-h">{c ? t('costs.compare.heading', { name: c.scenario.name }) : t('costs.compare.title')}</h2>
      <p data-testid="compare-sentence">{sentence(overrides)}</p>
      <div className="filters">
        <YearSelect value={fromYear} onChange={setFromYear} label={t('costs.common.fromYear')} />
        <YearSelect value={toYear} onChange={setToYear} label={t('costs.common.toYear')} />
      </div>
      {result.error && <ErrorAlert heading={t('costs.compare.failed')} error={result.error} headingLevel={3} />}
      {c?.years.map((y) => (
        <div className="stack" key={y.year}>
          <div className="table-scroll">
            <table className="table table--compact" data-testid={`compare-regions-${y.year}`}>
              <caption>{t('costs.compare.regionsCaption', { year: y.year })}</caption>
              <TableHead
                text={[t('costs.common.region')]}
                numeric={[t('costs.compare.plan'), t('costs.compare.scenario'), t('costs.compare.delta'), t('costs.compare.deltaPercent')]}
              />
              <tbody>
                {y.regions.map((r) => (
                  <tr key={r.regionCode} data-region={r.regionCode}>
                    <th scope="row">{r.regionName}</th>
                    <td className="numeric">{kr(r.planOre)}</td>
                    <td className="numeric">{kr(r.scenarioOre)}</td>
                    <td className="numeric">
                      <Delta ore={r.deltaOre} />
                    </td>
                    <td className="numeric">{formatChangeBp(r.deltaBp)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('costs.report.total')}</th>
                  <td className="numeric">{kr(y.planOre)}</td>
                  <td className="numeric">{kr(y.scenarioOre)}</td>
                  <td className="numeric">
                    <Delta ore={y.deltaOre} />
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          {y.hostings.length > 0 && (
            <div className="table-scroll">
              <table className="table table--compact">
                <caption>{t('costs.compare.hostingsCaption', { year: y.year })}</caption>
                <TableHead
                  text={[t('costs.report.hosting'), t('costs.compare.planHost'), t('costs.compare.scenarioHost')]}
                  numeric={[t('costs.compare.plan'), t('costs.compare.scenario'), t('costs.compare.delta')]}
                />
                <tbody>
                  {y.hostings.map((h) => (
                    <tr key={h.hostingId}>
                      <th scope="row">{h.groupName}</th>
                      <td>{h.planHost ? name(h.planHost) : '–'}</td>
                      <td>{h.scenarioHost ? name(h.scenarioHost) : '–'}</td>
                      <td className="numeric">{kr(h.planOre)}</td>
                      <td className="numeric">{kr(h.scenarioOre)}</td>
                      <td className="numeric">
                        <Delta ore={h.deltaOre} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
