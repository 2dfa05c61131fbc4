/**
 * Populations as stored records (with id and version): a region's whole population per year and its
 * part in each healthcare region per year. Reads for the populations service; writes go through the
 * record writer. Ids are deterministic (as the reference loader's), so one figure is one record.
 */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../db/data';
import type { Database } from '../db/schema';
import { deterministicId } from '../lib/ids';

export type StoredPopulation = {
  id: string;
  regionCode: string;
  /** null = the whole region. */
  healthcareRegionCode: string | null;
  year: number;
  population: number;
  source: string;
  version: number;
};

export const populationIds = {
  region: (regionCode: string, year: number) => deterministicId(`population:${regionCode}:${year}`),
  part: (healthcareRegionCode: string, regionCode: string, year: number) =>
    deterministicId(`hr-member-population:${healthcareRegionCode}:${regionCode}:${year}`),
};

function regionRowOf(r: Selectable<Database['region_populations']>): StoredPopulation {
  return {
    id: r.id,
    regionCode: r.region_code,
    healthcareRegionCode: null,
    year: r.year,
    population: r.population,
    source: r.source,
    version: r.version,
  };
}

function partRowOf(r: Selectable<Database['healthcare_region_member_populations']>): StoredPopulation {
  return {
    id: r.id,
    regionCode: r.region_code,
    healthcareRegionCode: r.healthcare_region_code,
    year: r.year,
    population: r.population,
    source: r.source,
    version: r.version,
  };
}

/** Live whole-region figures (of one year when given), by region code and year. */
export function liveRegionPopulations(conn: Connection, year: number | null): StoredPopulation[] {
  let query = qb.selectFrom('region_populations').selectAll().where('deleted_at', 'is', null);
  if (year !== null) query = query.where('year', '=', year);
  return all(conn, query.orderBy('region_code').orderBy('year')).map(regionRowOf);
}

/** Live parts in healthcare regions (of one year when given), by region, healthcare region and year. */
export function livePartPopulations(conn: Connection, year: number | null): StoredPopulation[] {
  let query = qb.selectFrom('healthcare_region_member_populations').selectAll().where('deleted_at', 'is', null);
  if (year !== null) query = query.where('year', '=', year);
  return all(conn, query.orderBy('region_code').orderBy('healthcare_region_code').orderBy('year')).map(partRowOf);
}

/** The stored whole-region figure of a year, live or a tombstone (which a new figure revives). */
export function storedRegionPopulation(
  conn: Connection,
  regionCode: string,
  year: number,
): (StoredPopulation & { deleted: boolean }) | undefined {
  const row = first(conn, qb.selectFrom('region_populations').selectAll().where('region_code', '=', regionCode).where('year', '=', year));
  return row ? { ...regionRowOf(row), deleted: row.deleted_at !== null } : undefined;
}

/** The stored part of a region in a healthcare region of a year, live or a tombstone. */
export function storedPartPopulation(
  conn: Connection,
  healthcareRegionCode: string,
  regionCode: string,
  year: number,
): (StoredPopulation & { deleted: boolean }) | undefined {
  const row = first(
    conn,
    qb
      .selectFrom('healthcare_region_member_populations')
      .selectAll()
      .where('healthcare_region_code', '=', healthcareRegionCode)
      .where('region_code', '=', regionCode)
      .where('year', '=', year),
  );
  return row ? { ...partRowOf(row), deleted: row.deleted_at !== null } : undefined;
}
