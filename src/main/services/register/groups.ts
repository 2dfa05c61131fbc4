import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  GroupDetail,
  GroupSummary,
  groupCreateSchema,
  groupListSchema,
  groupSearchSchema,
  groupUpdateSchema,
} from '@shared/contract/register';
import type { GroupType } from '@shared/domain/enums';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { isoDay } from '@shared/calendar';
import { hierarchyProblem, seatLabel, seatPlan, seatsPerHealthcareRegion } from '../../domain/register-rules';
import { groupHistory } from '../../repositories/history';
import { ownerCodeOf, recordProvenance, requireOwner } from '../../repositories/records';
import { write, type WriteOptions } from '../../repositories/record-writer';
import {
  childGroups,
  everySeatOfGroup,
  healthcareRegionCodes,
  healthcareRegionsOfHeldSeats,
  liveGroup,
  liveGroupType,
  seatInUse,
  seatsOfGroup,
  toGroupSummary,
} from '../../repositories/register/groups';
import { membershipViews } from '../../repositories/register/memberships';
import { healthcareRegionsWithData } from '../../domain/seat-state';
import { groupRows, pageGroups } from '../../repositories/register-search';
import { ownHealthcareRegionCodes } from '../../repositories/regions';

type ListInput = z.output<typeof groupListSchema>;
type SearchInput = z.output<typeof groupSearchSchema>;
type CreateInput = z.output<typeof groupCreateSchema>;
type UpdateInput = z.output<typeof groupUpdateSchema>;

/** Every matching group, in level, type and name order (for pickers and filters). */
export async function listGroups(ctx: ServiceContext, input: ListInput): Promise<GroupSummary[]> {
  const { ids } = pageGroups(ctx.conn, input, null, 0);
  return groupRows(ctx.conn, ids, isoDay(ctx.now())).map(toGroupSummary);
}

/** One page of matching groups with the total count (the group list). */
export async function searchGroups(ctx: ServiceContext, input: SearchInput): Promise<{ total: number; rows: GroupSummary[] }> {
  const { total, ids } = pageGroups(ctx.conn, input, input.limit, input.offset);
  return { total, rows: groupRows(ctx.conn, ids, isoDay(ctx.now())).map(toGroupSummary) };
}

export async function getGroup(ctx: ServiceContext, id: string): Promise<GroupDetail> {
  return readGroup(ctx, id);
}

function readGroup(ctx: ServiceContext, id: string): GroupDetail {
  const owner = ownerCodeOf(ctx.conn);
  const today = isoDay(ctx.now());
  const row = liveGroup(ctx.conn, id);
  const [summaryRow] = row ? groupRows(ctx.conn, [id], today) : [];
  if (!row || !summaryRow) throw refusal('NOT_FOUND', 'group.notFound');
  const memberships = membershipViews(ctx.conn, { groupId: id }, today, owner);
  const current = memberships.filter((m) => m.phase === 'CURRENT');
  const known = healthcareRegionsWithData(ownHealthcareRegionCodes(ctx.conn), healthcareRegionsOfHeldSeats(ctx.conn));
  return {
    group: { ...toGroupSummary(summaryRow), description: row.description, version: row.version, readOnly: row.owner !== owner },
    children: childGroups(ctx.conn, id),
    seats: seatsOfGroup(ctx.conn, id).map((s) => ({
      id: s.id,
      label: seatLabel(s, row.seats_per_healthcare_region) ?? String(s.ordinal),
      healthcareRegionCode: s.healthcare_region_code,
      regionCode: s.region_code,
      ordinal: s.ordinal,
      version: s.version,
      holders: memberships.filter((m) => m.seatId === s.id && m.phase !== 'PAST'),
      noData: s.healthcare_region_code !== null && !known.has(s.healthcare_region_code),
    })),
    coOpted: current.filter((m) => m.seatId === null && m.role === 'CO_OPTED'),
    chair: current.find((m) => m.role === 'CHAIR') ?? null,
    processLeader: current.find((m) => m.role === 'PROCESS_LEADER') ?? null,
    currentMembers: current,
    history: memberships,
    provenance: recordProvenance(ctx.conn, 'groups', id),
    audit: groupHistory(ctx.conn, id),
  };
}

function validateGroup(conn: Connection, input: CreateInput, selfId: string | null): void {
  let parentType: GroupType | null = null;
  if (input.parentGroupId) {
    if (input.parentGroupId === selfId) throw refusal('VALIDATION', 'group.ownParent');
    const type = liveGroupType(conn, input.parentGroupId);
    if (type === undefined) throw refusal('VALIDATION', 'group.parentMissing');
    parentType = type;
  }
  const problem = hierarchyProblem(input.type, input.level, parentType);
  if (problem) throw refusal('VALIDATION', problem.key, problem.params);
}

/** Creates missing seats and removes unused extra ones so the seats match the group's type and count. */
export function syncSeats(
  conn: Connection,
  group: { id: string; type: GroupType; seatCount: number | null },
  how: WriteOptions,
  newId: () => string,
): void {
  if (seatsPerHealthcareRegion(group.type) === null) return syncSeatCount(conn, group.id, group.seatCount ?? 0, how, newId);
  const plan = seatPlan(group.type, group.seatCount, healthcareRegionCodes(conn));
  const existing = seatsOfGroup(conn, group.id);
  const key = (s: { healthcareRegionCode: string | null; ordinal: number }) => `${s.healthcareRegionCode ?? ''}:${s.ordinal}`;
  const keyOf = (seat: (typeof existing)[number]) => key({ healthcareRegionCode: seat.healthcare_region_code, ordinal: seat.ordinal });
  const have = new Set(existing.map(keyOf));
  const planned = new Set(plan.map(key));
  for (const slot of plan) {
    if (have.has(key(slot))) continue;
    const seat = {
      group_id: group.id,
      healthcare_region_code: slot.healthcareRegionCode,
      region_code: slot.regionCode,
      ordinal: slot.ordinal,
    };
    write(conn, 'seats', { id: newId() }, seat, { ...how, action: 'create' });
  }
  for (const seat of existing) {
    if (planned.has(keyOf(seat))) continue;
    if (seatInUse(conn, seat.id)) throw refusal('CONFLICT', 'seat.hasMembers', { ordinal: seat.ordinal });
    write(conn, 'seats', { id: seat.id }, {}, { ...how, action: 'delete' });
  }
}

/**
 * A regional or local group's seats follow its seat count, not a plan: seats corrected in place keep
 * their ordinal and place; missing seats get the next ordinals, and unused seats (highest ordinal first)
 * go when the count shrinks.
 */
function syncSeatCount(conn: Connection, groupId: string, count: number, how: WriteOptions, newId: () => string): void {
  const existing = seatsOfGroup(conn, groupId);
  let next = Math.max(0, ...everySeatOfGroup(conn, groupId).map((s) => s.ordinal)) + 1;
  for (let n = existing.length; n < count; n += 1) {
    const seat = { group_id: groupId, healthcare_region_code: null, region_code: null, ordinal: next++ };
    write(conn, 'seats', { id: newId() }, seat, { ...how, action: 'create' });
  }
  const surplus = existing.length - count;
  if (surplus <= 0) return;
  const byOrdinal = [...existing].sort((a, b) => b.ordinal - a.ordinal);
  const unused = byOrdinal.filter((s) => !seatInUse(conn, s.id));
  if (unused.length < surplus)
    throw refusal('CONFLICT', 'seat.hasMembers', { ordinal: byOrdinal.find((s) => seatInUse(conn, s.id))!.ordinal });
  for (const seat of unused.slice(0, surplus)) write(conn, 'seats', { id: seat.id }, {}, { ...how, action: 'delete' });
}

export function groupColumns(input: CreateInput) {
  return {
    name: input.name,
    type: input.type,
    level: input.level,
    parent_group_id: input.parentGroupId,
    healthcare_region_code: input.healthcareRegionCode,
    region_code: input.regionCode,
    host_healthcare_region_code: input.hostHealthcareRegionCode,
    hosting_status: input.hostingStatus,
    seats_per_healthcare_region: seatsPerHealthcareRegion(input.type),
    seat_count: seatsPerHealthcareRegion(input.type) === null ? (input.seatCount ?? 0) : null,
    description: input.description || null,
  };
}

/** Creates a group and its seats (the register import creates groups through it too). */
export function insertGroup(conn: Connection, id: string, input: CreateInput, how: WriteOptions, newId: () => string): void {
  validateGroup(conn, input, null);
  const columns = groupColumns(input);
  write(conn, 'groups', { id }, columns, { ...how, action: 'create' });
  syncSeats(conn, { id, type: input.type, seatCount: columns.seat_count }, how, newId);
}

export async function createGroup(ctx: ServiceContext, input: CreateInput): Promise<GroupDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => insertGroup(ctx.conn, id, input, { actor: ctx.actor, now, owner: requireOwner(ctx.conn) }, ctx.newId));
  return readGroup(ctx, id);
}

export async function updateGroup(ctx: ServiceContext, input: UpdateInput): Promise<GroupDetail> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const how = { actor: ctx.actor, now, owner: requireOwner(ctx.conn) };
    const columns = groupColumns(input);
    // the owner and version are checked first; a validation failure then rolls the write back
    write(ctx.conn, 'groups', { id: input.id, expectedVersion: input.version }, columns, { ...how, action: 'update' });
    validateGroup(ctx.conn, input, input.id);
    syncSeats(ctx.conn, { id: input.id, type: input.type, seatCount: columns.seat_count }, how, ctx.newId);
  });
  return readGroup(ctx, input.id);
}
