import { useTranslation } from 'react-i18next';
import type { CostWarning } from '@shared/contract/cost/reports';
import { formatInteger, formatIsoDate, todayIso } from '../../format';
import { hrefFor } from '../../router';
import { useLoad } from '../costs/common/useCall';
import { ActionCard, CARD_ITEMS } from './ActionCard';

function countsByCode(warnings: readonly CostWarning[]): [CostWarning['code'], number][] {
  const counts = new Map<CostWarning['code'], number>();
  for (const warning of warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function CostWarningsCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const report = useLoad('cost-report:year', { year, healthcareRegionCode: null, scenarioId: null, withLines: false });
  const warnings = report.data?.warnings ?? null;
  return (
    <ActionCard
      id="costWarnings"
      heading={t('start.costWarnings.heading', { year })}
      count={warnings ? warnings.length : null}
      loading={report.loading}
      error={report.error}
      none={t('start.costWarnings.none')}
      items={countsByCode(warnings ?? []).map(([code, count]) => (
        <li key={code}>
          {t(`costs.warning.${code}`)}
          <span className="action-card__figure">{formatInteger(count)}</span>
        </li>
      ))}
      link={{ href: hrefFor('costReports'), text: t('start.costWarnings.link') }}
    />
  );
}

function EmptyHostingsCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const hostings = useLoad('hostings:list', { year, hostHealthcareRegionCode: null });
  // a planning copy holds no items of its own: the host's record does
  const empty = hostings.data?.filter((h) => !h.planningCopy && !h.itemYears.includes(year)) ?? null;
  return (
    <ActionCard
      id="emptyHostings"
      heading={t('start.emptyHostings.heading', { year })}
      count={empty ? empty.length : null}
      loading={hostings.loading}
      error={hostings.error}
      none={t('start.emptyHostings.none')}
      items={(empty ?? []).slice(0, CARD_ITEMS).map((hosting) => (
        <li key={hosting.id}>
          <a href={hrefFor('costHosting', hosting.id)}>{hosting.groupName}</a>
        </li>
      ))}
      link={{ href: hrefFor('costHostings'), text: t('start.emptyHostings.link') }}
    />
  );
}

function BudgetCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const budgets = useLoad('budget:list', { year });
  const latest = budgets.data?.reduce<(typeof budgets.data)[number] | null>((a, b) => (a && a.revision > b.revision ? a : b), null);
  return (
    <ActionCard
      id="budget"
      heading={t('start.budget.heading', { year })}
      count={budgets.data ? (latest ? 0 : 1) : null}
      loading={budgets.loading}
      error={budgets.error}
      none={latest ? t('start.budget.locked', { date: formatIsoDate(latest.lockedAt.slice(0, 10)), revision: latest.revision }) : ''}
      items={budgets.data && !latest ? [<li key="open">{t('start.budget.notLocked', { year })}</li>] : []}
      link={{ href: hrefFor('costScenarios'), text: t('start.budget.link') }}
    />
  );
}

/** The finance start page: the current year's cost warnings, hostings without cost items, an unlocked budget. */
export function FinanceStart() {
  const year = Number(todayIso().slice(0, 4));
  return (
    <div className="action-grid">
      <CostWarningsCard year={year} />
      <EmptyHostingsCard year={year} />
      <BudgetCard year={year} />
    </div>
  );
}
