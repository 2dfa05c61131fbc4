/**
 * Candidates of a request: propose (an existing person or a new candidate), correct, record a step
 * (the pure rules of @shared/domain/nominations decide what may be recorded), withdraw and remove
 * (a candidate entered by mistake). Every write goes through the record writer from the version the
 * user saw. A decided candidate who was appointed is not removed: the assignment is the record then.
 */
import type { z } from 'zod';
import type {
  NewCandidate,
  RequestDetail,
  candidateAdvanceSchema,
  candidateProposeSchema,
  candidateUpdateSchema,
  candidateWithdrawSchema,
  nominationRemoveSchema,
} from '@shared/contract/nominations';
import { refusal } from '@shared/contract/errors';
import { advance, endRefusal, stepRefusal } from '@shared/domain/nominations';
import { foldText } from '@shared/text/fold';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { candidateFacts, candidatesOfRequest, personNames, type CandidateRow } from '../../repositories/nominations';
import { writableRecord, write } from '../../repositories/record-writer';
import { liveRegion } from '../../repositories/regions';
import { organisationRows } from '../../repositories/register/organisations';
import { readDetail, requireCandidate, requireRequest, ruleRefusal, writeOptions } from './common';

type ProposeInput = z.output<typeof candidateProposeSchema>;

function validateNewCandidate(ctx: ServiceContext, person: NewCandidate): void {
  if (!liveRegion(ctx.conn, person.regionCode)) throw refusal('VALIDATION', 'region.unknown', { code: person.regionCode });
  if (person.organisationId !== null && !organisationRows(ctx.conn).some((o) => o.id === person.organisationId))
    throw refusal('VALIDATION', 'organisation.notFound');
}

function newCandidateColumns(person: NewCandidate | null) {
  return {
    new_name: person?.name ?? null,
    new_region_code: person?.regionCode ?? null,
    new_email: person?.email?.toLowerCase() ?? null,
    new_profession: person?.profession || null,
    new_gender: person?.gender ?? null,
    new_organisation_id: person?.organisationId ?? null,
  };
}

/** The name a candidate of the request goes by (the person's or the new candidate's), folded for comparison. */
function namesOnRequest(ctx: ServiceContext, candidates: readonly CandidateRow[]): string[] {
  const persons = personNames(
    ctx.conn,
    candidates.flatMap((c) => (c.person_id === null ? [] : [c.person_id])),
  );
  return candidates.map((c) => foldText((c.person_id !== null ? persons.get(c.person_id) : null) ?? c.new_name ?? ''));
}

/** Refuses a proposal that is not one person or one new candidate, or who is already a candidate of the request. */
function validateProposal(ctx: ServiceContext, input: ProposeInput): void {
  if ((input.personId === null) === (input.newPerson === null)) throw refusal('VALIDATION', 'nominations.personXorNew');
  const candidates = candidatesOfRequest(ctx.conn, input.requestId);
  if (input.personId !== null) {
    const name = personNames(ctx.conn, [input.personId]).get(input.personId);
    if (name === undefined) throw refusal('VALIDATION', 'person.notFound');
    if (candidates.some((c) => c.person_id === input.personId)) throw refusal('CONFLICT', 'nominations.alreadyProposed', { name });
    return;
  }
  const person = input.newPerson!;
  validateNewCandidate(ctx, person);
  if (namesOnRequest(ctx, candidates).includes(foldText(person.name)))
    throw refusal('CONFLICT', 'nominations.alreadyProposed', { name: person.name });
}

export async function proposeCandidate(ctx: ServiceContext, input: ProposeInput): Promise<RequestDetail> {
  const id = ctx.newId();
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const request = requireRequest(ctx, input.requestId);
    if (request.status !== 'OPEN') throw refusal('VALIDATION', 'nominations.requestNotOpen');
    validateProposal(ctx, input);
    const columns = {
      request_id: input.requestId,
      person_id: input.personId,
      ...newCandidateColumns(input.newPerson),
      status: 'PROPOSED',
      proposed_on: input.proposedOn,
      proposed_by: input.proposedBy || null,
      link: input.link || null,
      notes: input.notes || null,
    };
    write(ctx.conn, 'nomination_candidates', { id }, columns, { ...how, action: 'create' });
  });
  return readDetail(ctx, input.requestId);
}

/** Corrects who proposed, the link, the notes and (for a new candidate) the candidate's facts. */
export async function updateCandidate(ctx: ServiceContext, input: z.output<typeof candidateUpdateSchema>): Promise<RequestDetail> {
  const row = requireCandidate(ctx, input.id);
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'nomination_candidates', target, how.owner);
    if (before.person_id !== null && input.newPerson !== null) throw refusal('VALIDATION', 'nominations.newFactsForPerson');
    if (before.person_id === null && input.newPerson === null) throw refusal('VALIDATION', 'nominations.newFactsRequired');
    if (input.newPerson !== null) validateNewCandidate(ctx, input.newPerson);
    const facts = before.person_id === null ? newCandidateColumns(input.newPerson) : {};
    const change = { ...facts, proposed_by: input.proposedBy || null, link: input.link || null, notes: input.notes || null };
    write(ctx.conn, 'nomination_candidates', target, change, { ...how, action: 'update' });
  });
  return readDetail(ctx, row.request_id);
}

/** The columns one step sets (recording a step again corrects it). */
function stepColumns(input: z.output<typeof candidateAdvanceSchema>) {
  if (input.step === 'MANAGER_APPROVED') return { manager_approved_on: input.on, manager_approved_by: input.by || null };
  if (input.step === 'NOMINATED') return { nominated_on: input.on, nominated_to: input.by || null };
  return {
    declaration_received_on: input.on,
    declaration_outcome: input.outcome,
    declaration_reviewed_by: input.by || null,
    declaration_reference: input.reference || null,
  };
}

/** Records the manager's approval, the declaration (with its outcome) or the nomination. */
export async function advanceCandidate(ctx: ServiceContext, input: z.output<typeof candidateAdvanceSchema>): Promise<RequestDetail> {
  const row = requireCandidate(ctx, input.id);
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'nomination_candidates', target, how.owner);
    // only the declaration keeps a reference (its jävsblankett); a reference for another step would be lost
    if (input.step !== 'DECLARATION_RECEIVED' && input.reference) throw refusal('VALIDATION', 'nominations.referenceOnlyDeclaration');
    const facts = candidateFacts(before);
    const reason = stepRefusal(facts, input.step, input.on, input.outcome);
    if (reason !== null) throw ruleRefusal(reason, { proposedOn: facts.proposedOn });
    const next = advance(facts, input.step, input.on, input.outcome);
    const change = { ...stepColumns(input), status: next.status };
    write(ctx.conn, 'nomination_candidates', target, change, { ...how, action: 'update' });
  });
  return readDetail(ctx, row.request_id);
}

/** The candidate withdraws (or is withdrawn) before a decision. */
export async function withdrawCandidate(ctx: ServiceContext, input: z.output<typeof candidateWithdrawSchema>): Promise<RequestDetail> {
  const row = requireCandidate(ctx, input.id);
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'nomination_candidates', target, how.owner);
    const reason = endRefusal(candidateFacts(before), input.on);
    if (reason !== null) throw ruleRefusal(reason, { proposedOn: before.proposed_on });
    write(ctx.conn, 'nomination_candidates', target, { status: 'WITHDRAWN', closed_on: input.on }, { ...how, action: 'end' });
  });
  return readDetail(ctx, row.request_id);
}

/** Removes a candidate entered by mistake (a tombstone audited as a correction); an appointed one stays. */
export async function removeCandidate(ctx: ServiceContext, input: z.output<typeof nominationRemoveSchema>): Promise<{ ok: true }> {
  transaction(ctx.conn, () => {
    const how = writeOptions(ctx);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'nomination_candidates', target, how.owner);
    if (before.status === 'DECIDED' && before.membership_id !== null) throw refusal('CONFLICT', 'nominations.candidateAppointed');
    write(ctx.conn, 'nomination_candidates', target, {}, { ...how, action: 'delete', auditAction: 'correction' });
  });
  return { ok: true };
}
