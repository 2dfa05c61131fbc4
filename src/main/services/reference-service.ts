import type { Db } from '../db/schema';
import type { ReferenceData } from '@shared/contract/reference';
import type { GroupLevel, GroupType, HostingStatus } from '@shared/domain/enums';
import { healthcareRegionPopulation, type MemberPopulation } from '@shared/domain/population';

async function memberPopulations(db: Db): Promise<MemberPopulation[]> {
  const rows = await db
    .selectFrom('healthcare_region_member_populations')
    .select(['healthcare_region_code', 'region_code', 'year', 'population'])
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    healthcareRegionCode: r.healthcare_region_code,
    regionCode: r.region_code,
    year: r.year,
    population: r.population,
  }));
}

function byYear(entries: Iterable<[number, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [year, value] of entries) out[String(year)] = value;
  return out;
}

/** The national reference data as the reference view shows it. */
export async function getReferenceData(db: Db, sources: string[]): Promise<ReferenceData> {
  const [hrs, regions, members, regionPops, parts, groups] = await Promise.all([
    db.selectFrom('healthcare_regions').select(['code', 'name']).where('deleted_at', 'is', null).orderBy('name').execute(),
    db.selectFrom('regions').select(['code', 'name', 'county']).where('deleted_at', 'is', null).orderBy('code').execute(),
    db.selectFrom('healthcare_region_members').select(['healthcare_region_code', 'region_code']).where('deleted_at', 'is', null).execute(),
    db.selectFrom('region_populations').select(['region_code', 'year', 'population']).where('deleted_at', 'is', null).execute(),
    memberPopulations(db),
    db
      .selectFrom('groups')
      .select(['id', 'name', 'type', 'level', 'host_healthcare_region_code', 'hosting_status', 'seats_per_healthcare_region'])
      .where('level', '=', 'NATIONAL')
      .where('deleted_at', 'is', null)
      .orderBy('type')
      .orderBy('name')
      .execute(),
  ]);
  const healthcareRegions = hrs.map((hr) => {
    const memberCodes = members
      .filter((m) => m.healthcare_region_code === hr.code)
      .map((m) => m.region_code)
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
      .filter((m) => m.region_code === region.code)
      .map((m) => m.healthcare_region_code)
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
      populationByYear: byYear(regionPops.filter((p) => p.region_code === region.code).map((p) => [p.year, p.population])),
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
    nationalGroups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      type: g.type as GroupType,
      level: g.level as GroupLevel,
      hostHealthcareRegionCode: g.host_healthcare_region_code,
      hostingStatus: g.hosting_status as HostingStatus | null,
      seatsPerHealthcareRegion: g.seats_per_healthcare_region ?? 0,
    })),
    nationalPopulation,
    sources,
  };
}
