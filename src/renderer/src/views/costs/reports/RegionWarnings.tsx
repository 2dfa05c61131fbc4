import { useTranslation } from 'react-i18next';
import type { CostWarning, RegionReport } from '@shared/contract/cost/reports';
import { hrefFor } from '../../../router';
import type { Route } from '../../../routes';
import { warningText } from '../common/invoiced';

/** Above this many warnings of one kind, the sentences fold under one counted line. */
const FOLD_AFTER = 3;

type Fix = { route: Route; id?: string; label: 'parameters' | 'hosting' | 'hostings' | 'scenarios' };

/** Where a warning is resolved: PO-pålägg, salaries and populations in Kostnadsparametrar, an item or a key in its hosting. */
function fixOf(w: CostWarning, hostingIds: ReadonlyMap<string, string>): Fix | null {
  const hostingName = typeof w.params?.hosting === 'string' ? w.params.hosting : null;
  const hostingId = hostingName === null ? undefined : hostingIds.get(hostingName);
  switch (w.code) {
    case 'NO_PO_SURCHARGE':
    case 'PO_ASSUMED':
    case 'POPULATION_FALLBACK':
    case 'MEMBERSHIP_FAILED':
      return { route: 'costParameters', label: 'parameters' };
    case 'ITEM_FAILED':
      return hostingId ? { route: 'costHosting', id: hostingId, label: 'hosting' } : { route: 'costHostings', label: 'hostings' };
    case 'SPLIT_FAILED':
      return w.ref !== null ? { route: 'costHosting', id: w.ref, label: 'hosting' } : { route: 'costHostings', label: 'hostings' };
    case 'PLANNING_COPY_SKIPPED':
      return { route: 'costHostings', label: 'hostings' };
    case 'SCENARIO_TARGET_MISSING':
      return { route: 'costScenarios', label: 'scenarios' };
    case 'MEMBERSHIP_PAID_BY_HOSTING':
      return null;
  }
}

function FixLink({ fix }: { fix: Fix | null }) {
  const { t } = useTranslation();
  if (fix === null) return null;
  return (
    <>
      {' '}
      <a href={hrefFor(fix.route, fix.id)} className="cost-warnings__fix">
        {t(`costRegionWarnings.fix.${fix.label}`)}
      </a>
    </>
  );
}

/** One link for a folded kind: the shared one, or the list of hostings when the items are in several. */
function sharedFix(fixes: readonly (Fix | null)[]): Fix | null {
  const first = fixes[0] ?? null;
  if (fixes.every((f) => f?.route === first?.route && f?.id === first?.id)) return first;
  return { route: 'costHostings', label: 'hostings' };
}

type Group = { code: CostWarning['code']; sentences: { text: string; fix: Fix | null }[] };

function groups(report: RegionReport): Group[] {
  const hostingIds = new Map(report.hostingShares.map((s) => [s.groupName, s.hostingId]));
  const byCode = new Map<CostWarning['code'], Group>();
  for (const w of report.warnings) {
    const group = byCode.get(w.code) ?? { code: w.code, sentences: [] };
    const text = warningText(w);
    if (!group.sentences.some((s) => s.text === text)) group.sentences.push({ text, fix: fixOf(w, hostingIds) });
    byCode.set(w.code, group);
  }
  return [...byCode.values()];
}

/**
 * What the region's figures rest on or leave out, in the same coded, worded warnings as the year view,
 * the CLI and the exports, each with a link to where it is resolved. Many of one kind (e.g. 31 memberships
 * without a salary) fold under one counted line that opens to the sentences.
 */
export function RegionWarnings({ report }: { report: RegionReport }) {
  const { t } = useTranslation();
  const list = groups(report);
  const empty = report.totalOre === 0;
  if (list.length === 0 && !empty) return null;
  return (
    <section className="stack" aria-labelledby="cost-region-warnings-h" data-testid="region-warnings">
      <h3 id="cost-region-warnings-h">{t('costYearWarnings.heading')}</h3>
      {empty && list.length === 0 && <p>{t('costRegionWarnings.nothing', { region: report.regionName, year: report.year })}</p>}
      {list.length > 0 && (
        <ul className="cost-warnings">
          {list.map((g) =>
            g.sentences.length > FOLD_AFTER ? (
              <li key={g.code} data-code={g.code}>
                <details>
                  <summary>{t(`costYearWarnings.code.${g.code}`, { count: g.sentences.length })}</summary>
                  <ul>
                    {g.sentences.map((s) => (
                      <li key={s.text}>{s.text}</li>
                    ))}
                  </ul>
                </details>
                <FixLink fix={sharedFix(g.sentences.map((x) => x.fix))} />
              </li>
            ) : (
              g.sentences.map((s) => (
                <li key={s.text} data-code={g.code}>
                  {s.text}
                  <FixLink fix={s.fix} />
                </li>
              ))
            ),
          )}
        </ul>
      )}
    </section>
  );
}
