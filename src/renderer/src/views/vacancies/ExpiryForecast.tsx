import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { VacancyView } from '@shared/contract/register-insights';
import { ChartWithTable } from '../../components/charts/ChartWithTable';
import { CHART_ACCENT, CHART_ALERT } from '../../components/charts/colors';
import { formatInteger, formatPercentBp } from '../../format';

type Forecast = VacancyView['forecast'];

function ForecastChart({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const data = forecast.quarters.map((q) => ({ ...q, label: q.quarter.replace('-', ' ') }));
  const threshold = (forecast.seatCount * forecast.thresholdBp) / 10_000;
  return (
    <BarChart
      data={data}
      width="100%"
      height={260}
      responsive
      accessibilityLayer={false}
      margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="#d5d9de" />
      <XAxis dataKey="label" tick={{ fill: '#1b1f24', fontSize: 12 }} stroke="#6b7480" interval={0} />
      <YAxis
        allowDecimals={false}
        width={36}
        domain={[0, (dataMax: number) => Math.max(dataMax, Math.ceil(threshold))]}
        tick={{ fill: '#4f5965', fontSize: 12 }}
        stroke="#6b7480"
      />
      {forecast.seatCount > 0 && (
        <ReferenceLine
          y={threshold}
          stroke={CHART_ALERT}
          strokeDasharray="6 4"
          label={{
            value: t('forecast.thresholdLine', { share: formatPercentBp(forecast.thresholdBp) }),
            position: 'insideTopRight',
            fill: CHART_ALERT,
            fontSize: 12,
          }}
        />
      )}
      <Bar dataKey="expiring" isAnimationActive={false}>
        {data.map((q) => (
          <Cell key={q.quarter} fill={q.flagged ? CHART_ALERT : CHART_ACCENT} />
        ))}
        <LabelList dataKey="expiring" position="top" fill="#1b1f24" fontSize={12} />
      </Bar>
    </BarChart>
  );
}

function ForecastTable({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact" data-testid="forecast-table">
      <caption className="visually-hidden">{t('forecast.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('forecast.quarter')}</th>
          <th scope="col" className="numeric">
            {t('forecast.expiring')}
          </th>
          <th scope="col" className="numeric">
            {t('forecast.share')}
          </th>
          <th scope="col">{t('forecast.flag')}</th>
        </tr>
      </thead>
      <tbody>
        {forecast.quarters.map((q) => (
          <tr key={q.quarter} className={q.flagged ? 'row--flagged' : undefined}>
            <th scope="row">
              <span className="nowrap">{q.quarter}</span>
              <span className="cell-sub">
                <span className="nowrap">{q.firstDay}</span> – <span className="nowrap">{q.lastDay}</span>
              </span>
            </th>
            <td className="numeric">{formatInteger(q.expiring)}</td>
            <td className="numeric">{formatPercentBp(q.shareBp)}</td>
            <td>
              {q.flagged ? (
                <span className="flag">
                  <span aria-hidden="true">! </span>
                  {t('forecast.flagged')}
                </span>
              ) : (
                <span className="muted">{t('forecast.ok')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How many of the own seats' terms end in each of the coming quarters; quarters over the limit stand out. */
export function ExpiryForecast({ forecast }: { forecast: Forecast }) {
  const { t } = useTranslation();
  const flagged = forecast.quarters.filter((q) => q.flagged).map((q) => q.quarter);
  const total = forecast.quarters.reduce((sum, q) => sum + q.expiring, 0);
  const description = t('forecast.description', {
    total,
    seats: forecast.seatCount,
    quarters: forecast.quarters.length,
    share: formatPercentBp(forecast.thresholdBp),
    flagged: flagged.length > 0 ? flagged.join(', ') : t('forecast.noneFlagged'),
  });
  return (
    <ChartWithTable
      title={t('forecast.title')}
      description={description}
      chart={<ForecastChart forecast={forecast} />}
      table={<ForecastTable forecast={forecast} />}
      headingLevel={2}
      testId="expiry-forecast"
    />
  );
}
