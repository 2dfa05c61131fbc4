/** Regions, healthcare regions and their memberships (live rows unless said otherwise). */
import { all, first, qb, type Connection } from '../db/data';
import { readSetting, SETTING_KEYS } from './settings';

export type NamedCode = { code: string; name: string };
export type HealthcareRegionMember = { healthcareRegionCode: string; regionCode: string };

export function healthcareRegionMemberOf(r: { healthcare_region_code: string; region_code: string }): HealthcareRegionMember {
  return { healthcareRegionCode: r.healthcare_region_code, regionCode: r.region_code };
}

/** Which region belongs to which healthcare region (Halland to two). */
export function healthcareRegionMembers(conn: Connection): HealthcareRegionMember[] {
  const rows = all(
    conn,
    qb.selectFrom('healthcare_region_members').select(['healthcare_region_code', 'region_code']).where('deleted_at', 'is', null),
  );
  return rows.map(healthcareRegionMemberOf);
}

/** A live region's code and name, or undefined. */
export function liveRegion(conn: Connection, code: string): NamedCode | undefined {
  return first(conn, qb.selectFrom('regions').select(['code', 'name']).where('code', '=', code).where('deleted_at', 'is', null));
}

/** A live healthcare region's code and name, or undefined. */
export function liveHealthcareRegion(conn: Connection, code: string): NamedCode | undefined {
  return first(conn, qb.selectFrom('healthcare_regions').select(['code', 'name']).where('code', '=', code).where('deleted_at', 'is', null));
}

/** Live regions by code. */
export function liveRegions(conn: Connection): NamedCode[] {
  return all(conn, qb.selectFrom('regions').select(['code', 'name']).where('deleted_at', 'is', null).orderBy('code'));
}

/** Live healthcare regions by name. */
export function liveHealthcareRegions(conn: Connection): NamedCode[] {
  return all(conn, qb.selectFrom('healthcare_regions').select(['code', 'name']).where('deleted_at', 'is', null).orderBy('name'));
}

/** Every region's name by code, removed ones included (a name for any code still referenced). */
export function allRegionNames(conn: Connection): Map<string, string> {
  return new Map(all(conn, qb.selectFrom('regions').select(['code', 'name'])).map((r) => [r.code, r.name]));
}

/** Every region, removed ones included (whom an installation may work for is matched against them all). */
export function allRegions(conn: Connection): NamedCode[] {
  return all(conn, qb.selectFrom('regions').select(['code', 'name']));
}

/** Every healthcare region, removed ones included. */
export function allHealthcareRegions(conn: Connection): NamedCode[] {
  return all(conn, qb.selectFrom('healthcare_regions').select(['code', 'name']));
}

/** The name of a region or healthcare region (removed ones included), or undefined. */
export function ownerName(conn: Connection, kind: 'REGION' | 'HEALTHCARE_REGION', code: string): string | undefined {
  const table = kind === 'REGION' ? 'regions' : 'healthcare_regions';
  return first(conn, qb.selectFrom(table).select('name').where('code', '=', code))?.name;
}

/** The installation's healthcare region(s): its own, or those its region belongs to; the whole country before setup. */
export function ownHealthcareRegionCodes(conn: Connection): string[] {
  const code = readSetting(conn, SETTING_KEYS.ownerCode);
  if (code !== null && readSetting(conn, SETTING_KEYS.ownerKind) === 'HEALTHCARE_REGION') return [code];
  const members = healthcareRegionMembers(conn).filter((m) => code === null || m.regionCode === code);
  return [...new Set(members.map((m) => m.healthcareRegionCode))].sort();
}
