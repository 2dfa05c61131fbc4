import type { Database as Sqlite } from 'better-sqlite3';
import type { Connection } from '../../db/data';
import { DomainError } from '@shared/contract/errors';
import { listRecipients } from '../../repositories/packages/exchange-log';
import { erasureOf } from '../../repositories/person-erasures';

type Row = Record<string, string | number | null>;

/** One audit entry about the person (or their memberships/salaries), payloads parsed. */
export type PersonAuditEntry = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
  erased: boolean;
};

/** Everything this installation holds about one person (the register extract, GDPR Art. 15). */
export type PersonData = {
  format: 'samplan-registerutdrag';
  formatVersion: 1;
  createdAt: string;
  person: Row;
  organisation: Row | null;
  memberships: Row[];
  salaries: Row[];
  provenance: Row[];
  recipients: { recipient: string; packageCount: number; firstSentAt: string; lastSentAt: string }[];
  erasure: { erasedAt: string; owner: string; legalBasis: string } | null;
  auditHistory: PersonAuditEntry[];
};

function parsePayload(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

function auditOf(sqlite: Sqlite, personId: string): PersonAuditEntry[] {
  const rows = sqlite
    .prepare(
      `SELECT seq, at, actor, action, entity, record_id, before_json, after_json, erasure_id FROM audit_log
       WHERE (entity = 'persons' AND record_id = @person)
          OR (entity = 'memberships' AND record_id IN (SELECT id FROM memberships WHERE person_id = @person))
          OR (entity = 'person_salaries' AND record_id IN (SELECT id FROM person_salaries WHERE person_id = @person))
       ORDER BY seq`,
    )
    .all({ person: personId }) as Row[];
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: String(r.at),
    actor: String(r.actor),
    action: String(r.action),
    entity: String(r.entity),
    recordId: r.record_id === null ? null : String(r.record_id),
    before: parsePayload(r.before_json as string | null),
    after: parsePayload(r.after_json as string | null),
    erased: r.erasure_id !== null,
  }));
}

/** Reads everything held about one person, read-only; NOT_FOUND when the id is unknown. */
export function readPersonData(conn: Connection, personId: string, createdAt: string): PersonData {
  const sqlite = conn.sqlite;
  const person = sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(personId) as Row | undefined;
  if (!person) throw new DomainError('NOT_FOUND', 'Person not found');
  const organisation =
    person.organisation_id === null
      ? null
      : ((sqlite.prepare('SELECT id, name, type, region_code FROM organisations WHERE id = ?').get(person.organisation_id) as
          Row | undefined) ?? null);
  const memberships = sqlite
    .prepare(
      'SELECT m.*, g.name AS group_name, g.type AS group_type FROM memberships m JOIN groups g ON g.id = m.group_id WHERE m.person_id = ? ORDER BY m.start_date, m.id',
    )
    .all(personId) as Row[];
  const salaries = sqlite.prepare('SELECT * FROM person_salaries WHERE person_id = ? ORDER BY effective_date, id').all(personId) as Row[];
  const provenance = sqlite
    .prepare(
      `SELECT entity, record_id, origin_owner, package_id, received_at FROM record_origins
       WHERE (entity = 'persons' AND record_id = @person)
          OR (entity = 'memberships' AND record_id IN (SELECT id FROM memberships WHERE person_id = @person))
          OR (entity = 'person_salaries' AND record_id IN (SELECT id FROM person_salaries WHERE person_id = @person))
       ORDER BY entity, record_id`,
    )
    .all({ person: personId }) as Row[];
  const erasure = erasureOf(sqlite, personId);
  return {
    format: 'samplan-registerutdrag',
    formatVersion: 1,
    createdAt,
    person,
    organisation,
    memberships,
    salaries,
    provenance,
    recipients: listRecipients(conn, personId).map((r) => ({
      recipient: r.recipient,
      packageCount: r.package_count,
      firstSentAt: r.first_sent_at,
      lastSentAt: r.last_sent_at,
    })),
    erasure: erasure ? { erasedAt: erasure.erased_at, owner: erasure.owner, legalBasis: erasure.legal_basis } : null,
    auditHistory: auditOf(sqlite, personId),
  };
}
