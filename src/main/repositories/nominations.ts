/**
 * Nomination requests and their candidates (issue #17): every query of the two tables, one row→entity
 * mapper each. Views name the group (name, type), the seat (labelled as the group page labels it), the
 * person (or the new candidate's facts) with their organisation, and what the pure rules derive
 * (`missing`, `waitingDays`, days to the due date). Writes go through the record writer (services).
 */
import type { InferResult } from 'kysely';
import type { CandidateView, NewCandidate, RequestSummary } from '@shared/contract/nominations';
import type { CandidateStatus, DeclarationOutcome, NominationRequester, NominationRequestStatus } from '@shared/contract/nominations';
import { daysBetween } from '@shared/calendar';
import type { Gender, GroupType, MembershipRole, OrganisationType } from '@shared/domain/enums';
import { missing, waitingDays, type CandidateFacts } from '@shared/domain/nominations';
import { all, first, qb, type Connection } from '../db/data';
import { seatLabel } from '../domain/register-rules';
import type { RecordRow } from './record-writer';

export type RequestRow = RecordRow<'nomination_requests'>;
export type CandidateRow = RecordRow<'nomination_candidates'>;
export type RequestFilter = { id?: string; groupId?: string | null; open?: boolean };
export type CandidateFilter = { id?: string; requestId?: string; personId?: string };

/* ---------- requests ---------- */

function requestQuery(filter: RequestFilter) {
  let query = qb
    .selectFrom('nomination_requests as r')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .leftJoin('seats as s', 's.id', 'r.seat_id')
    .selectAll('r')
    .select(['g.name as group_name', 'g.type as group_type', 'g.seats_per_healthcare_region'])
    .select(['s.healthcare_region_code as seat_healthcare_region', 's.region_code as seat_region', 's.ordinal as seat_ordinal'])
    .select((eb) => [
      eb
        .selectFrom('nomination_candidates as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.request_id', '=', 'r.id')
        .where('c.deleted_at', 'is', null)
        .as('candidate_count'),
      eb
        .selectFrom('nomination_candidates as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.request_id', '=', 'r.id')
        .where('c.deleted_at', 'is', null)
        .where('c.status', '=', 'DECIDED')
        .as('decided_count'),
      eb
        .selectFrom('nomination_candidates as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.request_id', '=', 'r.id')
        .where('c.deleted_at', 'is', null)
        .where('c.status', 'not in', ['DECIDED', 'NOT_CHOSEN', 'WITHDRAWN'])
        .as('open_candidate_count'),
    ])
    .where('r.deleted_at', 'is', null);
  if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
  if (filter.groupId !== undefined && filter.groupId !== null) query = query.where('r.group_id', '=', filter.groupId);
  if (filter.open === true) query = query.where('r.status', '=', 'OPEN');
  return query.orderBy('r.due_date').orderBy('g.name').orderBy('r.id');
}

type RequestQueryRow = InferResult<ReturnType<typeof requestQuery>>[number];

/** The row→entity mapper of requests. */
export function toRequestSummary(r: RequestQueryRow, today: string, owner: string | null): RequestSummary {
  const seat =
    r.seat_ordinal === null
      ? null
      : { healthcare_region_code: r.seat_healthcare_region, region_code: r.seat_region, ordinal: r.seat_ordinal };
  return {
    id: r.id,
    owner: r.owner,
    version: r.version,
    readOnly: owner === null || r.owner !== owner,
    status: r.status as NominationRequestStatus,
    groupId: r.group_id,
    groupName: r.group_name,
    groupType: r.group_type as GroupType,
    seatId: r.seat_id,
    seatLabel: seat === null ? null : (seatLabel(seat, r.seats_per_healthcare_region) ?? String(seat.ordinal)),
    requestedBy: r.requested_by as NominationRequester,
    requesterName: r.requester_name,
    personsWanted: r.persons_wanted,
    competence: r.competence,
    role: r.role as MembershipRole,
    allocationBp: r.allocation_bp,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueDate: r.due_date,
    daysToDue: daysBetween(today, r.due_date),
    reference: r.reference,
    link: r.link,
    notes: r.notes,
    closedOn: r.closed_on,
    candidateCount: Number(r.candidate_count ?? 0),
    decidedCount: Number(r.decided_count ?? 0),
    openCandidateCount: Number(r.open_candidate_count ?? 0),
  };
}

/** Live requests matching the filter, by due date, as summaries. */
export function requestSummaries(conn: Connection, filter: RequestFilter, today: string, owner: string | null): RequestSummary[] {
  return all(conn, requestQuery(filter)).map((r) => toRequestSummary(r, today, owner));
}

/** A live request's stored row, or undefined. */
export function liveRequest(conn: Connection, id: string): RequestRow | undefined {
  return first(conn, qb.selectFrom('nomination_requests').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/* ---------- candidates ---------- */

function candidateQuery(filter: CandidateFilter) {
  let query = qb
    .selectFrom('nomination_candidates as c')
    .leftJoin('persons as p', (join) => join.onRef('p.id', '=', 'c.person_id').on('p.deleted_at', 'is', null))
    .leftJoin('organisations as po', 'po.id', 'p.organisation_id')
    .leftJoin('organisations as co', 'co.id', 'c.new_organisation_id')
    .selectAll('c')
    .select(['p.name as person_name', 'p.region_code as person_region', 'p.email as person_email', 'p.profession as person_profession'])
    .select(['p.gender as person_gender', 'po.name as person_org_name', 'po.type as person_org_type'])
    .select(['co.name as new_org_name', 'co.type as new_org_type'])
    .where('c.deleted_at', 'is', null);
  if (filter.id !== undefined) query = query.where('c.id', '=', filter.id);
  if (filter.requestId !== undefined) query = query.where('c.request_id', '=', filter.requestId);
  if (filter.personId !== undefined) query = query.where('c.person_id', '=', filter.personId);
  return query.orderBy('c.proposed_on').orderBy('c.created_at').orderBy('c.id');
}

type CandidateQueryRow = InferResult<ReturnType<typeof candidateQuery>>[number];

/** The pure rules' view of a stored candidate. */
export function candidateFacts(r: CandidateRow): CandidateFacts {
  return {
    status: r.status as CandidateStatus,
    proposedOn: r.proposed_on,
    managerApprovedOn: r.manager_approved_on,
    declarationReceivedOn: r.declaration_received_on,
    declarationOutcome: r.declaration_outcome as DeclarationOutcome | null,
    nominatedOn: r.nominated_on,
    decidedOn: r.decided_on,
  };
}

/** The new candidate's facts of a stored candidate, or null for an existing person. */
export function newCandidateOf(r: CandidateRow): NewCandidate | null {
  if (r.new_name === null) return null;
  return {
    name: r.new_name,
    regionCode: r.new_region_code ?? '',
    email: r.new_email,
    profession: r.new_profession,
    gender: r.new_gender as Gender | null,
    organisationId: r.new_organisation_id,
  };
}

/** The row→entity mapper of candidates: the person's facts when a person, else the new candidate's. */
export function toCandidateView(r: CandidateQueryRow, today: string, owner: string | null): CandidateView {
  const facts = candidateFacts(r);
  const person = r.person_id !== null && r.person_name !== null;
  return {
    id: r.id,
    requestId: r.request_id,
    owner: r.owner,
    version: r.version,
    readOnly: owner === null || r.owner !== owner,
    status: facts.status,
    personId: r.person_id,
    name: person ? r.person_name! : (r.new_name ?? ''),
    regionCode: person ? r.person_region : r.new_region_code,
    email: person ? r.person_email : r.new_email,
    profession: person ? r.person_profession : r.new_profession,
    gender: (person ? r.person_gender : r.new_gender) as Gender | null,
    organisationName: person ? r.person_org_name : r.new_org_name,
    organisationType: (person ? r.person_org_type : r.new_org_type) as OrganisationType | null,
    newPerson: newCandidateOf(r),
    proposedOn: r.proposed_on,
    proposedBy: r.proposed_by,
    managerApprovedBy: r.manager_approved_by,
    managerApprovedOn: r.manager_approved_on,
    declarationReceivedOn: r.declaration_received_on,
    declarationOutcome: facts.declarationOutcome,
    declarationReviewedBy: r.declaration_reviewed_by,
    declarationReference: r.declaration_reference,
    nominatedOn: r.nominated_on,
    nominatedTo: r.nominated_to,
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    decisionReference: r.decision_reference,
    closedOn: r.closed_on,
    membershipId: r.membership_id,
    link: r.link,
    notes: r.notes,
    missing: missing(facts),
    waitingDays: waitingDays(facts, today),
  };
}

/** Live candidates matching the filter (all of them without one), in the order they were proposed. */
export function candidateViews(conn: Connection, filter: CandidateFilter, today: string, owner: string | null): CandidateView[] {
  return all(conn, candidateQuery(filter)).map((r) => toCandidateView(r, today, owner));
}

/** A live candidate's stored row, or undefined. */
export function liveCandidate(conn: Connection, id: string): CandidateRow | undefined {
  return first(conn, qb.selectFrom('nomination_candidates').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** The live candidates of a request (stored rows), in the order they were proposed. */
export function candidatesOfRequest(conn: Connection, requestId: string): CandidateRow[] {
  return all(
    conn,
    qb
      .selectFrom('nomination_candidates')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('deleted_at', 'is', null)
      .orderBy('proposed_on')
      .orderBy('created_at'),
  );
}

/** The names of live persons, by id (for a proposal's duplicate check). */
export function personNames(conn: Connection, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = all(
    conn,
    qb
      .selectFrom('persons')
      .select(['id', 'name'])
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** How many live candidacies a person has, or live requests a group has (a mistaken removal keeps them from dangling). */
export function liveNominationCount(conn: Connection, of: { personId: string } | { groupId: string }): number {
  const row =
    'personId' in of
      ? first(
          conn,
          qb
            .selectFrom('nomination_candidates')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('person_id', '=', of.personId)
            .where('deleted_at', 'is', null),
        )
      : first(
          conn,
          qb
            .selectFrom('nomination_requests')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('group_id', '=', of.groupId)
            .where('deleted_at', 'is', null),
        );
  return Number(row?.n ?? 0);
}
