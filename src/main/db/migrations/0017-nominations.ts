import type { Migration } from './types';

/**
 * Nominations (issue #17): a request for persons to a seat or a group (nomineringsförfrågan) and its
 * candidates on their road from proposed to decided. Both travel between regions like the register
 * (owner = the nominating region). A candidate is an existing person (`person_id`) or carries the few
 * facts of a new one (`new_*`) until a decision makes them a person. Documents are references only
 * (`reference`, `link`): nothing here stores a file.
 *
 * The change-log triggers are migration 0011's, copied here (never imported: a migration is frozen).
 */
const SYNC = `
  id TEXT PRIMARY KEY NOT NULL,
  owner TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0,1))`;

const ROLE = `('MEMBER','CHAIR','VICE_CHAIR','PROCESS_LEADER','CO_OPTED','DEPUTY','SECRETARY','PATIENT_REPRESENTATIVE')`;
const CANDIDATE_STATUS = `('PROPOSED','MANAGER_APPROVED','DECLARATION_RECEIVED','NOMINATED','DECIDED','NOT_CHOSEN','WITHDRAWN')`;

function changeLog(table: string): string[] {
  const log = (op: 'I' | 'U' | 'D', alias: 'NEW' | 'OLD') =>
    `INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('${table}', '${op}', ${alias}.id, ${alias}.rowid)`;
  return [
    `CREATE TRIGGER ${table}_change_log_insert AFTER INSERT ON ${table} BEGIN ${log('I', 'NEW')}; END`,
    `CREATE TRIGGER ${table}_change_log_update AFTER UPDATE ON ${table} BEGIN
      ${log('U', 'NEW')};
      INSERT INTO change_log (entity, op, record_id, row_id) SELECT '${table}', 'D', OLD.id, OLD.rowid
        WHERE OLD.id IS NOT NEW.id OR OLD.rowid IS NOT NEW.rowid;
    END`,
    `CREATE TRIGGER ${table}_change_log_delete AFTER DELETE ON ${table} BEGIN ${log('D', 'OLD')}; END`,
  ];
}

export const nominations: Migration = {
  version: 17,
  name: 'nominations',
  statements: [
    `CREATE TABLE nomination_requests (${SYNC},
      group_id TEXT NOT NULL REFERENCES groups(id),
      seat_id TEXT REFERENCES seats(id),
      requested_by TEXT NOT NULL CHECK (requested_by IN ('NATIONAL_GROUP','HEALTHCARE_REGION','OWN_REGION')),
      requester_name TEXT,
      persons_wanted INTEGER NOT NULL CHECK (persons_wanted BETWEEN 1 AND 50),
      competence TEXT,
      role TEXT NOT NULL CHECK (role IN ${ROLE}),
      allocation_bp INTEGER CHECK (allocation_bp BETWEEN 0 AND 10000),
      period_start TEXT,
      period_end TEXT CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
      due_date TEXT NOT NULL,
      reference TEXT,
      link TEXT,
      notes TEXT,
      status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED','CANCELLED')),
      closed_on TEXT) STRICT`,
    `CREATE INDEX nomination_requests_group ON nomination_requests(group_id)`,
    `CREATE INDEX nomination_requests_due ON nomination_requests(status, due_date)`,
    `CREATE TABLE nomination_candidates (${SYNC},
      request_id TEXT NOT NULL REFERENCES nomination_requests(id),
      person_id TEXT REFERENCES persons(id),
      new_name TEXT,
      new_region_code TEXT,
      new_email TEXT,
      new_profession TEXT,
      new_gender TEXT CHECK (new_gender IS NULL OR new_gender IN ('FEMALE','MALE','OTHER')),
      new_organisation_id TEXT REFERENCES organisations(id),
      status TEXT NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ${CANDIDATE_STATUS}),
      proposed_on TEXT NOT NULL,
      proposed_by TEXT,
      manager_approved_by TEXT,
      manager_approved_on TEXT,
      declaration_received_on TEXT,
      declaration_outcome TEXT CHECK (declaration_outcome IS NULL OR declaration_outcome IN ('NO_CONFLICT','HANDLED','BLOCKS')),
      declaration_reviewed_by TEXT,
      declaration_reference TEXT,
      nominated_on TEXT,
      nominated_to TEXT,
      decided_on TEXT,
      decided_by TEXT,
      decision_reference TEXT,
      closed_on TEXT,
      membership_id TEXT REFERENCES memberships(id),
      link TEXT,
      notes TEXT,
      CHECK (person_id IS NOT NULL OR new_name IS NOT NULL OR deleted_at IS NOT NULL)) STRICT`,
    `CREATE INDEX nomination_candidates_request ON nomination_candidates(request_id)`,
    `CREATE INDEX nomination_candidates_person ON nomination_candidates(person_id)`,
    ...changeLog('nomination_requests'),
    ...changeLog('nomination_candidates'),
  ],
};
