/** Totals of the capacity grid in full-time equivalents: all, per region, per organisation. */
import type { CapacitySettings, CapacityTotals } from '@shared/contract/planning/capacity';
import type { PersonLoad } from './grid';
import { bandOf, monthlySum } from './load';
import type { MonthInfo } from '@shared/calendar';

type Bucket = { bpDays: number[]; persons: number };

function addInto(buckets: Map<string, Bucket>, key: string, bpDays: readonly number[]): void {
  let bucket = buckets.get(key);
  if (!bucket) buckets.set(key, (bucket = { bpDays: new Array<number>(bpDays.length).fill(0), persons: 0 }));
  bucket.persons += 1;
  bpDays.forEach((v, i) => {
    bucket.bpDays[i] = (bucket.bpDays[i] ?? 0) + v;
  });
}

const NONE = '\u0000';
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function capacityTotals(
  loads: readonly PersonLoad[],
  months: readonly MonthInfo[],
  regionNames: ReadonlyMap<string, string>,
  settings: CapacitySettings,
): CapacityTotals {
  const all = new Array<number>(months.length).fill(0);
  const byRegion = new Map<string, Bucket>();
  const byOrganisation = new Map<string, Bucket>();
  const organisationNames = new Map<string, string | null>();
  for (const load of loads) {
    load.bpDays.forEach((v, i) => {
      all[i] = (all[i] ?? 0) + v;
    });
    addInto(byRegion, load.person.regionCode ?? NONE, load.bpDays);
    const orgKey = load.person.organisationId ?? NONE;
    addInto(byOrganisation, orgKey, load.bpDays);
    organisationNames.set(orgKey, load.person.organisationName);
  }
  const bandCounts = { NONE: 0, OK: 0, HIGH: 0, OVER: 0 };
  // the bands of every selected person's cells, decided as the cells are (no cell objects for rows off the page)
  for (const load of loads) {
    for (let i = 0; i < months.length; i++) bandCounts[bandOf(load.bpDays[i] ?? 0, months[i]!.days, settings)] += 1;
  }
  const regionRows = [...byRegion.entries()]
    .sort(([a], [b]) => (a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b)))
    .map(([code, bucket]) => ({
      regionCode: code === NONE ? null : code,
      regionName: code === NONE ? null : (regionNames.get(code) ?? null),
      persons: bucket.persons,
      ...monthlySum(bucket.bpDays, months),
    }));
  const organisationRows = [...byOrganisation.entries()]
    .map(([id, bucket]) => ({
      organisationId: id === NONE ? null : id,
      organisationName: id === NONE ? null : (organisationNames.get(id) ?? null),
      persons: bucket.persons,
      ...monthlySum(bucket.bpDays, months),
    }))
    .sort(
      (a, b) =>
        (a.organisationName === null ? 1 : b.organisationName === null ? -1 : collator.compare(a.organisationName, b.organisationName)) ||
        // equal names (two units called the same) in a fixed order, whatever order the rows were read in
        (a.organisationId ?? '').localeCompare(b.organisationId ?? ''),
    );
  const planned = { rows: 0, ...monthlySum(new Array<number>(months.length).fill(0), months) };
  return {
    persons: loads.length,
    all: monthlySum(all, months),
    planned,
    byRegion: regionRows,
    byOrganisation: organisationRows,
    bandCounts,
  };
}

/** The totals with placeholder rows added: into the whole selection, the planned sum and the band counts. */
export function addPlannedTotals(
  totals: CapacityTotals,
  loads: readonly PersonLoad[],
  months: readonly MonthInfo[],
  settings: CapacitySettings,
): CapacityTotals {
  if (loads.length === 0) return totals;
  const all = [...totals.all.bpDays];
  const planned = [...totals.planned.bpDays];
  const bandCounts = { ...totals.bandCounts };
  for (const load of loads) {
    load.bpDays.forEach((v, i) => {
      all[i] = (all[i] ?? 0) + v;
      planned[i] = (planned[i] ?? 0) + v;
    });
    for (let i = 0; i < months.length; i++) bandCounts[bandOf(load.bpDays[i] ?? 0, months[i]!.days, settings)] += 1;
  }
  return {
    ...totals,
    all: monthlySum(all, months),
    planned: { rows: totals.planned.rows + loads.length, ...monthlySum(planned, months) },
    bandCounts,
  };
}
