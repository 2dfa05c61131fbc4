import { useTranslation } from 'react-i18next';
import { ChartWithTable } from '../../../components/charts/ChartWithTable';
import { useLanguage } from '../../../store/selectors';
import { formatFte, monthLabel, monthShortName } from '../common/format';
import { LevelLabel, type LevelOrNone } from '../common/levels';
import { MonthChart } from '../common/MonthChart';

export type TimeMonth = {
  month: string;
  plannedBpDays: number;
  actualBpDays: number;
  plannedFte: number;
  actualFte: number;
  levels?: { level: LevelOrNone; days: number }[];
};

type Props = {
  title: string;
  months: TimeMonth[];
  /** Days per month, aligned with `months`, for the day-weighted averages. */
  days: number[];
  testId: string;
  headingLevel?: 2 | 3;
};

/** Day-weighted average FTE over the window, rounded to three decimals like the board's figures. */
function averageFte(bpDays: number, days: number): number {
  return days === 0 ? 0 : Math.round((bpDays / (days * 10_000)) * 1000) / 1000;
}

/** Planned time (what the levels imply) against actual time (the members' allocations), month by month. */
export function PlannedTimeBlock({ title, months, days, testId, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const withLevels = months.some((m) => m.levels !== undefined);
  const data = months.map((m) => ({ label: monthShortName(m.month, language), planned: m.plannedFte, actual: m.actualFte }));
  const totalDays = days.reduce((sum, d) => sum + d, 0);
  const planned = averageFte(
    months.reduce((sum, m) => sum + m.plannedBpDays, 0),
    totalDays,
  );
  const actual = averageFte(
    months.reduce((sum, m) => sum + m.actualBpDays, 0),
    totalDays,
  );
  const first = months[0]?.month ?? '';
  const last = months[months.length - 1]?.month ?? '';
  const table = (
    <table className="table table--compact" data-testid={`${testId}-table`}>
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning.teams.time.month')}</th>
          {withLevels && <th scope="col">{t('planning.teams.time.level')}</th>}
          <th scope="col" className="numeric">
            {t('planning.teams.time.planned')}
          </th>
          <th scope="col" className="numeric">
            {t('planning.teams.time.actual')}
          </th>
          <th scope="col" className="numeric">
            {t('planning.teams.time.difference')}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month} data-month={m.month}>
            <th scope="row">{monthLabel(m.month, language)}</th>
            {withLevels && (
              <td>
                {(m.levels ?? []).map((l) => (
                  <span key={l.level} className="time-level">
                    <LevelLabel level={l.level} />
                    {(m.levels ?? []).length > 1 && <span className="cell-sub">{t('planning.teams.time.days', { count: l.days })}</span>}
                  </span>
                ))}
              </td>
            )}
            <td className="numeric" data-testid="planned-fte">
              {formatFte(m.plannedFte)}
            </td>
            <td className="numeric">{formatFte(m.actualFte)}</td>
            <td className="numeric">{formatFte(Math.round((m.actualFte - m.plannedFte) * 1000) / 1000)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartWithTable
      layout="side"
      title={title}
      tableLabel={t('planning.common.tableOf', { title })}
      headingLevel={headingLevel}
      description={t('planning.teams.time.description', {
        from: monthLabel(first, language),
        to: monthLabel(last, language),
        planned: formatFte(planned),
        actual: formatFte(actual),
      })}
      chart={
        <MonthChart
          data={data}
          series={[
            { key: 'actual', name: t('planning.teams.time.actual'), kind: 'bar' },
            { key: 'planned', name: t('planning.teams.time.planned'), kind: 'line' },
          ]}
        />
      }
      table={table}
      testId={testId}
    />
  );
}
