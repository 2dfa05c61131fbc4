/**
 * The capacity grid: persons × months with the sum of their allocation shares, by days. Linear in the
 * number of memberships × months; everything keyed by Maps so tens of thousands of persons stay fast.
 */
import type { CapacityBand, CapacityGrid, CapacityGridInput, CapacityRow, CapacitySettings } from '@shared/contract/planning/capacity';
import type { GroupType } from '@shared/domain/enums';
import { addBpDays, BAND_RANK, bandOf, displayBp, membershipSpan, monthSpans, overlapsWindow, type CapacityMembership } from './load';
import type { MonthInfo } from './months';
import { capacityTotals } from './totals';

export type CapacityPerson = {
  id: string;
  name: string;
  regionCode: string | null;
  organisationId: string | null;
  organisationName: string | null;
};

export type GridOptions = Pick<CapacityGridInput, 'countOnlyMatching' | 'minBand' | 'sort' | 'offset' | 'limit' | 'withTotals'> & {
  months: MonthInfo[];
  settings: CapacitySettings;
  groupType: GroupType | null;
  groupId: string | null;
  regionNames: ReadonlyMap<string, string>;
};

export type PersonLoad = { person: CapacityPerson; bpDays: number[] };

function matchesGroup(m: CapacityMembership, groupType: GroupType | null, groupId: string | null): boolean {
  return (groupType === null || m.groupType === groupType) && (groupId === null || m.groupId === groupId);
}

/** Basis-point-days per person and month, for the persons the group filters select. */
export function personLoads(
  persons: ReadonlyMap<string, CapacityPerson>,
  memberships: readonly CapacityMembership[],
  options: Pick<GridOptions, 'months' | 'groupType' | 'groupId' | 'countOnlyMatching'>,
): PersonLoad[] {
  const months = monthSpans(options.months);
  const filtered = options.groupType !== null || options.groupId !== null;
  const selected = new Set<string>();
  const counted: { m: CapacityMembership; span: NonNullable<ReturnType<typeof membershipSpan>> }[] = [];
  for (const m of memberships) {
    const span = membershipSpan(m);
    if (span === null || !overlapsWindow(span, months) || !persons.has(m.personId)) continue;
    const matching = matchesGroup(m, options.groupType, options.groupId);
    if (!filtered || matching) selected.add(m.personId);
    if (!options.countOnlyMatching || matching) counted.push({ m, span });
  }
  const loads = new Map<string, number[]>();
  for (const { m, span } of counted) {
    if (!selected.has(m.personId)) continue;
    let target = loads.get(m.personId);
    if (!target) loads.set(m.personId, (target = new Array<number>(months.length).fill(0)));
    addBpDays(target, span, m.allocationBp, months);
  }
  return [...selected].map((id) => ({ person: persons.get(id)!, bpDays: loads.get(id) ?? new Array<number>(months.length).fill(0) }));
}

export function capacityRow(load: PersonLoad, months: readonly MonthInfo[], settings: CapacitySettings): CapacityRow {
  const cells = months.map((m, i) => {
    const bpDays = load.bpDays[i] ?? 0;
    return { bpDays, bp: displayBp(bpDays, m.days), band: bandOf(bpDays, m.days, settings) };
  });
  let peak = 0;
  let peakBand: CapacityBand = 'NONE';
  cells.forEach((c, i) => {
    const exact = c.bpDays / months[i]!.days;
    if (exact > peak) peak = exact;
    if (BAND_RANK[c.band] > BAND_RANK[peakBand]) peakBand = c.band;
  });
  return {
    personId: load.person.id,
    personName: load.person.name,
    regionCode: load.person.regionCode,
    organisationId: load.person.organisationId,
    organisationName: load.person.organisationName,
    cells,
    peakBp: Math.round(peak * 10) / 10,
    peakBand,
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

function sortRows(rows: CapacityRow[], sort: GridOptions['sort']): void {
  const byName = (a: CapacityRow, b: CapacityRow) => collator.compare(a.personName, b.personName) || a.personId.localeCompare(b.personId);
  rows.sort(sort === 'PEAK_DESC' ? (a, b) => b.peakBp - a.peakBp || byName(a, b) : byName);
}

/** The whole grid: selected rows sorted, one page of them, and the totals over all selected rows. */
export function buildCapacityGrid(
  persons: ReadonlyMap<string, CapacityPerson>,
  memberships: readonly CapacityMembership[],
  options: GridOptions,
): CapacityGrid {
  const loads = personLoads(persons, memberships, options);
  const rows: CapacityRow[] = [];
  const kept: PersonLoad[] = [];
  for (const load of loads) {
    const row = capacityRow(load, options.months, options.settings);
    if (options.minBand !== null && BAND_RANK[row.peakBand] < BAND_RANK[options.minBand]) continue;
    rows.push(row);
    kept.push(load);
  }
  sortRows(rows, options.sort);
  return {
    months: options.months.map((m) => ({ ...m })),
    settings: { highAtBp: options.settings.highAtBp, overAboveBp: options.settings.overAboveBp },
    totalRows: rows.length,
    offset: options.offset,
    limit: options.limit,
    rows: rows.slice(options.offset, options.offset + options.limit),
    totals: options.withTotals ? capacityTotals(kept, rows, options.months, options.regionNames) : null,
  };
}
