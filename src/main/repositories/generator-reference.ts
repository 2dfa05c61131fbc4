import type { Connection } from '../db/data';

/** Synchronous reads for the dataset generator: is the register empty, and the national reference data it builds on. */

export type RefRegion = { code: string; name: string; county: string; population: number; healthcareRegion: string };
export type RefNationalGroup = {
  id: string;
  name: string;
  type: string;
  host: string | null;
  hostingStatus: string | null;
  seats: { id: string; healthcareRegion: string }[];
};
/** The national reference data that `init` loaded, which generated records refer to. */
export type GeneratorReference = {
  regions: RefRegion[];
  healthcareRegions: { code: string; name: string }[];
  nationalGroups: RefNationalGroup[];
  carePathways: { id: string; name: string }[];
};

/** Records of the register and plans that are not national reference data (tombstones included). */
export function registerRecordCount(conn: Connection): number {
  const row = conn
    .prepare(
      `SELECT (SELECT COUNT(*) FROM organisations) + (SELECT COUNT(*) FROM persons) + (SELECT COUNT(*) FROM memberships)
        + (SELECT COUNT(*) FROM groups WHERE owner != 'NATIONAL') + (SELECT COUNT(*) FROM hostings)
        + (SELECT COUNT(*) FROM pathway_implementations) + (SELECT COUNT(*) FROM team_activity_levels)
        + (SELECT COUNT(*) FROM default_salaries) AS n`,
    )
    .get() as { n: number };
  return row.n;
}

type RegionRow = { code: string; name: string; county: string; population: number; healthcare_region_code: string };

/** Regions with their 2023 population and home healthcare region (a split region counts where most of it lives). */
function regions(conn: Connection): GeneratorReference['regions'] {
  const rows = conn
    .prepare(
      `SELECT r.code, r.name, r.county, p.population, m.healthcare_region_code
         FROM regions r
         JOIN region_populations p ON p.region_code = r.code AND p.year = 2023 AND p.deleted_at IS NULL
         JOIN healthcare_region_member_populations m ON m.region_code = r.code AND m.year = 2023 AND m.deleted_at IS NULL
        WHERE r.deleted_at IS NULL
        ORDER BY r.code, m.population DESC, m.healthcare_region_code`,
    )
    .all() as RegionRow[];
  const byCode = new Map<string, GeneratorReference['regions'][number]>();
  for (const r of rows) {
    if (!byCode.has(r.code))
      byCode.set(r.code, {
        code: r.code,
        name: r.name,
        county: r.county,
        population: r.population,
        healthcareRegion: r.healthcare_region_code,
      });
  }
  return [...byCode.values()];
}

type GroupRow = { id: string; name: string; type: string; host: string | null; status: string | null };
type SeatRow = { id: string; group_id: string; hr: string };

function nationalGroups(conn: Connection): GeneratorReference['nationalGroups'] {
  const groups = conn
    .prepare(
      `SELECT id, name, type, host_healthcare_region_code AS host, hosting_status AS status FROM groups
        WHERE owner = 'NATIONAL' AND level = 'NATIONAL' AND type IN ('NPO', 'NSG', 'PRIMARY_CARE_COUNCIL') AND deleted_at IS NULL ORDER BY type, name, id`,
    )
    .all() as GroupRow[];
  const seats = conn
    .prepare(
      `SELECT id, group_id, healthcare_region_code AS hr FROM seats WHERE owner = 'NATIONAL' AND healthcare_region_code IS NOT NULL AND deleted_at IS NULL ORDER BY group_id, hr, ordinal`,
    )
    .all() as SeatRow[];
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    type: g.type,
    host: g.host,
    hostingStatus: g.status,
    seats: seats.filter((s) => s.group_id === g.id).map((s) => ({ id: s.id, healthcareRegion: s.hr })),
  }));
}

export function generatorReference(conn: Connection): GeneratorReference {
  return {
    regions: regions(conn),
    healthcareRegions: conn.prepare(`SELECT code, name FROM healthcare_regions WHERE deleted_at IS NULL ORDER BY code`).all() as {
      code: string;
      name: string;
    }[],
    nationalGroups: nationalGroups(conn),
    carePathways: conn
      .prepare(`SELECT id, name FROM care_pathways WHERE owner = 'NATIONAL' AND deleted_at IS NULL ORDER BY name, id`)
      .all() as { id: string; name: string }[],
  };
}
