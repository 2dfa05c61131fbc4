import type { Connection } from '../../db/data';
import { refusal } from '@shared/contract/errors';
import { listRecipients } from '../../repositories/packages/exchange-log';
import { erasureOf } from '../../repositories/person-erasures';
import {
  extractAudit,
  extractCandidacies,
  extractMemberships,
  extractNewCandidate,
  extractOrganisation,
  extractPerson,
  extractProvenance,
  extractSalaries,
  type ExtractRow as Row,
} from '../../repositories/person-extract';

/** One audit entry about the person (or their memberships, salaries, candidacies), payloads parsed. */
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
  /** Their candidacies in nominations: the request (group, seat, role, due date, reference) and every step with its date. */
  candidacies: Row[];
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

function auditOf(conn: Connection, personId: string): PersonAuditEntry[] {
  const rows = extractAudit(conn, personId);
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

/**
 * Reads everything held about one person, read-only; NOT_FOUND when the id is unknown. A new candidate of
 * a nomination (not in the register) is asked for by the candidate's id: its facts stand in for the person.
 */
export function readPersonData(conn: Connection, personId: string, createdAt: string): PersonData {
  const person = extractPerson(conn, personId) ?? extractNewCandidate(conn, personId);
  if (!person) throw refusal('NOT_FOUND', 'person.notFound');
  const organisation = person.organisation_id === null ? null : (extractOrganisation(conn, String(person.organisation_id)) ?? null);
  const memberships = extractMemberships(conn, personId);
  const salaries = extractSalaries(conn, personId);
  const provenance = extractProvenance(conn, personId);
  const erasure = erasureOf(conn, personId);
  return {
    format: 'samplan-registerutdrag',
    formatVersion: 1,
    createdAt,
    person,
    organisation,
    memberships,
    salaries,
    candidacies: extractCandidacies(conn, personId),
    provenance,
    recipients: listRecipients(conn, personId).map((r) => ({
      recipient: r.recipient,
      packageCount: r.package_count,
      firstSentAt: r.first_sent_at,
      lastSentAt: r.last_sent_at,
    })),
    erasure: erasure ? { erasedAt: erasure.erased_at, owner: erasure.owner, legalBasis: erasure.legal_basis } : null,
    auditHistory: auditOf(conn, personId),
  };
}
