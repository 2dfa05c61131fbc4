/**
 * The decision on a candidate. Not chosen: the candidate is closed. Chosen, in ONE transaction: the
 * new candidate becomes a person (the register's person create), the appointment is made through
 * the register's assignment create (so the seat rules apply: a held seat is refused with `seat.taken`
 * naming the holder, `replaceHolder` ends the holder the day before), the candidate is DECIDED with
 * the assignment, and the request closes once as many are decided as it asked for. The new candidate's
 * facts move to the register (cleared from the candidate: the person holds them from then on).
 *
 * The appointment's period when none is given: the request's period, else from the decision day; for
 * a seat whose holder ends on D, no earlier than D + 1 (appointmentStart in the pure rules).
 */
import type { z } from 'zod';
import type { candidateDecideSchema, decideResultSchema } from '@shared/contract/nominations';
import type { MembershipRole } from '@shared/domain/enums';
import { refusal } from '@shared/contract/errors';
import { chairLastAllowedDay } from '@shared/domain/chair-term';
import { appointmentStart, decide, decideRefusal, endRefusal, requestStatusAfterDecision } from '@shared/domain/nominations';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { chairRuns } from '../../domain/rules/chair-term';
import {
  candidateFacts,
  candidatesOfRequest,
  newCandidateOf,
  personNames,
  type CandidateRow,
  type RequestRow,
} from '../../repositories/nominations';
import { ownerCodeOf } from '../../repositories/records';
import { writableRecord, write, type WriteOptions } from '../../repositories/record-writer';
import { membershipViews, seatHolders } from '../../repositories/register/memberships';
import { readRuleSettings } from '../../repositories/rule-settings';
import { insertMembership } from '../register/memberships';
import { insertPerson } from '../register/persons';
import { readDetail, requireCandidate, requireRequest, ruleRefusal, today, writeOptions } from './common';

type DecideInput = z.output<typeof candidateDecideSchema>;
type DecideResult = z.output<typeof decideResultSchema>;

function candidateName(ctx: ServiceContext, row: CandidateRow): string {
  if (row.person_id === null) return row.new_name ?? '';
  return personNames(ctx.conn, [row.person_id]).get(row.person_id) ?? '';
}

/** The appointment's first and last day: the given ones, else the request's period or the successor's start. */
function appointmentPeriod(ctx: ServiceContext, request: RequestRow, input: DecideInput): { startDate: string; endDate: string | null } {
  const holderEnds = request.seat_id === null ? [] : seatHolders(ctx.conn, request.seat_id).map((h) => h.endDate);
  const startDate = input.startDate ?? appointmentStart(input.on, request.period_start, holderEnds);
  const endDate = input.endDate ?? (request.period_end !== null && request.period_end >= startDate ? request.period_end : null);
  if (endDate !== null && endDate < startDate)
    throw refusal('VALIDATION', 'nominations.appointmentEndsBeforeStart', { start: startDate, end: endDate });
  return { startDate, endDate };
}

/** The person the appointment is for: the candidate's, or a new one made from the candidate's facts. */
function appointedPerson(ctx: ServiceContext, row: CandidateRow): string {
  if (row.person_id !== null) return row.person_id;
  const facts = newCandidateOf(row)!;
  return insertPerson(ctx, {
    name: facts.name,
    email: facts.email,
    phone: null,
    regionCode: facts.regionCode,
    organisationId: facts.organisationId,
    profession: facts.profession,
    gender: facts.gender,
    notes: null,
  });
}

const CLEARED_FACTS = {
  new_name: null,
  new_region_code: null,
  new_email: null,
  new_profession: null,
  new_gender: null,
  new_organisation_id: null,
};

/** Appoints a chosen candidate; returns the new assignment's id. */
function appoint(ctx: ServiceContext, how: WriteOptions, before: CandidateRow, request: RequestRow, input: DecideInput): string {
  if (request.status !== 'OPEN') throw refusal('VALIDATION', 'nominations.requestNotOpen');
  const reason = decideRefusal(candidateFacts(before), input.on);
  if (reason !== null) throw ruleRefusal(reason, { name: candidateName(ctx, before), proposedOn: before.proposed_on });
  const period = appointmentPeriod(ctx, request, input);
  const personId = appointedPerson(ctx, before);
  const membershipId = insertMembership(ctx, {
    personId,
    groupId: request.group_id,
    seatId: request.seat_id,
    role: request.role as MembershipRole,
    ...period,
    allocationBp: request.allocation_bp,
    status: 'DECIDED',
    notes: null,
    replaceHolder: input.replaceHolder,
  });
  const decided = decide(candidateFacts(before), true, input.on);
  const change = {
    ...(before.person_id === null ? { person_id: personId, ...CLEARED_FACTS } : {}),
    status: decided.status,
    decided_on: input.on,
    decided_by: input.decidedBy || null,
    decision_reference: input.decisionReference || null,
    closed_on: input.on,
    membership_id: membershipId,
  };
  write(ctx.conn, 'nomination_candidates', { id: before.id, expectedVersion: input.version }, change, { ...how, action: 'update' });
  const decidedCount = candidatesOfRequest(ctx.conn, request.id).filter((c) => c.status === 'DECIDED').length;
  const status = requestStatusAfterDecision(request.status, request.persons_wanted, decidedCount);
  // a request another region owns is closed there (its owner sees the decided candidate when it travels)
  if (status !== request.status && request.owner === how.owner)
    write(ctx.conn, 'nomination_requests', { id: request.id }, { status, closed_on: input.on }, { ...how, action: 'update' });
  return membershipId;
}

/** The day a chair's three years are reached, counted from the start of their continuous run as chair of the group. */
function chairTermEnds(ctx: ServiceContext, membershipId: string): string | null {
  const [m] = membershipViews(ctx.conn, { id: membershipId }, today(ctx), null);
  if (!m || m.role !== 'CHAIR') return null;
  const theirs = membershipViews(ctx.conn, { personId: m.personId, groupId: m.groupId }, today(ctx), null);
  const run = chairRuns(theirs).find((r) => r.membershipIds.includes(membershipId));
  return run === undefined ? null : chairLastAllowedDay(run.start, readRuleSettings(ctx.conn).chairMaxYears);
}

export async function decideCandidate(ctx: ServiceContext, input: DecideInput): Promise<DecideResult> {
  const row = requireCandidate(ctx, input.id);
  let membershipId: string | null = null;
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'nomination_candidates', target, how.owner);
    const request = requireRequest(ctx, before.request_id);
    if (input.chosen) {
      membershipId = appoint(ctx, how, before, request, input);
      return;
    }
    const reason = endRefusal(candidateFacts(before), input.on);
    if (reason !== null) throw ruleRefusal(reason, { name: candidateName(ctx, before), proposedOn: before.proposed_on });
    const change = {
      status: 'NOT_CHOSEN',
      decided_on: input.on,
      decided_by: input.decidedBy || null,
      decision_reference: input.decisionReference || null,
      closed_on: input.on,
    };
    write(ctx.conn, 'nomination_candidates', target, change, { ...how, action: 'end' });
  });
  const owner = ownerCodeOf(ctx.conn);
  const assignment = membershipId === null ? null : (membershipViews(ctx.conn, { id: membershipId }, today(ctx), owner)[0] ?? null);
  return {
    detail: readDetail(ctx, row.request_id),
    assignment,
    chairTermEnds: membershipId === null ? null : chairTermEnds(ctx, membershipId),
  };
}
