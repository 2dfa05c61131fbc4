/**
 * The few reads of register records that cost records refer to (a hosting's group, a salary's
 * person, a key's or hosting's healthcare region and its members, region names and populations).
 */
import { all, first, qb, type Connection } from '../../db/data';

export function liveGroupExists(conn: Connection, id: string): boolean {
  return first(conn, qb.selectFrom('groups').select('id').where('id', '=', id).where('deleted_at', 'is', null)) !== undefined;
}

/** The owner of a live person, or undefined. */
export function livePersonOwner(conn: Connection, id: string): string | undefined {
  return first(conn, qb.selectFrom('persons').select('owner').where('id', '=', id).where('deleted_at', 'is', null))?.owner;
}

export function healthcareRegionExists(conn: Connection, code: string): boolean {
  return first(conn, qb.selectFrom('healthcare_regions').select('code').where('code', '=', code)) !== undefined;
}

export type Member = { healthcareRegionCode: string; regionCode: string };

/** Live memberships of regions in healthcare regions (of one healthcare region when given, by region code). */
export function liveMembers(conn: Connection, healthcareRegionCode: string | null = null): Member[] {
  let query = qb.selectFrom('healthcare_region_members').select(['healthcare_region_code', 'region_code']).where('deleted_at', 'is', null);
  if (healthcareRegionCode !== null) query = query.where('healthcare_region_code', '=', healthcareRegionCode).orderBy('region_code');
  return all(conn, query).map((m) => ({ healthcareRegionCode: m.healthcare_region_code, regionCode: m.region_code }));
}

/** Live populations of member regions per year. */
export function liveMemberPopulations(conn: Connection) {
  return all(
    conn,
    qb
      .selectFrom('healthcare_region_member_populations')
      .select(['healthcare_region_code', 'region_code', 'year', 'population'])
      .where('deleted_at', 'is', null),
  ).map((p) => ({ healthcareRegionCode: p.healthcare_region_code, regionCode: p.region_code, year: p.year, population: p.population }));
}

/** Region code → name of the live regions. */
/** Healthcare-region code → name (NORRA → its name), for warnings that name an owner. */
export function healthcareRegionNames(conn: Connection): Record<string, string> {
  const rows = all(conn, qb.selectFrom('healthcare_regions').select(['code', 'name']).where('deleted_at', 'is', null));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

export function regionNames(conn: Connection): Record<string, string> {
  const rows = all(conn, qb.selectFrom('regions').select(['code', 'name']).where('deleted_at', 'is', null));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}
