import type { Database as Sqlite } from 'better-sqlite3';
import { Connection } from '../db/data';
import { clearSavedAnswers } from './saved-answers';
import { blankCandidate, rowToWire, wireToRow, type DbRow } from '../domain/packages/wire';

/**
 * Synchronous queries of personal-data erasure (inside the erase, re-apply and import transactions).
 * The erasure writes stay here rather than in the record writer: an erasure blanks a person who may
 * already be a tombstone or (when re-applied or received) belong to another owner, and its audit entry
 * must hold no personal data, where the writer keeps the before image.
 */

export type ErasureRow = {
  id: string;
  owner: string;
  erased_at: string;
  erased_by: string | null;
  legal_basis: string;
  origin_owner: string | null;
};

export const LEGAL_BASIS = 'GDPR art. 17';

/** Who erased the person here: the actor of the erase entry in the audit log (none for a received erasure). */
const ERASED_BY = `(SELECT a.actor FROM audit_log a WHERE a.entity IN ('persons', 'nomination_candidates') AND a.record_id = e.id
  AND a.action IN ('erase', 'erase-reapplied') ORDER BY a.seq LIMIT 1)`;

/**
 * Rows (of audit_log, record_origins) that concern an erased data subject `@person`: the person, their
 * memberships, salaries and candidacies; or a new candidate erased by its candidate id (docs/privacy.md).
 */
export const CONCERNS_PERSON = `((entity = 'persons' AND record_id = @person)
  OR (entity = 'memberships' AND record_id IN (SELECT id FROM memberships WHERE person_id = @person))
  OR (entity = 'person_salaries' AND record_id IN (SELECT id FROM person_salaries WHERE person_id = @person))
  OR (entity = 'nomination_candidates' AND record_id IN (SELECT id FROM nomination_candidates WHERE person_id = @person OR id = @person)))`;

const ERASURE_COLUMNS = `SELECT e.id, e.owner, e.erased_at, ${ERASED_BY} AS erased_by, e.legal_basis, o.origin_owner
  FROM person_erasures e LEFT JOIN record_origins o ON o.entity = 'person_erasures' AND o.record_id = e.id`;

export function erasureOf(conn: Connection, personId: string): ErasureRow | undefined {
  return conn.prepare(`${ERASURE_COLUMNS} WHERE e.id = ?`).get(personId) as ErasureRow | undefined;
}

/** The live erasure markers; also of a database opened read-only outside any app (an offline restore). */
export function listErasureRows(db: Connection | Sqlite): ErasureRow[] {
  const conn = db instanceof Connection ? db : new Connection(db);
  return conn.prepare(`${ERASURE_COLUMNS} WHERE e.deleted_at IS NULL ORDER BY e.erased_at DESC, e.id`).all() as ErasureRow[];
}

/** The whole stored person row (any owner, tombstone or not). */
export function personRow(conn: Connection, personId: string): DbRow | undefined {
  return conn.prepare('SELECT * FROM persons WHERE id = ?').get(personId) as DbRow | undefined;
}

/** Puts back a marker a restored backup lacks, as it was made (version 1, its own time). */
export function restoreErasureMarker(conn: Connection, marker: Pick<ErasureRow, 'id' | 'owner' | 'erased_at' | 'legal_basis'>): void {
  conn
    .prepare(
      `INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis)
       VALUES (@id, @owner, 1, @erased_at, @erased_at, NULL, @erased_at, @legal_basis)`,
    )
    .run({ id: marker.id, owner: marker.owner, erased_at: marker.erased_at, legal_basis: marker.legal_basis });
}

/** Writes the blanked personal fields (blankPerson) and bumps the version; no audit image of the old values. */
export function writeBlankedPerson(conn: Connection, blanked: DbRow, nowIso: string): void {
  conn
    .prepare(
      `UPDATE persons SET name = @name, email = @email, phone = @phone, profession = @profession, gender = @gender, notes = @notes,
         deleted_at = @deleted_at, version = version + 1, updated_at = @now WHERE id = @id`,
    )
    .run({
      id: blanked.id,
      name: blanked.name,
      email: blanked.email,
      phone: blanked.phone,
      profession: blanked.profession,
      gender: blanked.gender,
      notes: blanked.notes,
      deleted_at: blanked.deleted_at,
      now: nowIso,
    });
}

/**
 * Removes what the database keeps about an erased person beyond their records: the audit payloads
 * of their entries (the chain keeps each payload's digest; the trigger only allows this for an
 * existing erasure), every package undo image (they hold rows as they were before an import) and the
 * views' saved answers (a saved capacity grid names persons). Returns the number of audit payloads blanked.
 */
export function purgePersonTraces(conn: Connection, personId: string): number {
  const blanked = conn
    .prepare(
      `UPDATE audit_log SET before_json = NULL, after_json = NULL, erasure_id = @person
       WHERE erasure_id IS NULL AND action NOT IN ('erase', 'erase-reapplied') AND ${CONCERNS_PERSON}`,
    )
    .run({ person: personId }).changes;
  conn.prepare('DELETE FROM package_undo').run();
  clearSavedAnswers(conn);
  return blanked;
}

/** After an import received erasure markers: purge the traces of every marked person still here. */
export function purgeAllErasedTraces(db: Connection | Sqlite): number {
  const conn = db instanceof Connection ? db : new Connection(db);
  const ids = conn.prepare('SELECT id FROM person_erasures WHERE deleted_at IS NULL').all() as { id: string }[];
  return ids.reduce((sum, { id }) => sum + purgePersonTraces(conn, id), 0);
}

/** Tombstones a person's memberships and salaries owned here; membership notes and salary amounts are wiped. */
export function tombstonePersonRecords(
  conn: Connection,
  personId: string,
  owner: string,
  nowIso: string,
): { memberships: number; salaries: number } {
  const params = { person: personId, owner, now: nowIso };
  const memberships = conn
    .prepare(
      `UPDATE memberships SET notes = NULL, deleted_at = COALESCE(deleted_at, @now), version = version + 1, updated_at = @now
       WHERE person_id = @person AND owner = @owner`,
    )
    .run(params).changes;
  const salaries = conn
    .prepare(
      `UPDATE person_salaries SET monthly_salary_ore = 0, deleted_at = COALESCE(deleted_at, @now), version = version + 1, updated_at = @now
       WHERE person_id = @person AND owner = @owner`,
    )
    .run(params).changes;
  return { memberships, salaries };
}

const BLANKED_CANDIDATE_COLUMNS = [
  'id',
  'new_name',
  'new_region_code',
  'new_email',
  'new_profession',
  'new_gender',
  'new_organisation_id',
  'proposed_by',
  'manager_approved_by',
  'declaration_outcome',
  'declaration_reviewed_by',
  'declaration_reference',
  'nominated_to',
  'decided_by',
  'decision_reference',
  'link',
  'notes',
  'deleted_at',
] as const;

/** The candidacies of an erased subject: those of the person, or the new candidate of that id (any owner). */
export function subjectCandidates(conn: Connection, subjectId: string): DbRow[] {
  return conn
    .prepare('SELECT * FROM nomination_candidates WHERE person_id = @id OR id = @id ORDER BY id')
    .all({ id: subjectId }) as DbRow[];
}

/** The candidate of an id (any owner, tombstone or not), for the erasure of a new candidate. */
export function candidateRow(conn: Connection, candidateId: string): DbRow | undefined {
  return conn.prepare('SELECT * FROM nomination_candidates WHERE id = ?').get(candidateId) as DbRow | undefined;
}

/**
 * Blanks every candidacy of an erased subject (blankCandidate; no audit image of the old values). Those
 * owned by `owner` (the erasing installation) get a new version, so the blanked tombstone travels and wins;
 * other owners' copies are blanked at their version, as every receiver does. Returns how many were blanked.
 */
export function blankSubjectCandidates(
  conn: Connection,
  subjectId: string,
  owner: string | null,
  erasedAt: string,
  nowIso: string,
): number {
  const update = conn.prepare(
    `UPDATE nomination_candidates SET new_name = @new_name, new_region_code = @new_region_code, new_email = @new_email,
       new_profession = @new_profession, new_gender = @new_gender, new_organisation_id = @new_organisation_id,
       proposed_by = @proposed_by, manager_approved_by = @manager_approved_by, declaration_outcome = @declaration_outcome,
       declaration_reviewed_by = @declaration_reviewed_by, declaration_reference = @declaration_reference,
       nominated_to = @nominated_to, decided_by = @decided_by, decision_reference = @decision_reference, link = @link,
       notes = @notes, deleted_at = @deleted_at,
       version = version + @bump, updated_at = CASE WHEN @bump = 1 THEN @now ELSE updated_at END
     WHERE id = @id`,
  );
  const rows = subjectCandidates(conn, subjectId);
  for (const row of rows) {
    const blanked = wireToRow('nomination_candidates', blankCandidate(rowToWire('nomination_candidates', row), erasedAt));
    update.run({
      ...Object.fromEntries(BLANKED_CANDIDATE_COLUMNS.map((c) => [c, blanked[c]])),
      bump: row.owner === owner ? 1 : 0,
      now: nowIso,
    });
  }
  return rows.length;
}
