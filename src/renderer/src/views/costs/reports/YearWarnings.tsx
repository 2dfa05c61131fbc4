import { useTranslation } from 'react-i18next';
import type { CostWarning, YearReport } from '@shared/contract/cost/reports';

type Row = { key: string; region: string | null; code: CostWarning['code']; count: number };

function rows(report: YearReport): Row[] {
  const result = new Map<string, Row>();
  const add = (region: string | null, w: CostWarning) => {
    const key = `${region ?? ''}:${w.code}`;
    const row = result.get(key) ?? { key, region, code: w.code, count: 0 };
    row.count += 1;
    result.set(key, row);
  };
  for (const w of report.warnings) add(null, w);
  for (const r of report.regions) for (const w of r.warnings) add(r.regionName, w);
  return [...result.values()];
}

/**
 * What the year's figures rest on or leave out, per region, in words (never a bare 0 kr): e.g. how many
 * memberships could not be costed because no salary is known, or that the year has no costs at all.
 */
export function YearWarnings({ report }: { report: YearReport }) {
  const { t } = useTranslation();
  const list = rows(report);
  const empty = report.totals.regionsOre === 0 && report.totals.hostingsOre === 0;
  if (list.length === 0 && !empty) return null;
  return (
    <section className="stack" aria-labelledby="cost-year-warnings-h" data-testid="year-warnings">
      <h3 id="cost-year-warnings-h">{t('costYearWarnings.heading')}</h3>
      {empty && <p>{t('costYearWarnings.nothing', { year: report.year })}</p>}
      {list.length > 0 && (
        <ul className="cost-warnings">
          {list.map((r) => (
            <li key={r.key}>
              {r.region ? `${r.region}: ` : ''}
              {t(`costYearWarnings.code.${r.code}`, { count: r.count })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
