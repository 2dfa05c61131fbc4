/**
 * Nomination requests: create, correct, close/cancel/reopen and remove (a request entered by mistake).
 * Every write goes through the record writer (owner, stale version → CONFLICT, audit). A request is
 * removed only without live candidates: remove (or keep) each candidate first, so no candidate's
 * history is dropped unseen (the candidates' own removal is audited as a correction too).
 */
import type { z } from 'zod';
import type {
  RequestDetail,
  RequestSummary,
  nominationListSchema,
  nominationRemoveSchema,
  nominationRequestCreateSchema,
  nominationRequestStatusSchema,
  nominationRequestUpdateSchema,
} from '@shared/contract/nominations';
import { refusal } from '@shared/contract/errors';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { candidatesOfRequest, requestSummaries } from '../../repositories/nominations';
import { ownerCodeOf } from '../../repositories/records';
import { writableRecord, write } from '../../repositories/record-writer';
import { liveGroupType, liveSeat } from '../../repositories/register/groups';
import { readDetail, today, writeOptions } from './common';

type CreateInput = z.output<typeof nominationRequestCreateSchema>;

export async function listRequests(ctx: ServiceContext, input: z.output<typeof nominationListSchema>): Promise<RequestSummary[]> {
  return requestSummaries(ctx.conn, { open: input.open, groupId: input.groupId }, today(ctx), ownerCodeOf(ctx.conn));
}

export async function getRequest(ctx: ServiceContext, requestId: string): Promise<RequestDetail> {
  return readDetail(ctx, requestId);
}

function validateRequest(ctx: ServiceContext, input: CreateInput): void {
  if (liveGroupType(ctx.conn, input.groupId) === undefined) throw refusal('VALIDATION', 'group.notFound');
  if (input.seatId !== null) {
    const seat = liveSeat(ctx.conn, input.seatId);
    if (!seat || seat.group_id !== input.groupId) throw refusal('VALIDATION', 'nominations.seatNotInGroup');
    if (input.role === 'CO_OPTED') throw refusal('VALIDATION', 'nominations.coOptedSeat');
  }
  if (input.periodStart !== null && input.periodEnd !== null && input.periodEnd < input.periodStart)
    throw refusal('VALIDATION', 'nominations.periodEndsBeforeStart', { start: input.periodStart, end: input.periodEnd });
}

function requestColumns(input: CreateInput) {
  return {
    group_id: input.groupId,
    seat_id: input.seatId,
    requested_by: input.requestedBy,
    requester_name: input.requesterName || null,
    persons_wanted: input.personsWanted,
    competence: input.competence || null,
    role: input.role,
    allocation_bp: input.allocationBp,
    period_start: input.periodStart,
    period_end: input.periodEnd,
    due_date: input.dueDate,
    reference: input.reference || null,
    link: input.link || null,
    notes: input.notes || null,
  };
}

export async function createRequest(ctx: ServiceContext, input: CreateInput): Promise<RequestDetail> {
  const id = ctx.newId();
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    validateRequest(ctx, input);
    write(
      ctx.conn,
      'nomination_requests',
      { id },
      { ...requestColumns(input), status: 'OPEN', closed_on: null },
      { ...how, action: 'create' },
    );
  });
  return readDetail(ctx, id);
}

/** Corrects a request from the version the user saw (its status is set-request-status's). */
export async function updateRequest(ctx: ServiceContext, input: z.output<typeof nominationRequestUpdateSchema>): Promise<RequestDetail> {
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(ctx.conn, 'nomination_requests', target, how.owner);
    validateRequest(ctx, input);
    write(ctx.conn, 'nomination_requests', target, requestColumns(input), { ...how, action: 'update' });
  });
  return readDetail(ctx, input.id);
}

/** Closes (enough decided, or by hand), cancels (the request was withdrawn) or reopens a request. */
export async function setRequestStatus(ctx: ServiceContext, input: z.output<typeof nominationRequestStatusSchema>): Promise<RequestDetail> {
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const closedOn = input.status === 'OPEN' ? null : input.on;
    write(ctx.conn, 'nomination_requests', target, { status: input.status, closed_on: closedOn }, { ...how, action: 'update' });
  });
  return readDetail(ctx, input.id);
}

/** Removes a request entered by mistake (a tombstone audited as a correction); refused while it has live candidates. */
export async function removeRequest(ctx: ServiceContext, input: z.output<typeof nominationRemoveSchema>): Promise<{ ok: true }> {
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(ctx.conn, 'nomination_requests', target, how.owner);
    const count = candidatesOfRequest(ctx.conn, input.id).length;
    if (count > 0) throw refusal('CONFLICT', 'nominations.requestHasCandidates', { count });
    write(ctx.conn, 'nomination_requests', target, {}, { ...how, action: 'delete', auditAction: 'correction' });
  });
  return { ok: true };
}
