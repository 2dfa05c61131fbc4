import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetCompare } from '@shared/contract/cost/actuals';
import type { BudgetSummary } from '@shared/contract/cost/scenarios';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLoad } from '../common/useCall';
import { TableScroll } from './TableScroll';
import { amount, signed } from './money';

type Pair = { fromOre: number | null; toOre: number | null; differenceOre: number };

function PairCells({ p }: { p: Pair }) {
  return (
    <>
      <td className="numeric">{amount(p.fromOre)}</td>
      <td className="numeric">{amount(p.toOre)}</td>
      <td className="numeric">{signed(p.differenceOre)}</td>
    </>
  );
}

function CompareTables({ c }: { c: BudgetCompare }) {
  const { t } = useTranslation();
  const name = (b: BudgetSummary) => t('budgetActual.compare.version', { name: b.name, year: b.year, revision: b.revision });
  const heads = [t('budgetActual.compare.from'), t('budgetActual.compare.to'), t('budgetActual.compare.difference')];
  const numeric = heads.map((h) => (
    <th key={h} scope="col" className="numeric">
      {h}
    </th>
  ));
  return (
    <div className="stack">
      <TableScroll label={t('budgetActual.compare.regionsCaption', { from: name(c.from), to: name(c.to) })}>
        <table className="table table--compact" data-testid="budget-compare-regions">
          <caption>{t('budgetActual.compare.regionsCaption', { from: name(c.from), to: name(c.to) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgetActual.region')}</th>
              {numeric}
            </tr>
          </thead>
          <tbody>
            {c.regions.map((r) => (
              <tr key={r.regionCode}>
                <th scope="row">{r.regionName}</th>
                <PairCells p={r} />
              </tr>
            ))}
            <tr className="table__total">
              <th scope="row">{t('budgetActual.compare.total')}</th>
              <PairCells p={c.totals.regions} />
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t('budgetActual.compare.hostingsCaption', { from: name(c.from), to: name(c.to) })}>
        <table className="table table--compact" data-testid="budget-compare-hostings">
          <caption>{t('budgetActual.compare.hostingsCaption', { from: name(c.from), to: name(c.to) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgetActual.compare.hosting')}</th>
              <th scope="col">{t('budgetActual.compare.host')}</th>
              {numeric}
            </tr>
          </thead>
          <tbody>
            {c.hostings.map((h) => (
              <tr key={h.hostingId}>
                <th scope="row">{h.groupName}</th>
                <td>{h.hostHealthcareRegionCode ?? '–'}</td>
                <PairCells p={h} />
              </tr>
            ))}
            <tr className="table__total">
              <th scope="row" colSpan={2}>
                {t('budgetActual.compare.total')}
              </th>
              <PairCells p={c.totals.hostings} />
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** Two locked budget versions side by side: per region and per hosting, with B − A. */
export function BudgetCompareBlock({ budgets }: { budgets: BudgetSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const compare = useLoad('budget:compare', fromId && toId ? { fromId, toId } : null);
  const select = (which: 'from' | 'to', value: string, set: (v: string) => void) => (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={`${id}-${which}`}>
        {t(`budgetActual.compare.${which}`)}
      </label>
      <select id={`${id}-${which}`} className="field__input" value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('budgetActual.compare.choose')}</option>
        {budgets.map((b) => (
          <option key={b.id} value={b.id}>
            {t('budgetActual.compare.version', { name: b.name, year: b.year, revision: b.revision })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="budget-compare">
      <h2 id={`${id}-h`}>{t('budgetActual.compare.heading')}</h2>
      {budgets.length < 2 ? (
        <p>{t('budgetActual.compare.needTwo')}</p>
      ) : (
        <div className="filters">
          {select('from', fromId, setFromId)}
          {select('to', toId, setToId)}
        </div>
      )}
      {compare.error && <ErrorAlert heading={t('budgetActual.compare.failed')} error={compare.error} headingLevel={3} />}
      {compare.data && <CompareTables c={compare.data} />}
    </section>
  );
}
