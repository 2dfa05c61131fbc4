import type { Connection } from '../db/data';

/** The queries of the register extract (GDPR art. 15): everything held about one person, read-only. */

export type ExtractRow = Record<string, string | number | null>;

/** Rows that concern a person: the person, their memberships and their salaries. */
const CONCERNS_PERSON = `((entity = 'persons' AND record_id = @person)
  OR (entity = 'memberships' AND record_id IN (SELECT id FROM memberships WHERE person_id = @person))
  OR (entity = 'person_salaries' AND record_id IN (SELECT id FROM person_salaries WHERE person_id = @person)))`;

export function extractPerson(conn: Connection, personId: string): ExtractRow | undefined {
  return conn.prepare('SELECT * FROM persons WHERE id = ?').get(personId) as ExtractRow | undefined;
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
