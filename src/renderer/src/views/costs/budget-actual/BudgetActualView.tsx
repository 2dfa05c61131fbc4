import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BudgetActual } from '@shared/contract/cost/actuals';
import type { BudgetSummary } from '@shared/contract/cost/scenarios';
import type { AppError } from '@shared/contract/errors';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { downloadBase64, XLSX_TYPE } from '../../planning/common/download';
import { SavedNote, YearSelect } from '../common/controls';
import { useLoad } from '../common/useCall';
import { ActualsImportPanel } from './ActualsImportPanel';
import { BudgetActualChart } from './BudgetActualChart';
import { BudgetCompareBlock } from './BudgetCompareBlock';
import { RegionActualForm } from './RegionActualForm';
import { TableScroll } from './TableScroll';
import { amount, percent, signed } from './money';
import './budget-actual.css';

type Figures = BudgetActual['totals'][number];

function FigureCells({ f }: { f: Omit<Figures, 'year'> }) {
  const { i18n } = useTranslation();
  const tone = (v: number | null) => (v === null || v === 0 ? undefined : v > 0 ? 'delta--up' : 'delta--down');
  return (
    <>
      <td className="numeric">{amount(f.budgetOre)}</td>
      <td className="numeric">{amount(f.forecastOre)}</td>
      <td className="numeric">{amount(f.actualOre)}</td>
      <td className={`numeric ${tone(f.actualMinusBudgetOre) ?? ''}`}>{signed(f.actualMinusBudgetOre)}</td>
      <td className="numeric">{percent(f.actualMinusBudgetPercent, i18n.language)}</td>
      <td className={`numeric ${tone(f.forecastMinusBudgetOre) ?? ''}`}>{signed(f.forecastMinusBudgetOre)}</td>
    </>
  );
}

type Row = BudgetActual['rows'][number];

/** A region's row and, when asked for, one row per category under it (hosting shares, own staff, contributions). */
function regionRows(r: Row, byCategory: boolean, t: TFunction) {
  const key = `${r.regionCode}-${r.year}`;
  const main = (
    <tr key={key} data-testid={`budget-actual-row-${key}`}>
      <th scope="row">{r.regionName}</th>
      <td>{r.year}</td>
      <FigureCells f={r} />
    </tr>
  );
  if (!byCategory) return [main];
  const parts = r.categories
    .filter((c) => c.budgetOre || c.forecastOre || c.actualOre !== null)
    .map((c) => (
      <tr key={`${key}-${c.category}`} className="budget-actual__category" data-testid={`budget-actual-row-${key}-${c.category}`}>
        <th scope="row">{t(`budgetActual.categories.${c.category}`)}</th>
        <td>{r.year}</td>
        <FigureCells f={c} />
      </tr>
    ));
  return [main, ...parts];
}

/** The dense table: a row per region and year (optionally with its categories), a total row per year. */
function BudgetActualTable({ view, byCategory }: { view: BudgetActual; byCategory: boolean }) {
  const { t } = useTranslation();
  const heads = ['budget', 'forecast', 'actual', 'actualMinusBudget', 'actualMinusBudgetPercent', 'forecastMinusBudget'] as const;
  return (
    <TableScroll label={t('budgetActual.tableCaption', { from: view.fromYear, to: view.toYear })}>
      <table className="table table--compact" data-testid="budget-actual-table">
        <caption>{t('budgetActual.tableCaption', { from: view.fromYear, to: view.toYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgetActual.region')}</th>
            <th scope="col">{t('budgetActual.year')}</th>
            {heads.map((h) => (
              <th key={h} scope="col" className="numeric">
                {t(`budgetActual.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.totals.map((total) => [
            ...view.rows.filter((r) => r.year === total.year).flatMap((r) => regionRows(r, byCategory, t)),
            <tr key={`total-${total.year}`} className="table__total">
              <th scope="row" colSpan={2}>
                {t('budgetActual.total', { year: total.year })}
              </th>
              <FigureCells f={total} />
            </tr>,
          ])}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One locked version per year to compare against; the newest own revision unless another is chosen. */
function BudgetChoices({
  view,
  budgets,
  chosen,
  onChoose,
}: {
  view: BudgetActual;
  budgets: BudgetSummary[];
  chosen: Record<number, string>;
  onChoose: (year: number, id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budgetActual.budgetsHeading')}</h2>
      <div className="filters">
        {view.budgets.map(({ year, budget }) => {
          const ofYear = budgets.filter((b) => b.year === year);
          if (ofYear.length === 0) return <p key={year}>{t('budgetActual.noBudgetOfYear', { year })}</p>;
          return (
            <div key={year} className="field filters__item">
              <label className="field__label field__label--small" htmlFor={`${id}-${year}`}>
                {t('budgetActual.chooseBudget', { year })}
              </label>
              <select
                id={`${id}-${year}`}
                className="field__input"
                value={chosen[year] ?? ''}
                onChange={(e) => onChoose(year, e.target.value)}
              >
                <option value="">
                  {t('budgetActual.latest')}
                  {budget ? ` – ${budget.name} (${budget.revision})` : ''}
                </option>
                {ofYear.map((b) => (
                  <option key={b.id} value={b.id}>
                    {t('budgetActual.budgetOfYear', {
                      year,
                      name: b.name,
                      revision: b.revision,
                      at: b.lockedAt.slice(0, 16).replace('T', ' '),
                    })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** Budget vs forecast vs actual per region and year over a range of years: table, chart, export, import of actuals, version comparison. */
export function BudgetActualView() {
  const { t, i18n } = useTranslation();
  const now = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(now - 1);
  const [toYear, setToYear] = useState(now);
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [region, setRegion] = useState('');
  const [byCategory, setByCategory] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  useDocumentTitle(t('budgetActual.title'));
  const budgetIds = Object.entries(chosen)
    .filter(([year, budgetId]) => budgetId !== '' && Number(year) >= fromYear && Number(year) <= toYear)
    .map(([, budgetId]) => budgetId);
  const ordered = toYear >= fromYear;
  const view = useLoad('budget:versus-actual', ordered ? { fromYear, toYear, budgetIds } : null);
  const budgets = useLoad('budget:list', { year: null });
  const exportXlsx = async () => {
    setExportError(null);
    const language = i18n.language.startsWith('en') ? 'en' : 'sv';
    const result = await call('budget:versus-actual-xlsx', { fromYear, toYear, budgetIds, language });
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64, XLSX_TYPE);
    else setExportError(result.error);
  };
  const v = view.data;
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('budgetActual.title')}</h1>
        <p className="lead">{t('budgetActual.lead')}</p>
      </div>
      <div className="filters">
        <YearSelect value={fromYear} onChange={setFromYear} label={t('budgetActual.fromYear')} />
        <YearSelect value={toYear} onChange={setToYear} label={t('budgetActual.toYear')} />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void exportXlsx()}
          disabled={!v}
          data-testid="budget-actual-export"
        >
          {t('budgetActual.export')}
        </button>
      </div>
      {!ordered && <p role="alert">{t('budgetActual.yearsOrder')}</p>}
      {exportError && <ErrorAlert heading={t('budgetActual.exportFailed')} error={exportError} />}
      {view.error && <ErrorAlert heading={t('budgetActual.failed')} error={view.error} />}
      <SavedNote text={saved} />
      {v && budgets.data && (
        <BudgetChoices view={v} budgets={budgets.data} chosen={chosen} onChoose={(year, id) => setChosen((c) => ({ ...c, [year]: id }))} />
      )}
      {v && v.rows.length === 0 && <p>{t('budgetActual.empty')}</p>}
      {v && v.rows.length > 0 && (
        <div className="budget-actual">
          <label className="checkbox">
            <input type="checkbox" checked={byCategory} onChange={(e) => setByCategory(e.target.checked)} /> {t('budgetActual.byCategory')}
          </label>
          <BudgetActualTable view={v} byCategory={byCategory} />
          <BudgetActualChart view={v} region={region} onRegion={setRegion} />
        </div>
      )}
      <RegionActualForm onSaved={setSaved} />
      <ActualsImportPanel onApplied={setSaved} />
      {budgets.data && <BudgetCompareBlock budgets={budgets.data} />}
    </div>
  );
}
