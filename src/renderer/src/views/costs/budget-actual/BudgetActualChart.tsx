import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { BudgetActual } from '@shared/contract/cost/actuals';
import { CHART_GRID_STROKE, CHART_MARGIN, categoryAxis, kronorAxis, legendStyle } from '../../../components/charts/axes';
import { ChartWithTable } from '../../../components/charts/ChartWithTable';
import { seriesColor } from '../../../components/charts/colors';
import { amount } from './money';

type Figures = Pick<BudgetActual['totals'][number], 'year' | 'budgetOre' | 'forecastOre' | 'actualOre'>;

/** The figures the chart shows per year: one region's, or the total of all regions ('' as region). */
function figuresOf(view: BudgetActual, region: string): Figures[] {
  if (region === '') return view.totals;
  return view.totals.map(({ year }) => {
    const row = view.rows.find((r) => r.year === year && r.regionCode === region);
    return { year, budgetOre: row?.budgetOre ?? null, forecastOre: row?.forecastOre ?? null, actualOre: row?.actualOre ?? null };
  });
}

/** Budget, forecast and actual per year as grouped bars, with the same figures in a table beside the chart. */
export function BudgetActualChart({ view, region, onRegion }: { view: BudgetActual; region: string; onRegion: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const regions = [...new Map(view.rows.map((r) => [r.regionCode, r.regionName])).entries()];
  const figures = figuresOf(view, region);
  const kronor = (ore: number | null) => (ore === null ? null : ore / 100);
  const data = figures.map((f) => ({
    label: String(f.year),
    budget: kronor(f.budgetOre),
    forecast: kronor(f.forecastOre),
    actual: kronor(f.actualOre),
  }));
  const regionName = region === '' ? t('budgetActual.allRegions') : (regions.find(([code]) => code === region)?.[1] ?? region);
  const series = [
    { key: 'budget', name: t('budgetActual.budget') },
    { key: 'forecast', name: t('budgetActual.forecast') },
    { key: 'actual', name: t('budgetActual.actual') },
  ] as const;
  const table = (
    <table className="table table--compact" data-testid="budget-actual-chart-table">
      <caption>{t('budgetActual.chartTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budgetActual.year')}</th>
          {series.map((s) => (
            <th key={s.key} scope="col" className="numeric">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.year}>
            <th scope="row">{f.year}</th>
            <td className="numeric">{amount(f.budgetOre)}</td>
            <td className="numeric">{amount(f.forecastOre)}</td>
            <td className="numeric">{amount(f.actualOre)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="panel cost-chart stack">
      <div className="filters">
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-region`}>
            {t('budgetActual.chartRegion')}
          </label>
          <select id={`${id}-region`} className="field__input" value={region} onChange={(e) => onRegion(e.target.value)}>
            <option value="">{t('budgetActual.allRegions')}</option>
            {regions.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChartWithTable
        title={t('budgetActual.chartTitle', { region: regionName, from: view.fromYear, to: view.toYear })}
        description={t('budgetActual.chartDescription')}
        headingLevel={2}
        testId="budget-actual-chart"
        chart={
          <BarChart data={data} width="100%" height={260} responsive accessibilityLayer={false} margin={CHART_MARGIN}>
            <CartesianGrid vertical={false} stroke={CHART_GRID_STROKE} />
            <XAxis {...categoryAxis} />
            <YAxis {...kronorAxis(96)} />
            <Legend {...legendStyle} />
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={seriesColor(i)} isAnimationActive={false} maxBarSize={36} />
            ))}
          </BarChart>
        }
        table={table}
      />
    </div>
  );
}
