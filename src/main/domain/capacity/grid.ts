/**
 * The capacity grid: persons × months with the sum of their allocation shares, by days. Linear in the
 * number of memberships × months; everything keyed by Maps so tens of thousands of persons stay fast.
 */
import type {
  CapacityBand,
  CapacityGrid,
  CapacityPlaceholder,
  CapacityGridInput,
  CapacityRow,
  CapacitySettings,
  CapacityTotals,
} from '@shared/contract/planning/capacity';
import type { GroupType } from '@shared/domain/enums';
import {
  addBpDays,
  BAND_RANK,
  bandOf,
  displayBp,
  membershipSpan,
  monthSpans,
  overlapsWindow,
  type CapacityMembership,
  type DaySpan,
  type MonthSpan,
} from './load';
import type { MonthInfo } from '@shared/calendar';
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

export type PersonLoad = { person: CapacityPerson; bpDays: number[]; placeholder?: CapacityPlaceholder };

/** What a load needs of a membership (the grid's query reads no more). */
export type LoadMembership = Pick<
  CapacityMembership,
  'personId' | 'groupId' | 'groupType' | 'status' | 'startDate' | 'endDate' | 'allocationBp'
> & {
  /** `membershipSpan` of it when already known (the register mirror keeps it). */
  span?: DaySpan | null;
};

function matchesGroup(m: LoadMembership, groupType: GroupType | null, groupId: string | null): boolean {
  return (groupType === null || m.groupType === groupType) && (groupId === null || m.groupId === groupId);
}

type LoadOptions = Pick<GridOptions, 'months' | 'groupType' | 'groupId' | 'countOnlyMatching'>;

/** A person with their memberships (any order). */
export type PersonMemberships = { person: CapacityPerson; memberships: readonly LoadMembership[] };

/** One person's basis-point-days per month, or null when the group filters do not select them. */
export function personLoad(entry: PersonMemberships, months: readonly MonthSpan[], options: LoadOptions): PersonLoad | null {
  const filtered = options.groupType !== null || options.groupId !== null;
  let selected = false;
  const bpDays = new Array<number>(months.length).fill(0);
  for (const m of entry.memberships) {
    const span = m.span !== undefined ? m.span : membershipSpan(m);
    if (span === null || !overlapsWindow(span, months)) continue;
    const matching = matchesGroup(m, options.groupType, options.groupId);
    if (!filtered || matching) selected = true;
    if (!options.countOnlyMatching || matching) addBpDays(bpDays, span, m.allocationBp, months);
  }
  return selected ? { person: entry.person, bpDays } : null;
}

/** The memberships of the given persons, per person in the order the persons first appear. */
export function byPerson(persons: ReadonlyMap<string, CapacityPerson>, memberships: readonly LoadMembership[]): PersonMemberships[] {
  const entries = new Map<string, { person: CapacityPerson; memberships: LoadMembership[] }>();
  for (const m of memberships) {
    const person = persons.get(m.personId);
    if (!person) continue;
    const entry = entries.get(m.personId);
    if (entry) entry.memberships.push(m);
    else entries.set(m.personId, { person, memberships: [m] });
  }
  return [...entries.values()];
}

/** Basis-point-days per person and month, for the persons the group filters select. */
export function personLoads(
  persons: ReadonlyMap<string, CapacityPerson>,
  memberships: readonly LoadMembership[],
  options: LoadOptions,
): PersonLoad[] {
  const months = monthSpans(options.months);
  const loads: PersonLoad[] = [];
  for (const entry of byPerson(persons, memberships)) {
    const load = personLoad(entry, months, options);
    if (load) loads.push(load);
  }
  return loads;
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
    placeholder: load.placeholder ?? null,
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Persons by name in Swedish collation, then id: the grid's name order. */
export function comparePersonsByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** A selected person's load with its peak, before any cell is built (only the page's rows get cells). */
export type Ranked = { load: PersonLoad; peakBp: number; peakBand: CapacityBand };

export function ranked(load: PersonLoad, months: readonly MonthInfo[], settings: CapacitySettings): Ranked {
  let peak = 0;
  let peakBand: CapacityBand = 'NONE';
  for (let i = 0; i < months.length; i++) {
    const bpDays = load.bpDays[i] ?? 0;
    const days = months[i]!.days;
    const exact = bpDays / days;
    if (exact > peak) peak = exact;
    const band = bandOf(bpDays, days, settings);
    if (BAND_RANK[band] > BAND_RANK[peakBand]) peakBand = band;
  }
  return { load, peakBp: Math.round(peak * 10) / 10, peakBand };
}

/** Rows in name order → by peak, descending, keeping the name order among equal peaks (the sort is stable). */
export function sortByPeak(rows: Ranked[]): void {
  rows.sort((a, b) => b.peakBp - a.peakBp);
}

/** The selected persons sorted with their peaks, and the totals over all of them: everything but the page. */
export type RankedGrid = { rows: Ranked[]; totals: CapacityTotals };

type RankOptions = Omit<GridOptions, 'offset' | 'limit' | 'withTotals'>;

/** The selected persons with their peaks, in name order (persons passed in name order — the mirror's — make the sort linear). */
export function rankPersons(entries: readonly PersonMemberships[], options: RankOptions): Ranked[] {
  const months = monthSpans(options.months);
  const kept: Ranked[] = [];
  for (const entry of entries) {
    const load = personLoad(entry, months, options);
    if (!load) continue;
    const row = ranked(load, options.months, options.settings);
    if (options.minBand !== null && BAND_RANK[row.peakBand] < BAND_RANK[options.minBand]) continue;
    kept.push(row);
  }
  kept.sort((a, b) => comparePersonsByName(a.load.person, b.load.person));
  return kept;
}

/** The grid of rows in name order: sorted as asked (a copy) with the totals over all of them. */
export function finishRanking(
  byName: readonly Ranked[],
  options: Pick<RankOptions, 'sort' | 'months' | 'regionNames' | 'settings'>,
): RankedGrid {
  const rows = [...byName];
  if (options.sort === 'PEAK_DESC') sortByPeak(rows);
  return {
    rows,
    totals: capacityTotals(
      rows.map((r) => r.load),
      options.months,
      options.regionNames,
      options.settings,
    ),
  };
}

export function rankCapacity(
  persons: ReadonlyMap<string, CapacityPerson>,
  memberships: readonly LoadMembership[],
  options: RankOptions,
): RankedGrid {
  return finishRanking(rankPersons(byPerson(persons, memberships), options), options);
}

/** One page of a ranked grid: cells only for its rows. */
export function capacityPage(
  grid: RankedGrid,
  options: Pick<GridOptions, 'months' | 'settings' | 'offset' | 'limit' | 'withTotals'>,
): CapacityGrid {
  return {
    months: options.months.map((m) => ({ ...m })),
    settings: { highAtBp: options.settings.highAtBp, overAboveBp: options.settings.overAboveBp },
    totalRows: grid.rows.length,
    plannedRows: grid.totals.planned.rows,
    offset: options.offset,
    limit: options.limit,
    rows: grid.rows.slice(options.offset, options.offset + options.limit).map((r) => capacityRow(r.load, options.months, options.settings)),
    totals: options.withTotals ? grid.totals : null,
  };
}

/** The whole grid: selected rows sorted, one page of them, and the totals over all selected rows. */
export function buildCapacityGrid(
  persons: ReadonlyMap<string, CapacityPerson>,
  memberships: readonly LoadMembership[],
  options: GridOptions,
): CapacityGrid {
  return capacityPage(rankCapacity(persons, memberships, options), options);
}

/** A column header's order (CapacityGridInput.order). */
export type GridOrder = { by: 'NAME' | 'MONTH' | 'PEAK'; month: number; descending: boolean };

/**
 * The rows in a column header's order, from the grid in name order (a copy: the ranked grid is kept
 * for the next page). The sort is stable, so equal values keep the name order, in either direction.
 */
export function orderGrid(grid: RankedGrid, order: GridOrder): RankedGrid {
  const rows = [...grid.rows];
  const sign = order.descending ? -1 : 1;
  if (order.by === 'NAME') {
    if (order.descending) rows.reverse();
  } else if (order.by === 'PEAK') {
    rows.sort((a, b) => sign * (a.peakBp - b.peakBp));
  } else {
    const at = (r: Ranked) => r.load.bpDays[order.month] ?? 0;
    rows.sort((a, b) => sign * (at(a) - at(b)));
  }
  return { rows, totals: grid.totals };
}
