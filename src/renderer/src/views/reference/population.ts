import type { ReferenceData, RegionView } from '@shared/contract/reference';

/** Every year that has a figure in at least one of the records, oldest first. */
export function yearsOf(records: Iterable<Record<string, number>>): string[] {
  const years = new Set<string>();
  for (const record of records) for (const year of Object.keys(record)) years.add(year);
  return [...years].sort();
}

/** Years shown in the summary: those with a healthcare-region or national total. */
export function summaryYears(reference: ReferenceData): string[] {
  return yearsOf([...reference.healthcareRegions.map((hr) => hr.populationByYear), reference.nationalPopulation]);
}

/** The part of a region's population counted in one healthcare region (the whole, except for Halland). */
export function partFor(region: RegionView, healthcareRegionCode: string): Record<string, number> {
  return region.partsByHealthcareRegion[healthcareRegionCode] ?? {};
}

export function isSplit(region: RegionView): boolean {
  return region.healthcareRegionCodes.length > 1;
}

/** The latest year for which a split region's part in this healthcare region is known. */
export function latestPartYear(region: RegionView, healthcareRegionCode: string): string | null {
  const years = Object.keys(partFor(region, healthcareRegionCode)).sort();
  return years.at(-1) ?? null;
}
