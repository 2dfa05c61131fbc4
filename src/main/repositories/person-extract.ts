import type { Connection } from '../db/data';
import { CONCERNS_PERSON } from './person-erasures';

/** The queries of the register extract (GDPR art. 15): everything held about one person, read-only. */

export type ExtractRow = Record<string, string | number | null>;

export function extractPerson(conn: Connection, personId: string): ExtractRow | undefined {
  return conn.prepare('SELECT * FROM persons WHERE id = ?').get(personId) as ExtractRow | undefined;
}

/**
 * A new candidate of a nomination (not a person in the register) in the shape of a person row: the
 * register extract of a new candidate asks with the candidate's id.
 */
export function extractNewCandidate(conn: Connection, candidateId: string): ExtractRow | undefined {
  return conn
    .prepare(
      `SELECT id, owner, version, new_name AS name, new_email AS email, NULL AS phone, new_region_code AS region_code,
              new_organisation_id AS organisation_id, new_profession AS profession, new_gender AS gender, notes, NULL AS ended_on,
              created_at, updated_at, deleted_at
       FROM nomination_candidates WHERE id = ? AND person_id IS NULL`,
    )
    .get(candidateId) as ExtractRow | undefined;
}

export function extractOrganisation(conn: Connection, organisationId: string): ExtractRow | undefined {
  return conn.prepare('SELECT id, name, type, region_code FROM organisations WHERE id = ?').get(organisationId) as ExtractRow | undefined;
}

export function extractMemberships(conn: Connection, personId: string): ExtractRow[] {
  return conn
    .prepare(
      `SELECT m.*, g.name AS group_name, g.type AS group_type FROM memberships m JOIN groups g ON g.id = m.group_id
       WHERE m.person_id = ? ORDER BY m.start_date, m.id`,
    )
    .all(personId) as ExtractRow[];
}

/** The person's candidacies (GDPR art. 15), or the new candidate's own: each with its request, the group and the seat asked for. */
export function extractCandidacies(conn: Connection, personId: string): ExtractRow[] {
  return conn
    .prepare(
      `SELECT c.*, r.group_id, g.name AS group_name, g.type AS group_type, r.seat_id, r.role AS request_role, r.due_date AS request_due_date,
              r.reference AS request_reference, r.status AS request_status
       FROM nomination_candidates c JOIN nomination_requests r ON r.id = c.request_id JOIN groups g ON g.id = r.group_id
       WHERE c.person_id = @id OR (c.id = @id AND c.person_id IS NULL) ORDER BY c.proposed_on, c.id`,
    )
    .all({ id: personId }) as ExtractRow[];
}

export function extractSalaries(conn: Connection, personId: string): ExtractRow[] {
  return conn.prepare('SELECT * FROM person_salaries WHERE person_id = ? ORDER BY effective_date, id').all(personId) as ExtractRow[];
}

export function extractProvenance(conn: Connection, personId: string): ExtractRow[] {
  return conn
    .prepare(
      `SELECT entity, record_id, origin_owner, package_id, received_at FROM record_origins
       WHERE ${CONCERNS_PERSON} ORDER BY entity, record_id`,
    )
    .all({ person: personId }) as ExtractRow[];
}

export function extractAudit(conn: Connection, personId: string): ExtractRow[] {
  return conn
    .prepare(
      `SELECT seq, at, actor, action, entity, record_id, before_json, after_json, erasure_id FROM audit_log
       WHERE ${CONCERNS_PERSON} ORDER BY seq`,
    )
    .all({ person: personId }) as ExtractRow[];
}
