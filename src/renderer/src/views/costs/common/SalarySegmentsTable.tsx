import { useTranslation } from 'react-i18next';
import type { StaffedSegmentTrace } from '@shared/domain/costs/staffed';
import { TableHead } from './controls';
import { exactKronor, formatBp } from './format';

/** Every run of days under one salary: from–to, salary, share, days and the exact amount. */
export function SalarySegmentsTable({ segments }: { segments: readonly StaffedSegmentTrace[] }) {
  const { t } = useTranslation();
  if (segments.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="salary-segments">
        <caption>{t('costs.salarySegments.caption', { count: segments.length })}</caption>
        <TableHead
          text={[t('costs.salarySegments.period'), t('costs.salarySegments.source')]}
          numeric={[
            t('costs.salarySegments.salary'),
            t('costs.salarySegments.share'),
            t('costs.salarySegments.days'),
            t('costs.salarySegments.amount'),
          ]}
        />
        <tbody>
          {segments.map((s) => (
            <tr key={s.from}>
              <td>{`${s.from} – ${s.to}`}</td>
              <td>
                {t(`costs.trace.source.${s.salary.source}`)}
                {s.salary.effectiveDate ? ` (${t('costs.trace.effective', { date: s.salary.effectiveDate })})` : ''}
                {s.salary.indexed ? `, ${t('costs.salarySegments.indexed')}` : ''}
              </td>
              <td className="numeric">{exactKronor(s.monthlySalaryOre)}</td>
              <td className="numeric">{formatBp(s.allocationBp)}</td>
              <td className="numeric">{s.days}</td>
              <td className="numeric">{exactKronor(s.exactOre)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
