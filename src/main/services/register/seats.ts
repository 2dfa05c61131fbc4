/**
 * Correcting a seat in place: a seat of an own regional or local group may get another ordinal, region
 * or healthcare region (through the record writer, with the version the user saw), and a seat added by
 * mistake is removed as a correction while no assignment (past, present or planned) names it. The seats
 * of national groups follow the national structure and are not edited by hand.
 */
import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { seatUpdateSchema } from '@shared/contract/register';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { requireOwner } from '../../repositories/records';
import { write, writableRecord, type WriteOptions } from '../../repositories/record-writer';
import { everySeatOfGroup, liveGroup, seatInUse, type SeatRow } from '../../repositories/register/groups';
import { liveHealthcareRegion, liveRegion } from '../../repositories/regions';

type UpdateInput = z.output<typeof seatUpdateSchema>;
type Target = { id: string; version: number };
type Ok = { ok: true };

function how(ctx: ServiceContext): WriteOptions {
  return { actor: ctx.actor, now: ctx.now().toISOString(), owner: requireOwner(ctx.conn) };
}

/** The seat's group, refusing the seats of national groups (their seats follow the national structure). */
function editableGroup(conn: Connection, seat: SeatRow) {
  const group = liveGroup(conn, seat.group_id);
  if (!group) throw refusal('NOT_FOUND', 'group.notFound');
  if (group.level === 'NATIONAL') throw refusal('CONFLICT', 'seat.national');
  return group;
}

function validatePlace(conn: Connection, input: UpdateInput, seat: SeatRow): void {
  if (input.regionCode !== null && !liveRegion(conn, input.regionCode)) throw refusal('VALIDATION', 'seat.unknownRegion');
  if (input.healthcareRegionCode !== null && !liveHealthcareRegion(conn, input.healthcareRegionCode)) {
    throw refusal('VALIDATION', 'seat.unknownRegion');
  }
  const twin = everySeatOfGroup(conn, seat.group_id).find(
    (s) =>
      s.id !== seat.id &&
      s.ordinal === input.ordinal &&
      s.region_code === input.regionCode &&
      s.healthcare_region_code === input.healthcareRegionCode,
  );
  if (twin) throw refusal('CONFLICT', 'seat.duplicate', { ordinal: input.ordinal });
}

/** Another ordinal, region or healthcare region for a seat of an own regional group. */
export async function updateSeat(ctx: ServiceContext, input: UpdateInput): Promise<Ok> {
  transaction(ctx.conn, () => {
    const options = how(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const seat = writableRecord(ctx.conn, 'seats', target, options.owner);
    editableGroup(ctx.conn, seat);
    validatePlace(ctx.conn, input, seat);
    const change = { ordinal: input.ordinal, region_code: input.regionCode, healthcare_region_code: input.healthcareRegionCode };
    write(ctx.conn, 'seats', target, change, { ...options, action: 'update' });
  });
  return { ok: true };
}

/** A seat added by mistake, while no assignment names it; the group's seat count follows. */
export async function removeSeat(ctx: ServiceContext, input: Target): Promise<Ok> {
  transaction(ctx.conn, () => {
    const options: WriteOptions & { action: 'delete' } = { ...how(ctx), action: 'delete', auditAction: 'correction' };
    const target = { id: input.id, expectedVersion: input.version };
    const seat = writableRecord(ctx.conn, 'seats', target, options.owner);
    const group = editableGroup(ctx.conn, seat);
    if (seatInUse(ctx.conn, seat.id)) throw refusal('CONFLICT', 'seat.hasAssignment');
    write(ctx.conn, 'seats', target, {}, options);
    if (group.seat_count !== null && group.seat_count > 0) {
      write(ctx.conn, 'groups', { id: group.id }, { seat_count: group.seat_count - 1 }, { ...how(ctx), action: 'update' });
    }
  });
  return { ok: true };
}
