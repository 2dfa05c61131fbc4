/** What the reference view reads: regions with their county, populations and the national groups (live rows). */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { GroupLevel, GroupType, HostingStatus } from '@shared/domain/enums';
import type { MemberPopulation } from '@shared/domain/population';
import { all, qb, run, type Connection } from '../db/data';
import type { Database } from '../db/schema';

export type RegionPopulation = { regionCode: string; year: number; population: number };
export type NationalGroup = {
  id: string;
  name: string;
  type: GroupType;
  level: GroupLevel;
  hostHealthcareRegionCode: string | null;
  hostingStatus: HostingStatus | null;
  seatsPerHealthcareRegion: number;
};

/** Live regions with their county, by code. */
export function regionsWithCounty(conn: Connection): { code: string; name: string; county: string }[] {
  return all(conn, qb.selectFrom('regions').select(['code', 'name', 'county']).where('deleted_at', 'is', null).orderBy('code'));
}

export function regionPopulationOf(
  r: Pick<Selectable<Database['region_populations']>, 'region_code' | 'year' | 'population'>,
): RegionPopulation {
  return { regionCode: r.region_code, year: r.year, population: r.population };
}

export function regionPopulations(conn: Connection): RegionPopulation[] {
  const rows = all(conn, qb.selectFrom('region_populations').select(['region_code', 'year', 'population']).where('deleted_at', 'is', null));
  return rows.map(regionPopulationOf);
}

export function memberPopulationOf(
  r: Pick<Selectable<Database['healthcare_region_member_populations']>, 'healthcare_region_code' | 'region_code' | 'year' | 'population'>,
): MemberPopulation {
  return { healthcareRegionCode: r.healthcare_region_code, regionCode: r.region_code, year: r.year, population: r.population };
}

/** The population of each region's part in each healthcare region (Halland's split between two). */
export function memberPopulations(conn: Connection): MemberPopulation[] {
  const rows = all(
    conn,
    qb
      .selectFrom('healthcare_region_member_populations')
      .select(['healthcare_region_code', 'region_code', 'year', 'population'])
      .where('deleted_at', 'is', null),
  );
  return rows.map(memberPopulationOf);
}

const NATIONAL_GROUP_COLUMNS = [
  'id',
  'name',
  'type',
  'level',
  'host_healthcare_region_code',
  'hosting_status',
  'seats_per_healthcare_region',
] as const;

export function nationalGroupOf(g: Pick<Selectable<Database['groups']>, (typeof NATIONAL_GROUP_COLUMNS)[number]>): NationalGroup {
  return {
    id: g.id,
    name: g.name,
    type: g.type as GroupType,
    level: g.level as GroupLevel,
    hostHealthcareRegionCode: g.host_healthcare_region_code,
    hostingStatus: g.hosting_status as HostingStatus | null,
    seatsPerHealthcareRegion: g.seats_per_healthcare_region ?? 0,
  };
}

/** Live national groups by type and name. */
export function nationalGroups(conn: Connection): NationalGroup[] {
  const rows = all(
    conn,
    qb
      .selectFrom('groups')
      .select(NATIONAL_GROUP_COLUMNS)
      .where('level', '=', 'NATIONAL')
      .where('deleted_at', 'is', null)
      .orderBy('type')
      .orderBy('name'),
  );
  return rows.map(nationalGroupOf);
}

/** Inserts one reference row unless a row with its key is there already (loading reference data again keeps what exists). */
export function insertIfAbsent<T extends keyof Database>(conn: Connection, table: T, values: Insertable<Database[T]>): void {
  const loose = qb as unknown as Kysely<Record<string, Record<string, unknown>>>;
  run(
    conn,
    loose
      .insertInto(table)
      .values(values)
      .onConflict((oc) => oc.doNothing()),
  );
}
