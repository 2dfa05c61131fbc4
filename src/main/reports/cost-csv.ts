/**
 * The invoice basis of a year as CSV for Swedish Excel: UTF-8 with BOM, semicolon-separated, CRLF,
 * amounts in kronor with a decimal comma and no thousands separator (`349178,00`), formula prefixes
 * neutralised (./csv). One line per amount a region pays: hosting shares (to the host), its own
 * staff's time, fixed contributions.
 */
import type { Language } from '@shared/contract/common';
import type { YearReport } from '@shared/contract/cost/reports';
import { formatKronor, THOUSANDS_SEPARATOR } from '@shared/domain/costs';
import { costWords } from './cost-labels';
import { csvText } from './csv';

/** `349178,00`: kronor with two decimals and a decimal comma. */
export function csvAmount(ore: number): string {
  return formatKronor(ore, { ore: 'always', unit: false }).replaceAll(THOUSANDS_SEPARATOR, '');
}

/** `hostNames`: healthcare-region code → name, so a host is named as the views name it. */
export function costCsv(report: YearReport, language: Language, hostNames: Readonly<Record<string, string>>): string {
  const w = costWords(language, hostNames);
  const lines: string[][] = [[w.regionCode, w.common.region, w.category, w.payee, w.item, `${w.amount} (kr)`]];
  for (const r of report.regions) {
    for (const s of r.hostingShares)
      lines.push([
        r.regionCode,
        r.regionName,
        w.payees.HOSTING,
        w.hostName(s.hostHealthcareRegionCode),
        s.groupName,
        csvAmount(s.shareOre),
      ]);
    for (const m of r.memberships)
      lines.push([r.regionCode, r.regionName, w.payees.OWN_STAFF, r.regionName, `${m.personName} – ${m.groupName}`, csvAmount(m.costOre)]);
    for (const c of r.contributions)
      lines.push([r.regionCode, r.regionName, w.payees.CONTRIBUTION, c.recipient, c.label, csvAmount(c.amountOre)]);
  }
  return csvText(lines);
}
