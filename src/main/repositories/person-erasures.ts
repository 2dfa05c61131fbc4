import type { Database as Sqlite } from 'better-sqlite3';

/** Synchronous queries of personal-data erasure (used inside the erase and import transactions). */

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
const ERASED_BY = `(SELECT a.actor FROM audit_log a WHERE a.entity = 'persons' AND a.record_id = e.id
  AND a.action IN ('erase', 'erase-reapplied') ORDER BY a.seq LIMIT 1)`;

/** Audit entries that concern a person: the person, their memberships and their salaries. */
const CONCERNS_PERSON = `((entity = 'persons' AND record_id = @person)
  OR (entity = 'memberships' AND record_id IN (SELECT id FROM memberships WHERE person_id = @person))
  OR (entity = 'person_salaries' AND record_id IN (SELECT id FROM person_salaries WHERE person_id = @person)))`;

export function erasureOf(sqlite: Sqlite, personId: string): ErasureRow | undefined {
  return sqlite
    .prepare(
      `SELECT e.id, e.owner, e.erased_at, ${ERASED_BY} AS erased_by, e.legal_basis, o.origin_owner
       FROM person_erasures e LEFT JOIN record_origins o ON o.entity = 'person_erasures' AND o.record_id = e.id
       WHERE e.id = ?`,
    )
    .get(personId) as ErasureRow | undefined;
}

export function listErasureRows(sqlite: Sqlite): ErasureRow[] {
  return sqlite
    .prepare(
      `SELECT e.id, e.owner, e.erased_at, ${ERASED_BY} AS erased_by, e.legal_basis, o.origin_owner
       FROM person_erasures e LEFT JOIN record_origins o ON o.entity = 'person_erasures' AND o.record_id = e.id
       WHERE e.deleted_at IS NULL ORDER BY e.erased_at DESC, e.id`,
    )
    .all() as ErasureRow[];
}

export function insertErasure(sqlite: Sqlite, marker: { personId: string; owner: string; nowIso: string }): void {
  sqlite
    .prepare(
      `INSERT INTO person_erasures (id, owner, version, created_at, updated_at, deleted_at, erased_at, legal_basis)
       VALUES (@personId, @owner, 1, @nowIso, @nowIso, NULL, @nowIso, @legalBasis)`,
    )
    .run({ ...marker, legalBasis: LEGAL_BASIS });
}

/**
 * Removes what the database keeps about an erased person beyond their records: the audit payloads
 * of their entries (the chain keeps each payload's digest; the trigger only allows this for an
 * existing erasure) and every package undo image (they hold rows as they were before an import).
 * Returns the number of audit payloads blanked.
 */
export function purgePersonTraces(sqlite: Sqlite, personId: string): number {
  const blanked = sqlite
    .prepare(
      `UPDATE audit_log SET before_json = NULL, after_json = NULL, erasure_id = @person
       WHERE erasure_id IS NULL AND action NOT IN ('erase', 'erase-reapplied') AND ${CONCERNS_PERSON}`,
    )
    .run({ person: personId }).changes;
  sqlite.prepare('DELETE FROM package_undo').run();
  return blanked;
}

/** After an import received erasure markers: purge the traces of every marked person still here. */
export function purgeAllErasedTraces(sqlite: Sqlite): number {
  const ids = sqlite.prepare('SELECT id FROM person_erasures WHERE deleted_at IS NULL').all() as { id: string }[];
  return ids.reduce((sum, { id }) => sum + purgePersonTraces(sqlite, id), 0);
}

/** Tombstones a person's memberships and salaries owned here; membership notes and salary amounts are wiped. */
export function tombstonePersonRecords(
  sqlite: Sqlite,
  personId: string,
  owner: string,
  nowIso: string,
): { memberships: number; salaries: number } {
  const params = { person: personId, owner, now: nowIso };
  const memberships = sqlite
    .prepare(
      `UPDATE memberships SET notes = NULL, deleted_at = COALESCE(deleted_at, @now), version = version + 1, updated_at = @now
       WHERE person_id = @person AND owner = @owner`,
    )
    .run(params).changes;
  const salaries = sqlite
    .prepare(
      `UPDATE person_salaries SET monthly_salary_ore = 0, deleted_at = COALESCE(deleted_at, @now), version = version + 1, updated_at = @now
       WHERE person_id = @person AND owner = @owner`,
    )
    .run(params).changes;
  return { memberships, salaries };
}
