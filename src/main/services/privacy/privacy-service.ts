import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type { FileExport } from '@shared/contract/planning';
import type { ErasureRowView, PersonEraseResult, personEraseInputSchema } from '@shared/contract/privacy';
import { blankPerson, rowToWire, wireToRow, type DbRow } from '../../domain/packages/wire';
import type { ServiceContext } from '../../lib/context';
import { personPdf } from '../../reports/person-pdf';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { listRecipients } from '../../repositories/packages/exchange-log';
import { purgeSearchIndexes } from '../../repositories/register-search';
import {
  erasureOf,
  insertErasure,
  listErasureRows,
  purgePersonTraces,
  tombstonePersonRecords,
  type ErasureRow,
} from '../../repositories/person-erasures';
import { requireLocalOwner } from '../packages/local';
import { readPersonData } from './person-data';

type EraseInput = z.output<typeof personEraseInputSchema>;

function fileName(personId: string, created: Date, extension: string): string {
  return `registerutdrag-${personId.slice(0, 8)}-${created.toISOString().slice(0, 10)}.${extension}`;
}

/** The register extract as JSON: everything held about the person, including the audit payloads. */
export function exportPersonJson(ctx: ServiceContext, personId: string): FileExport {
  const created = ctx.now();
  const data = readPersonData(ctx.conn, personId, created.toISOString());
  return {
    fileName: fileName(personId, created, 'json'),
    contentBase64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
  };
}

/** The register extract as a Swedish PDF. */
export async function exportPersonPdf(ctx: ServiceContext, personId: string): Promise<FileExport> {
  const created = ctx.now();
  const data = readPersonData(ctx.conn, personId, created.toISOString());
  const bytes = await personPdf(data, created);
  return { fileName: fileName(personId, created, 'pdf'), contentBase64: bytes.toString('base64') };
}

/** Blanks the person's personal fields and turns the record into a tombstone (the same as a receiving replica does). */
function blankPersonRow(ctx: ServiceContext, person: DbRow, nowIso: string): void {
  const blanked = wireToRow('persons', blankPerson(rowToWire('persons', person), nowIso));
  ctx.sqlite
    .prepare(
      `UPDATE persons SET name = @name, email = @email, phone = @phone, profession = @profession, gender = @gender, notes = @notes,
         deleted_at = @deleted_at, version = version + 1, updated_at = @now WHERE id = @id`,
    )
    .run({ ...blanked, now: nowIso });
}

function checkErasable(ctx: ServiceContext, input: EraseInput, owner: string): DbRow {
  const person = ctx.sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(input.personId) as DbRow | undefined;
  if (!person) throw new DomainError('NOT_FOUND', 'Person not found');
  if (erasureOf(ctx.sqlite, input.personId)) throw new DomainError('CONFLICT', 'This person has already been erased');
  if (person.owner !== owner)
    throw new DomainError('FORBIDDEN', `The person belongs to ${String(person.owner)}; only ${String(person.owner)} can erase them`);
  if (input.confirmName.trim() !== String(person.name).trim())
    throw new DomainError('VALIDATION', "Type the person's name exactly to confirm the erasure");
  return person;
}

/**
 * Erases a person in ONE transaction: a travelling erasure marker (no personal data), the person
 * blanked to a tombstone, their memberships and salaries tombstoned and wiped, the audit payloads about
 * them blanked (the chain keeps their digests), undo images dropped, and an audit entry without
 * personal data. Then the WAL is checkpointed and truncated; secure_delete zeroes the freed bytes.
 */
export function erasePerson(ctx: ServiceContext, input: EraseInput): PersonEraseResult {
  const nowIso = ctx.now().toISOString();
  const result = ctx.sqlite.transaction((): PersonEraseResult => {
    const owner = requireLocalOwner(ctx.sqlite);
    const person = checkErasable(ctx, input, owner);
    insertErasure(ctx.sqlite, { personId: input.personId, owner, nowIso });
    blankPersonRow(ctx, person, nowIso);
    const { memberships, salaries } = tombstonePersonRecords(ctx.sqlite, input.personId, owner, nowIso);
    const auditPayloads = purgePersonTraces(ctx.sqlite, input.personId);
    const recipients = [...new Set(listRecipients(ctx.conn, input.personId).map((r) => r.recipient))];
    createAuditWriter(ctx.sqlite, ctx.actor, nowIso).append({
      action: 'erase',
      entity: 'persons',
      recordId: input.personId,
      before: null,
      after: { erasure: input.personId, memberships, salaries, auditPayloads, recipients },
    });
    return { personId: input.personId, erasedAt: nowIso, memberships, salaries, auditPayloads, recipients };
  })();
  checkpointAfterErasure(ctx);
  return result;
}

/** Copies the WAL into the database file and truncates it, so erased content leaves the -wal file too. */
export function checkpointAfterErasure(ctx: ServiceContext): void {
  purgeSearchIndexes(ctx.sqlite);
  ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * After a backup was restored: the erasures the database held before the restore are made again, so
 * a restore never brings an erased person back. Returns how many were re-applied.
 */
export function reapplyErasures(ctx: ServiceContext, markers: readonly ErasureRow[]): number {
  const nowIso = ctx.now().toISOString();
  const applied = ctx.sqlite.transaction((): number => {
    const audit = createAuditWriter(ctx.sqlite, ctx.actor, nowIso);
    let count = 0;
    for (const marker of markers) {
      if (erasureOf(ctx.sqlite, marker.id)) continue;
      restoreMarker(ctx, marker);
      const person = ctx.sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(marker.id) as DbRow | undefined;
      if (person) {
        blankPersonRow(ctx, person, marker.erased_at);
        tombstonePersonRecords(ctx.sqlite, marker.id, String(person.owner), nowIso);
      }
      purgePersonTraces(ctx.sqlite, marker.id);
      audit.append({
        action: 'erase-reapplied',
        entity: 'persons',
        recordId: marker.id,
        before: null,
        after: { erasure: marker.id, erasedAt: marker.erased_at, erasedBy: marker.erased_by },
      });
      count += 1;
    }
    return count;
  })();
  if (applied > 0) checkpointAfterErasure(ctx);
  return applied;
}

function restoreMarker(ctx: ServiceContext, marker: ErasureRow): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis)
       VALUES (@id, @owner, 1, @erased_at, @erased_at, NULL, @erased_at, @legal_basis)`,
    )
    .run({ id: marker.id, owner: marker.owner, erased_at: marker.erased_at, legal_basis: marker.legal_basis });
}

export function listErasures(ctx: ServiceContext): { rows: ErasureRowView[] } {
  return {
    rows: listErasureRows(ctx.sqlite).map((r) => ({
      personId: r.id,
      owner: r.owner,
      erasedAt: r.erased_at,
      erasedBy: r.erased_by,
      receivedFrom: r.origin_owner,
      legalBasis: r.legal_basis,
    })),
  };
}
