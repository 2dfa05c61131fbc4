/**
 * Populations (SCB folkmängd 31 December) per region and year, and the parts of a region split between
 * healthcare regions (Halland). They are national reference facts, recorded under the NATIONAL owner
 * with deterministic ids (the reference loader's), so any installation may enter a newer year; the
 * record writer still checks the version the user saw and writes the audit entry with who did it.
 *
 * Setting a whole region's figure also sets its part in its healthcare region when it belongs to one
 * only (the part is the whole); a split region's parts are set one by one.
 */
import type { PopulationRow, PopulationSetInput } from '@shared/contract/populations';
import { DomainError, refusal } from '@shared/contract/errors';
import { NATIONAL_OWNER } from '@shared/domain/enums';
import { transaction, type Connection } from '../db/data';
import type { ServiceContext } from '../lib/context';
import { liveMembers, regionNames } from '../repositories/costs/references';
import {
  livePartPopulations,
  liveRegionPopulations,
  populationIds,
  storedPartPopulation,
  storedRegionPopulation,
  type StoredPopulation,
} from '../repositories/populations';
import { write } from '../repositories/record-writer';

type Stored = (StoredPopulation & { deleted: boolean }) | undefined;
type Figure = { population: number; source: string };
type How = { actor: string; now: string };

/** Region codes that belong to more than one healthcare region (their parts are listed and set apart). */
export function splitRegions(conn: Connection): Set<string> {
  const counts = new Map<string, number>();
  for (const m of liveMembers(conn)) counts.set(m.regionCode, (counts.get(m.regionCode) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([code]) => code));
}

function view(row: StoredPopulation, names: Record<string, string>): PopulationRow {
  return {
    regionCode: row.regionCode,
    regionName: names[row.regionCode] ?? row.regionCode,
    healthcareRegionCode: row.healthcareRegionCode,
    year: row.year,
    population: row.population,
    source: row.source,
    version: row.version,
  };
}

export function listPopulations(ctx: ServiceContext, input: { year: number | null }): Promise<PopulationRow[]> {
  const names = regionNames(ctx.conn);
  const split = splitRegions(ctx.conn);
  const whole = liveRegionPopulations(ctx.conn, input.year);
  const parts = livePartPopulations(ctx.conn, input.year).filter((p) => split.has(p.regionCode));
  const rows = [...whole, ...parts].sort(
    (a, b) =>
      a.regionCode.localeCompare(b.regionCode) ||
      a.year - b.year ||
      (a.healthcareRegionCode ?? '').localeCompare(b.healthcareRegionCode ?? ''),
  );
  return Promise.resolve(rows.map((r) => view(r, names)));
}

function stale(expected: number | null | undefined, stored: Stored): boolean {
  if (expected === undefined) return false;
  const live = stored !== undefined && !stored.deleted;
  return expected === null ? live : !live || stored.version !== expected;
}

/** Writes one figure: creates it, revives a tombstone or changes it (expected = the version the user saw; undefined = a cascade). */
function writeFigure(
  conn: Connection,
  target: { table: 'region_populations' | 'healthcare_region_member_populations'; id: string; stored: Stored },
  columns: Record<string, string | number>,
  figure: Figure,
  expected: number | null | undefined,
  how: How,
): void {
  const { table, stored } = target;
  if (stale(expected, stored)) {
    throw new DomainError('CONFLICT', 'Befolkningsuppgiften har ändrats av någon annan; läs in den igen och försök på nytt', {
      key: 'record.stale',
      params: { entity: table, id: stored?.id ?? target.id, version: stored?.version ?? 0, expected: expected ?? 0 },
    });
  }
  const options = { actor: how.actor, now: how.now, owner: NATIONAL_OWNER };
  if (stored === undefined) {
    write(conn, table, { id: target.id }, { ...columns, ...figure } as never, { ...options, action: 'create' });
  } else if (stored.deleted || stored.population !== figure.population || stored.source !== figure.source) {
    const revive = stored.deleted ? { revive: true } : {};
    write(conn, table, { id: stored.id, ...revive }, figure, { ...options, action: 'update' });
  }
}

export type FigureTarget = { regionCode: string; healthcareRegionCode: string | null; year: number };

/** Sets one figure (and, for a region in one healthcare region only, its part), inside the caller's transaction. */
export function setFigure(conn: Connection, target: FigureTarget, figure: Figure, expected: number | null | undefined, how: How): void {
  const { regionCode, healthcareRegionCode, year } = target;
  if (regionNames(conn)[regionCode] === undefined) {
    throw refusal('VALIDATION', 'populationFigure.unknownRegion', { region: regionCode });
  }
  const memberOf = liveMembers(conn)
    .filter((m) => m.regionCode === regionCode)
    .map((m) => m.healthcareRegionCode);
  const part = (hcr: string, version: number | null | undefined) =>
    writeFigure(
      conn,
      {
        table: 'healthcare_region_member_populations',
        id: populationIds.part(hcr, regionCode, year),
        stored: storedPartPopulation(conn, hcr, regionCode, year),
      },
      { healthcare_region_code: hcr, region_code: regionCode, year },
      figure,
      version,
      how,
    );
  if (healthcareRegionCode !== null) {
    if (!memberOf.includes(healthcareRegionCode)) {
      throw refusal('VALIDATION', 'populationFigure.notMember', { region: regionCode, healthcareRegion: healthcareRegionCode });
    }
    part(healthcareRegionCode, expected);
    return;
  }
  writeFigure(
    conn,
    { table: 'region_populations', id: populationIds.region(regionCode, year), stored: storedRegionPopulation(conn, regionCode, year) },
    { region_code: regionCode, year },
    figure,
    expected,
    how,
  );
  if (memberOf.length === 1) part(memberOf[0] ?? '', undefined);
}

export function setPopulation(ctx: ServiceContext, input: PopulationSetInput): Promise<PopulationRow> {
  const { conn } = ctx;
  const how = { actor: ctx.actor, now: ctx.now().toISOString() };
  transaction(conn, () => setFigure(conn, input, { population: input.population, source: input.source }, input.version, how));
  const stored =
    input.healthcareRegionCode === null
      ? storedRegionPopulation(conn, input.regionCode, input.year)
      : storedPartPopulation(conn, input.healthcareRegionCode, input.regionCode, input.year);
  if (!stored) throw refusal('NOT_FOUND', 'populationFigure.notFound');
  return Promise.resolve(view(stored, regionNames(conn)));
}
