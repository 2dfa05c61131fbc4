/**
 * A region's actual outcomes per year and category (hosting share per hosting, own staff, fixed
 * contributions), recorded by the region itself through the record writer. A healthcare region's
 * installation reads them but records none: the region reconciles against its own ledger.
 */
import type { z } from 'zod';
import type { RegionActual, RegionActualCategory, regionActualSetSchema } from '@shared/contract/cost/actuals';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { liveHostingPeriod } from '../../repositories/costs/hostings';
import { liveRegionActuals, regionActualOf, type RegionActualListRow } from '../../repositories/costs/region-actuals';
import { write, type WriteOptions } from '../../repositories/record-writer';
import { installationOwner, requireScope } from './scope';
import { settableTarget } from './versioning';

type SetInput = z.output<typeof regionActualSetSchema>;

function toRegionActual(r: RegionActualListRow, own: string | null): RegionActual {
  return {
    id: r.id,
    regionCode: r.region_code,
    year: r.year,
    category: r.category,
    hostingId: r.hosting_id,
    groupName: r.group_name,
    amountOre: r.amount_ore,
    note: r.note,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
  };
}

export function regionActualsOf(conn: Connection, fromYear: number, toYear: number): RegionActual[] {
  const own = installationOwner(conn);
  return liveRegionActuals(conn, fromYear, toYear).map((r) => toRegionActual(r, own));
}

export async function listRegionActuals(ctx: ServiceContext, input: { fromYear: number; toYear: number }): Promise<RegionActual[]> {
  return Promise.resolve(regionActualsOf(ctx.conn, input.fromYear, input.toYear));
}

/** The region this installation records outcomes for; a healthcare region's installation records none. */
export function recordingRegion(conn: Connection): string {
  const scope = requireScope(conn);
  if (scope.kind !== 'REGION') throw refusal('FORBIDDEN', 'ledger.regionOnly', { owner: scope.code });
  return scope.code;
}

/** A hosting an outcome may name: live and running in the year (the refusal's key names what is wrong). */
export function checkHostingOfYear(conn: Connection, hostingId: string, year: number): void {
  const hosting = liveHostingPeriod(conn, hostingId);
  if (!hosting) throw refusal('NOT_FOUND', 'hosting.notFound');
  if (!overlapsYear(hosting.start_date, hosting.end_date, year)) throw refusal('VALIDATION', 'hosting.notInYear', { year });
}

export type OutcomeTarget = { year: number; category: RegionActualCategory; hostingId: string | null };

/**
 * Sets one outcome of the region: creates it, changes it from `expectedVersion` (null: the user thought
 * it new; 'current': an import, which replaces whatever is stored) or removes it (amountOre null).
 */
export function setOutcome(
  conn: Connection,
  how: WriteOptions,
  target: OutcomeTarget,
  value: { amountOre: number | null; note: string | null },
  expectedVersion: number | null | 'current',
  newId: () => string,
): void {
  const stored = regionActualOf(conn, { ...target, owner: how.owner, regionCode: how.owner });
  if (value.amountOre === null) {
    if (!stored || stored.deleted_at !== null) return;
    const version = expectedVersion === 'current' ? stored.version : (expectedVersion ?? 0);
    write(conn, 'cost_region_actuals', { id: stored.id, expectedVersion: version }, {}, { ...how, action: 'delete' });
    return;
  }
  const columns = { amount_ore: value.amountOre, note: value.note };
  if (!stored) {
    const row = { ...columns, region_code: how.owner, year: target.year, category: target.category, hosting_id: target.hostingId };
    write(conn, 'cost_region_actuals', { id: newId() }, row, { ...how, action: 'create' });
    return;
  }
  const version = expectedVersion === 'current' ? stored.version : expectedVersion;
  const changeTarget = settableTarget(stored, `Utfallet ${target.year}`, how.owner, version);
  write(conn, 'cost_region_actuals', changeTarget, columns, { ...how, action: 'update' });
}

export async function setRegionActual(ctx: ServiceContext, input: SetInput): Promise<RegionActual[]> {
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = recordingRegion(conn);
    if (input.hostingId !== null) checkHostingOfYear(conn, input.hostingId, input.year);
    const how = { actor: ctx.actor, now: ctx.now().toISOString(), owner };
    const target = { year: input.year, category: input.category, hostingId: input.hostingId };
    setOutcome(conn, how, target, { amountOre: input.amountOre, note: input.note }, input.version, () => ctx.newId());
  });
  return listRegionActuals(ctx, { fromYear: input.year, toYear: input.year });
}
