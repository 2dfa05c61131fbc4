import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingReport } from '@shared/contract/cost/reports';
import type { CostLineTrace } from '@shared/domain/costs/cost-items';
import type { SplitTotalTrace } from '@shared/domain/costs/split';
import type { StaffedCostTrace } from '@shared/domain/costs/staffed';
import { useReference } from '../../../store/selectors';
import { TableHead } from './controls';
import { InvoicedTotalFoot, warningText } from './invoiced';
import { SalarySegmentsTable } from './SalarySegmentsTable';
import { exactKronor, formatBp, formatFraction, kr, krOre } from './format';

export function useRegionName(): (code: string) => string {
  const reference = useReference();
  return (code) =>
    reference?.regions.find((r) => r.code === code)?.name ?? reference?.healthcareRegions.find((h) => h.code === code)?.name ?? code;
}

/**
 * A figure that opens to show how it was computed: a button on the amount (aria-expanded) and the
 * trace right below it.
 */
export function TraceFigure({ amount, label, children, testId }: { amount: string; label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="trace-figure" data-testid={testId}>
      <button
        type="button"
        className="trace-figure__button"
        aria-expanded={open}
        aria-controls={`${id}-trace`}
        onClick={() => setOpen(!open)}
      >
        <span className="trace-figure__amount">{amount}</span>
        <span className="visually-hidden"> – {t('costs.trace.open', { label })}</span>
        <span className="trace-figure__icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <div id={`${id}-trace`} className="trace" hidden={!open} role="region" aria-label={t('costs.trace.heading', { label })}>
        {open && children}
      </div>
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="trace__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Salary (and where it came from), index, PO-pålägg, annual cost, share, days, rounding. */
export function StaffedTrace({ trace }: { trace: StaffedCostTrace }) {
  const { t } = useTranslation();
  const s = trace.salary;
  return (
    <>
      <dl className="trace__list">
        <Row term={t('costs.trace.salarySource')}>
          {t(`costs.trace.source.${s.source}`)}
          {s.effectiveDate ? ` (${t('costs.trace.effective', { date: s.effectiveDate })})` : ''}
          {s.source === 'DEFAULT' && s.role
            ? ` – ${t(`role.${s.role as 'MEMBER'}`, { defaultValue: s.role })}${s.profession ? `, ${s.profession}` : ''}`
            : ''}
        </Row>
        <Row term={t('costs.trace.baseSalary', { year: s.baseYear })}>{exactKronor(s.baseMonthlySalaryOre)}</Row>
        {s.indexed && (
          <Row term={t('costs.trace.indexSteps')}>
            {s.indexSteps
              .map((step) => `${step.year}: ${formatBp(step.indexBp)}${step.assumed ? ` (${t('costs.trace.assumed')})` : ''}`)
              .join('; ')}
          </Row>
        )}
        <Row term={t('costs.trace.monthlySalary', { year: s.year })}>{exactKronor(s.monthlySalaryOre)}</Row>
        <Row term={t('costs.trace.po')}>{formatBp(trace.annualCost.poSurchargeBp)}</Row>
        <Row term={t('costs.trace.annualCost')}>
          {t('costs.trace.annualFormula', {
            salary: exactKronor(trace.annualCost.monthlySalaryOre),
            months: trace.annualCost.months,
            po: formatBp(trace.annualCost.poSurchargeBp),
          })}{' '}
          = {krOre(trace.annualCost.roundedOre)}
        </Row>
        <Row term={t('costs.trace.share')}>{formatBp(trace.allocationBp)}</Row>
        <Row term={t('costs.trace.days')}>
          {t('costs.trace.daysValue', { days: trace.days, daysInYear: trace.daysInYear })}
          {trace.from ? ` (${trace.from} – ${trace.to ?? ''})` : ''}
        </Row>
        <Row term={t('costs.trace.formula')}>
          <code className="trace__formula">{trace.formula}</code>
        </Row>
        <Row term={t('costs.trace.exact')}>{exactKronor(trace.exactOre)}</Row>
        <Row term={t('costs.trace.rounded')}>{krOre(trace.roundedOre)}</Row>
      </dl>
      {trace.segments.length > 1 && <SalarySegmentsTable segments={trace.segments} />}
    </>
  );
}

export function LineTrace({ trace }: { trace: CostLineTrace }) {
  const { t } = useTranslation();
  if (trace.kind === 'FIXED_AMOUNT') {
    return (
      <dl className="trace__list">
        <Row term={t('costs.trace.kind')}>{t('costs.itemKind.FIXED_AMOUNT')}</Row>
        <Row term={t('costs.trace.amount')}>{krOre(trace.amountOre)}</Row>
        <Row term={t('costs.trace.rounded')}>{krOre(trace.roundedOre)}</Row>
      </dl>
    );
  }
  return (
    <div className="stack stack--small">
      <p className="trace__lead">
        {t(`role.${trace.role as 'MEMBER'}`, { defaultValue: trace.role })}
        {trace.profession ? `, ${trace.profession}` : ''}
      </p>
      <StaffedTrace trace={trace} />
    </div>
  );
}

/** The key and one region's weight, quota, floor, remainder and extra units. */
export function RegionSplitTrace({ trace, regionCode }: { trace: SplitTotalTrace; regionCode: string }) {
  const { t } = useTranslation();
  const weight = trace.weights.find((w) => w.regionCode === regionCode);
  const quota = trace.quotas.find((q) => q.regionCode === regionCode);
  const unitOre = trace.unitOre;
  return (
    <dl className="trace__list">
      <Row term={t('costs.trace.key')}>
        {t(`costs.keyKind.${trace.keyKind}`)}
        {trace.fixedPartBp !== null ? ` (${t('costs.trace.fixedPart', { part: formatBp(trace.fixedPartBp) })})` : ''}
      </Row>
      {weight?.population != null && (
        <Row term={t('costs.trace.population')}>
          {t('costs.trace.populationValue', {
            population: weight.population.toLocaleString('sv-SE'),
            year: weight.populationYearUsed ?? '',
          })}
          {weight.populationFallback ? ` – ${t('costs.trace.populationFallback', { wanted: weight.populationYearWanted ?? '' })}` : ''}
        </Row>
      )}
      {weight?.shareBp != null && <Row term={t('costs.trace.customShare')}>{formatBp(weight.shareBp)}</Row>}
      {weight?.fixedWeight != null && <Row term={t('costs.trace.fixedWeight')}>{formatFraction(weight.fixedWeight)}</Row>}
      {weight?.variableWeight != null && <Row term={t('costs.trace.variableWeight')}>{formatFraction(weight.variableWeight)}</Row>}
      {weight && <Row term={t('costs.trace.weight')}>{formatFraction(weight.weight)}</Row>}
      <Row term={t('costs.trace.roundingUnit')}>
        {t(`costs.rounding.${trace.unit}`)} ({krOre(unitOre)})
      </Row>
      <Row term={t('costs.trace.totalToSplit')}>
        {t('costs.trace.totalUnits', {
          total: krOre(trace.totalOre),
          units: trace.roundedTotalUnits.toLocaleString('sv-SE'),
          rounded: krOre(trace.roundedTotalOre),
        })}
      </Row>
      {quota && (
        <>
          <Row term={t('costs.trace.quota')}>{formatFraction(quota.quotaUnits)}</Row>
          <Row term={t('costs.trace.floor')}>{quota.floorUnits.toLocaleString('sv-SE')}</Row>
          <Row term={t('costs.trace.remainder')}>
            {t('costs.trace.remainderValue', { remainder: formatFraction(quota.remainder), rank: quota.remainderRank })}
          </Row>
          <Row term={t('costs.trace.extraUnits')}>
            {t('costs.trace.extraUnitsValue', {
              extra: quota.extraUnits,
              given: trace.extraUnitsGiven,
              floorSum: trace.floorSumUnits.toLocaleString('sv-SE'),
            })}
          </Row>
          <Row term={t('costs.trace.units')}>
            {t('costs.trace.unitsValue', {
              units: quota.units.toLocaleString('sv-SE'),
              unit: krOre(unitOre),
              share: krOre(quota.shareOre),
            })}
          </Row>
        </>
      )}
    </dl>
  );
}

/** The whole split: every region's key value, weight, quota, floor, remainder and extra units. */
export function SplitTable({ trace }: { trace: SplitTotalTrace }) {
  const { t } = useTranslation();
  const name = useRegionName();
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="split-trace-table">
        <caption>
          {t('costs.trace.splitCaption', {
            units: trace.roundedTotalUnits.toLocaleString('sv-SE'),
            unit: t(`costs.rounding.${trace.unit}`),
            floorSum: trace.floorSumUnits.toLocaleString('sv-SE'),
            extra: trace.extraUnitsGiven,
          })}
        </caption>
        <TableHead
          text={[t('costs.common.region')]}
          numeric={[
            t('costs.trace.keyValue'),
            t('costs.trace.weight'),
            t('costs.trace.quota'),
            t('costs.trace.floor'),
            t('costs.trace.remainderRank'),
            t('costs.trace.extraUnits'),
            t('costs.common.share'),
          ]}
        />
        <tbody>
          {trace.quotas.map((q) => {
            const w = trace.weights.find((x) => x.regionCode === q.regionCode);
            const keyValue =
              w?.population != null
                ? t('costs.trace.populationValue', { population: w.population.toLocaleString('sv-SE'), year: w.populationYearUsed ?? '' })
                : w?.shareBp != null
                  ? formatBp(w.shareBp)
                  : '–';
            return (
              <tr key={q.regionCode}>
                <th scope="row">{name(q.regionCode)}</th>
                <td className="numeric">{keyValue}</td>
                <td className="numeric">{formatFraction(w?.weight ?? null)}</td>
                <td className="numeric">{formatFraction(q.quotaUnits)}</td>
                <td className="numeric">{q.floorUnits.toLocaleString('sv-SE')}</td>
                <td className="numeric">{q.remainderRank}</td>
                <td className="numeric">{q.extraUnits}</td>
                <td className="numeric">{krOre(q.shareOre)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The whole split behind a disclosure; the table is only rendered when open. */
function SplitDetails({ trace }: { trace: SplitTotalTrace }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="details cost-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('costs.report.showSplit')}</summary>
      {open && <SplitTable trace={trace} />}
    </details>
  );
}

/** Items → total → split per region, every figure openable. */
export function HostingReportBlock({ report, headingLevel = 2 }: { report: HostingReport; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const name = useRegionName();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const split = report.split;
  return (
    <section
      className="stack"
      aria-label={t('costs.report.hostingHeading', { group: report.groupName, year: report.year })}
      data-testid="hosting-report"
    >
      <H>{t('costs.report.hostingHeading', { group: report.groupName, year: report.year })}</H>
      <p className="muted">
        {t('costs.report.hostingLead', {
          host: name(report.hostHealthcareRegionCode),
          status: t(`costs.status.${report.status}`),
          key: t(`costs.keyKind.${report.key.kind}`),
        })}
        {report.parameters
          ? ` ${t('costs.report.parametersUsed', { po: formatBp(report.parameters.poSurchargeBp), year: report.parameters.poYear, source: t(`costs.paramSource.${report.parameters.source}`) })}`
          : ''}
      </p>
      {report.warnings.length > 0 && (
        <ul className="cost-warnings" aria-label={t('costs.common.warnings')}>
          {report.warnings.map((w, i) => (
            <li key={`${w.code}-${i}`}>
              {t(`costs.warning.${w.code}`)}: {warningText(w)}
            </li>
          ))}
        </ul>
      )}
      <div className="table-scroll">
        <table className="table table--compact" data-testid="report-lines">
          <caption>{t('costs.report.linesCaption')}</caption>
          <TableHead text={[t('costs.item.label'), t('costs.item.kind')]} numeric={[t('costs.report.cost')]} />
          <tbody>
            {report.lines.map((line, i) => (
              <tr key={line.costItemId ?? `s${i}`}>
                <th scope="row">{line.label}</th>
                <td>{t(`costs.itemKind.${line.kind}`)}</td>
                <td className="numeric">
                  <TraceFigure amount={kr(line.costOre)} label={line.label} testId="line-figure">
                    <LineTrace trace={line.trace} />
                  </TraceFigure>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('costs.report.total')}
              </th>
              <td className="numeric" data-testid="report-total">
                <TraceFigure amount={kr(report.totalOre)} label={t('costs.report.total')}>
                  <dl className="trace__list">
                    {report.lines.map((l, i) => (
                      <Row key={l.costItemId ?? i} term={l.label}>
                        {krOre(l.costOre)}
                      </Row>
                    ))}
                    <Row term={t('costs.report.total')}>{krOre(report.totalOre)}</Row>
                  </dl>
                </TraceFigure>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {split && (
        <>
          <div className="table-scroll">
            <table className="table table--compact" data-testid="report-split">
              <caption>
                {t('costs.report.splitCaption', {
                  key: report.key.isDefault
                    ? `${t(`costs.keyKind.${report.key.kind}`)} ${name(report.key.healthcareRegionCode)}`
                    : report.key.name,
                  unit: t(`costs.rounding.${split.unit}`).toLocaleLowerCase(),
                })}
              </caption>
              <TableHead text={[t('costs.common.region')]} numeric={[t('costs.common.share')]} />
              <tbody>
                {split.shares.map((s) => (
                  <tr key={s.regionCode} data-region={s.regionCode}>
                    <th scope="row">{s.regionName}</th>
                    <td className="numeric">
                      <TraceFigure amount={kr(s.shareOre)} label={s.regionName} testId={`share-${s.regionCode}`}>
                        <RegionSplitTrace trace={split.trace} regionCode={s.regionCode} />
                      </TraceFigure>
                    </td>
                  </tr>
                ))}
              </tbody>
              <InvoicedTotalFoot
                costOre={report.totalOre}
                invoicedOre={split.invoicedTotalOre}
                differenceOre={split.roundingDifferenceOre}
              />
            </table>
          </div>
          <SplitDetails trace={split.trace} />
        </>
      )}
    </section>
  );
}
