import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { FileExport } from '@shared/contract/planning';
import type {
  CandidateEraseResult,
  candidateEraseInputSchema,
  ErasureRowView,
  PersonEraseResult,
  personEraseInputSchema,
} from '@shared/contract/privacy';
import { readTransaction, transaction, type Connection } from '../../db/data';
import { blankPerson, rowToWire, wireToRow, type DbRow } from '../../domain/packages/wire';
import type { ServiceContext } from '../../lib/context';
import { personPdf } from '../../reports/person-pdf';
import { appendAuditEntry } from '../../repositories/audit';
import { listRecipients } from '../../repositories/packages/exchange-log';
import { write } from '../../repositories/record-writer';
import { ownerCodeOf, requireOwner } from '../../repositories/records';
import {
  blankSubjectCandidates,
  candidateRow,
  erasureOf,
  LEGAL_BASIS,
  listErasureRows,
  personRow,
  purgePersonTraces,
  restoreErasureMarker,
  tombstonePersonRecords,
  writeBlankedPerson,
  type ErasureRow,
} from '../../repositories/person-erasures';
import { afterErasures, journalErasures } from './erasure-effects';
import { readPersonData } from './person-data';

type EraseInput = z.output<typeof personEraseInputSchema>;
type CandidateEraseInput = z.output<typeof candidateEraseInputSchema>;

function fileName(personId: string, created: Date, extension: string): string {
  return `registerutdrag-${personId.slice(0, 8)}-${created.toISOString().slice(0, 10)}.${extension}`;
}

/** The register extract as JSON: everything held about the person, including the audit payloads. */
export function exportPersonJson(ctx: ServiceContext, personId: string): FileExport {
  const created = ctx.now();
  const data = readTransaction(ctx.conn, () => readPersonData(ctx.conn, personId, created.toISOString()));
  return {
    fileName: fileName(personId, created, 'json'),
    contentBase64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
  };
}

/** The register extract as a Swedish PDF. */
export async function exportPersonPdf(ctx: ServiceContext, personId: string): Promise<FileExport> {
  const created = ctx.now();
  const data = readTransaction(ctx.conn, () => readPersonData(ctx.conn, personId, created.toISOString()));
  const bytes = await personPdf(data, created);
  return { fileName: fileName(personId, created, 'pdf'), contentBase64: bytes.toString('base64') };
}

/** Blanks the person's personal fields and turns the record into a tombstone (the same as a receiving replica does). */
function blankPersonRow(conn: Connection, person: DbRow, erasedAt: string, nowIso: string): void {
  writeBlankedPerson(conn, wireToRow('persons', blankPerson(rowToWire('persons', person), erasedAt)), nowIso);
}

function checkErasable(conn: Connection, input: EraseInput, owner: string): DbRow {
  const person = personRow(conn, input.personId);
  if (!person) throw refusal('NOT_FOUND', 'person.notFound');
  if (erasureOf(conn, input.personId)) throw refusal('CONFLICT', 'privacy.alreadyErased');
  if (person.owner !== owner) throw refusal('FORBIDDEN', 'privacy.foreignPerson', { owner: String(person.owner) });
  if (input.confirmName.trim() !== String(person.name).trim()) throw refusal('VALIDATION', 'privacy.confirmName');
  return person;
}

/**
 * Erases a person in ONE transaction: a travelling erasure marker (no personal data, written by the
 * record writer), the person blanked to a tombstone, their memberships and salaries tombstoned and
 * wiped, the audit payloads about them blanked (the chain keeps their digests), undo images dropped,
 * and an audit entry without personal data. Then the erasure goes into the journal beside the
 * database (a restore re-applies it), and the WAL is checkpointed and truncated.
 */
export function erasePerson(ctx: ServiceContext, input: EraseInput): PersonEraseResult {
  const nowIso = ctx.now().toISOString();
  const conn = ctx.conn;
  const result = transaction(conn, (): PersonEraseResult => {
    const owner = requireOwner(conn);
    const person = checkErasable(conn, input, owner);
    write(
      conn,
      'person_erasures',
      { id: input.personId },
      { erased_at: nowIso, legal_basis: LEGAL_BASIS },
      { action: 'create', actor: ctx.actor, now: nowIso, owner },
    );
    blankPersonRow(conn, person, nowIso, nowIso);
    const { memberships, salaries } = tombstonePersonRecords(conn, input.personId, owner, nowIso);
    const candidacies = blankSubjectCandidates(conn, input.personId, owner, nowIso, nowIso);
    const auditPayloads = purgePersonTraces(conn, input.personId);
    const recipients = [...new Set(listRecipients(conn, input.personId).map((r) => r.recipient))];
    const after = { erasure: input.personId, memberships, salaries, candidacies, auditPayloads, recipients };
    appendAuditEntry(conn, { action: 'erase', entity: 'persons', recordId: input.personId, before: null, after }, ctx.actor, nowIso);
    return { personId: input.personId, erasedAt: nowIso, memberships, salaries, candidacies, auditPayloads, recipients };
  });
  afterErasures(ctx);
  return result;
}

function checkCandidateErasable(conn: Connection, input: CandidateEraseInput, owner: string): void {
  const candidate = candidateRow(conn, input.candidateId);
  if (!candidate) throw refusal('NOT_FOUND', 'privacy.candidateNotFound');
  if (erasureOf(conn, input.candidateId)) throw refusal('CONFLICT', 'privacy.alreadyErased');
  if (candidate.person_id !== null) throw refusal('VALIDATION', 'privacy.candidateIsPerson');
  if (candidate.owner !== owner) throw refusal('FORBIDDEN', 'privacy.foreignCandidate', { owner: String(candidate.owner) });
  if (input.confirmName.trim() !== String(candidate.new_name ?? '').trim()) throw refusal('VALIDATION', 'privacy.candidateConfirmName');
}

/**
 * Erases a new candidate of a nomination (not a person in the register) the way a person is erased: an
 * erasure marker with the candidate's id travels, the candidate is blanked to a tombstone (a new version,
 * so it travels too), the audit payloads about it are blanked, undo images and saved answers dropped,
 * and the erasure is journalled beside the database (docs/privacy.md).
 */
export function eraseCandidate(ctx: ServiceContext, input: CandidateEraseInput): CandidateEraseResult {
  const nowIso = ctx.now().toISOString();
  const conn = ctx.conn;
  const result = transaction(conn, (): CandidateEraseResult => {
    const owner = requireOwner(conn);
    checkCandidateErasable(conn, input, owner);
    const how = { action: 'create' as const, actor: ctx.actor, now: nowIso, owner };
    write(conn, 'person_erasures', { id: input.candidateId }, { erased_at: nowIso, legal_basis: LEGAL_BASIS }, how);
    blankSubjectCandidates(conn, input.candidateId, owner, nowIso, nowIso);
    const auditPayloads = purgePersonTraces(conn, input.candidateId);
    const recipients = [...new Set(listRecipients(conn, input.candidateId).map((r) => r.recipient))];
    const after = { erasure: input.candidateId, auditPayloads, recipients };
    appendAuditEntry(
      conn,
      { action: 'erase', entity: 'nomination_candidates', recordId: input.candidateId, before: null, after },
      ctx.actor,
      nowIso,
    );
    return { candidateId: input.candidateId, erasedAt: nowIso, auditPayloads, recipients };
  });
  afterErasures(ctx);
  return result;
}

/**
 * After a backup was restored: the erasures known before the restore (the old database's markers
 * and the journal's) are made again, so a restore never brings an erased person back. Returns how
 * many were re-applied.
 */
export function reapplyErasures(ctx: ServiceContext, markers: readonly ErasureRow[]): number {
  const nowIso = ctx.now().toISOString();
  const conn = ctx.conn;
  const applied = transaction(conn, (): number => {
    let count = 0;
    for (const marker of markers) {
      if (erasureOf(conn, marker.id)) continue;
      restoreErasureMarker(conn, marker);
      const person = personRow(conn, marker.id);
      if (person) {
        blankPersonRow(conn, person, marker.erased_at, marker.erased_at);
        tombstonePersonRecords(conn, marker.id, String(person.owner), nowIso);
      }
      // Only this installation's own candidacies get a new version; other owners' are blanked at theirs (as on import).
      blankSubjectCandidates(conn, marker.id, ownerCodeOf(conn), marker.erased_at, nowIso);
      purgePersonTraces(conn, marker.id);
      const after = { erasure: marker.id, erasedAt: marker.erased_at, erasedBy: marker.erased_by };
      appendAuditEntry(conn, { action: 'erase-reapplied', entity: 'persons', recordId: marker.id, before: null, after }, ctx.actor, nowIso);
      count += 1;
    }
    return count;
  });
  if (applied > 0) afterErasures(ctx);
  else journalErasures(ctx);
  return applied;
}

export function listErasures(ctx: ServiceContext): { rows: ErasureRowView[] } {
  return {
    rows: listErasureRows(ctx.conn).map((r) => ({
      personId: r.id,
      owner: r.owner,
      erasedAt: r.erased_at,
      erasedBy: r.erased_by,
      receivedFrom: r.origin_owner,
      legalBasis: r.legal_basis,
    })),
  };
}

/** The name of a stored person (any owner, tombstone or not), for a confirmation the CLI makes for the user. */
export function personNameOf(ctx: ServiceContext, personId: string): string | null {
  const person = personRow(ctx.conn, personId);
  return person ? String(person.name) : null;
}

/** The name of a new candidate (not a person in the register), for the confirmation the CLI makes for the user. */
export function candidateNameOf(ctx: ServiceContext, candidateId: string): string | null {
  const name = candidateRow(ctx.conn, candidateId)?.new_name;
  return typeof name === 'string' ? name : null;
}
