import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  AllocationDefault,
  MembershipView,
  allocationDefaultSchema,
  membershipCreateSchema,
  membershipEndSchema,
  membershipUpdateSchema,
} from '@shared/contract/register';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { isoDay } from '@shared/calendar';
import { appendAuditEntry } from '../../repositories/audit';
import { ownerCodeOf, requireOwner } from '../../repositories/records';
import { writableRecord, write } from '../../repositories/record-writer';
import { liveGroupType, liveSeat } from '../../repositories/register/groups';
import {
  allocationDefault,
  allocationDefaults,
  defaultAllocation,
  membershipViews,
  saveAllocationDefault,
} from '../../repositories/register/memberships';
import { personExists } from '../../repositories/register/persons';
import { guardSeat } from './seat-guard';

type CreateInput = z.output<typeof membershipCreateSchema>;
type UpdateInput = z.output<typeof membershipUpdateSchema>;
type EndInput = z.output<typeof membershipEndSchema>;

export async function getMembership(ctx: ServiceContext, id: string): Promise<MembershipView> {
  return readMembership(ctx, id);
}

/** Live assignments of a person and/or group (or all), newest first. */
export async function listMemberships(ctx: ServiceContext, input: { personId?: string | undefined; groupId?: string | undefined }) {
  const filter = { ...(input.personId ? { personId: input.personId } : {}), ...(input.groupId ? { groupId: input.groupId } : {}) };
  return membershipViews(ctx.conn, filter, isoDay(ctx.now()), ownerCodeOf(ctx.conn));
}

function readMembership(ctx: ServiceContext, id: string): MembershipView {
  const [view] = membershipViews(ctx.conn, { id }, isoDay(ctx.now()), ownerCodeOf(ctx.conn));
  if (!view) throw refusal('NOT_FOUND', 'membership.notFound');
  return view;
}

function validateMembership(conn: Connection, input: CreateInput): { groupType: string } {
  if (input.endDate !== null && input.endDate < input.startDate) throw refusal('VALIDATION', 'membership.endBeforeStart');
  if (!personExists(conn, input.personId)) throw refusal('VALIDATION', 'membership.personMissing');
  const groupType = liveGroupType(conn, input.groupId);
  if (groupType === undefined) throw refusal('VALIDATION', 'membership.groupMissing');
  if (input.seatId !== null) {
    const seat = liveSeat(conn, input.seatId);
    if (!seat || seat.group_id !== input.groupId) throw refusal('VALIDATION', 'membership.seatOtherGroup');
    if (input.role === 'CO_OPTED') throw refusal('VALIDATION', 'membership.coOptedSeat');
  }
  if (input.status === 'ENDED' && input.endDate === null) throw refusal('VALIDATION', 'membership.endedNeedsEnd');
  return { groupType };
}

export function membershipColumns(conn: Connection, input: CreateInput, groupType: string) {
  return {
    person_id: input.personId,
    group_id: input.groupId,
    seat_id: input.seatId,
    role: input.role,
    start_date: input.startDate,
    end_date: input.endDate,
    allocation_bp: input.allocationBp ?? defaultAllocation(conn, groupType, input.role),
    status: input.status,
    notes: input.notes || null,
  };
}

/**
 * Creates an assignment with the seat rules (a held seat refused, or its holder ended the day before
 * with `replaceHolder`), synchronously: inside a caller's transaction it is a savepoint of it (a
 * nomination's decision appoints through here). Returns the new assignment's id.
 */
export function insertMembership(ctx: ServiceContext, input: CreateInput): string {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const how = { actor: ctx.actor, now, owner: requireOwner(ctx.conn) };
    const { groupType } = validateMembership(ctx.conn, input);
    guardSeat(ctx.conn, { id, ...input }, input.replaceHolder === true, how);
    write(ctx.conn, 'memberships', { id }, membershipColumns(ctx.conn, input, groupType), { ...how, action: 'create' });
  });
  return id;
}

export async function createMembership(ctx: ServiceContext, input: CreateInput): Promise<MembershipView> {
  return readMembership(ctx, insertMembership(ctx, input));
}

/**
 * Corrects an assignment (dates, share, role, seat, status, notes) from the version the user saw.
 * The seat is checked again only when the seat or the dates change, so correcting the share of an
 * old double booking is not refused (that one is a warning).
 */
export async function updateMembership(ctx: ServiceContext, input: UpdateInput): Promise<MembershipView> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const how = { actor: ctx.actor, now, owner: requireOwner(ctx.conn) };
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'memberships', target, how.owner);
    const { groupType } = validateMembership(ctx.conn, input);
    const moved = before.seat_id !== input.seatId || before.start_date !== input.startDate || before.end_date !== input.endDate;
    if (moved) guardSeat(ctx.conn, input, input.replaceHolder === true, how);
    write(ctx.conn, 'memberships', target, membershipColumns(ctx.conn, input, groupType), { ...how, action: 'update' });
  });
  return readMembership(ctx, input.id);
}

export async function endMembership(ctx: ServiceContext, input: EndInput): Promise<MembershipView> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const target = { id: input.id, expectedVersion: input.version };
    const after = write(
      ctx.conn,
      'memberships',
      target,
      { end_date: input.endDate, status: 'ENDED' },
      { action: 'end', actor: ctx.actor, now, owner },
    );
    // checked after the owner and version; throwing rolls the write back
    if (input.endDate < after.start_date) throw refusal('VALIDATION', 'membership.endBeforeAssignmentStart', { start: after.start_date });
  });
  return readMembership(ctx, input.id);
}

/**
 * Removes an assignment entered by mistake: a tombstone that travels to other regions, audited as a
 * correction (`correction`), not as an erasure of personal data (that is privacy's `erase`).
 */
export async function deleteMembership(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const target = { id: input.id, expectedVersion: input.version };
    write(ctx.conn, 'memberships', target, {}, { action: 'delete', auditAction: 'correction', actor: ctx.actor, now, owner });
  });
  return { ok: true };
}

export async function listAllocationDefaults(ctx: ServiceContext): Promise<AllocationDefault[]> {
  return allocationDefaults(ctx.conn);
}

/** Role allocation defaults are local settings, not travelling records: written here with their own audit entry. */
export async function setAllocationDefault(
  ctx: ServiceContext,
  input: z.output<typeof allocationDefaultSchema>,
): Promise<AllocationDefault[]> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const before = allocationDefault(ctx.conn, input.groupType, input.role);
    saveAllocationDefault(ctx.conn, input);
    const recordId = `${input.groupType}:${input.role}`;
    appendAuditEntry(
      ctx.conn,
      { action: 'update', entity: 'role_allocation_defaults', recordId, before: before ?? null, after: input },
      ctx.actor,
      now,
    );
  });
  return allocationDefaults(ctx.conn);
}
