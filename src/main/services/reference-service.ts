import type { ReferenceData } from '@shared/contract/reference';
import { healthcareRegionPopulation } from '@shared/domain/population';
import type { Connection } from '../db/data';
import { memberPopulations, nationalGroups, regionPopulations, regionsWithCounty } from '../repositories/reference-data';
import { healthcareRegionMembers, liveHealthcareRegions } from '../repositories/regions';

function byYear(entries: Iterable<[number, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [year, value] of entries) out[String(year)] = value;
  return out;
}

/** The national reference data as the reference view shows it. */
export async function getReferenceData(conn: Connection, sources: string[]): Promise<ReferenceData> {
  const hrs = liveHealthcareRegions(conn);
  const regions = regionsWithCounty(conn);
  const members = healthcareRegionMembers(conn);
  const regionPops = regionPopulations(conn);
  const parts = memberPopulations(conn);
  const healthcareRegions = hrs.map((hr) => {
    const memberCodes = members
      .filter((m) => m.healthcareRegionCode === hr.code)
      .map((m) => m.regionCode)
      .sort();
    const years = [...new Set(parts.filter((p) => p.healthcareRegionCode === hr.code).map((p) => p.year))];
    const complete = years.filter((year) =>
      memberCodes.every((code) => parts.some((p) => p.healthcareRegionCode === hr.code && p.regionCode === code && p.year === year)),
    );
    const populations = complete.map((year): [number, number] => [year, healthcareRegionPopulation(parts, hr.code, year) ?? 0]);
    return { code: hr.code, name: hr.name, memberRegionCodes: memberCodes, populationByYear: byYear(populations) };
  });
  const regionViews = regions.map((region) => {
    const hrCodes = members
      .filter((m) => m.regionCode === region.code)
      .map((m) => m.healthcareRegionCode)
      .sort();
    const partsByHealthcareRegion: Record<string, Record<string, number>> = {};
    for (const hr of hrCodes) {
      partsByHealthcareRegion[hr] = byYear(
        parts.filter((p) => p.regionCode === region.code && p.healthcareRegionCode === hr).map((p) => [p.year, p.population]),
      );
    }
    return {
      ...region,
      healthcareRegionCodes: hrCodes,
      populationByYear: byYear(regionPops.filter((p) => p.regionCode === region.code).map((p) => [p.year, p.population])),
      partsByHealthcareRegion,
    };
  });
  const nationalPopulation: Record<string, number> = {};
  for (const p of regionPops) nationalPopulation[String(p.year)] = (nationalPopulation[String(p.year)] ?? 0) + p.population;
  for (const year of Object.keys(nationalPopulation)) {
    if (regionPops.filter((p) => String(p.year) === year).length !== regions.length) delete nationalPopulation[year];
  }
  return {
    healthcareRegions,
    regions: regionViews,
    nationalGroups: nationalGroups(conn),
    nationalPopulation,
    sources,
  };
}
