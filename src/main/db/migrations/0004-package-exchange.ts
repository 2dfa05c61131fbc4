import type { Migration } from './types';

const SYNC = `
  id TEXT PRIMARY KEY NOT NULL,
  owner TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;

/**
 * Package exchange between regions (docs/package-format.md):
 * - person_erasures: travelling erasure markers (id = the erased person's id; no personal fields);
 * - package_sent_records: per recipient and scope, the version and content hash of every record last
 *   sent, so "changes since the last package" needs no clock;
 * - package_recipients: which persons' data went to which recipient in which package (GDPR Art. 19);
 * - trusted_keys / signing_keys: the signer trust store and this installation's public signing keys;
 * - package_undo: before-images of the rows the most recent import touched, for a one-step undo.
 */
export const packageExchange: Migration = {
  version: 4,
  name: 'package-exchange',
  statements: [
    `CREATE TABLE person_erasures (${SYNC},
      erased_at TEXT NOT NULL,
      legal_basis TEXT NOT NULL) STRICT`,
    `CREATE TABLE package_sent_records (
      recipient TEXT NOT NULL,
      scope TEXT NOT NULL,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
      package_id TEXT NOT NULL,
      PRIMARY KEY (recipient, scope, entity, record_id)) STRICT, WITHOUT ROWID`,
    `CREATE TABLE package_recipients (
      package_id TEXT NOT NULL,
      recipient TEXT NOT NULL,
      person_id TEXT NOT NULL,
      sent_at TEXT NOT NULL,
      PRIMARY KEY (package_id, person_id)) STRICT`,
    `CREATE INDEX package_recipients_person ON package_recipients(person_id, recipient)`,
    `CREATE TABLE trusted_keys (
      owner TEXT NOT NULL,
      fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
      public_key TEXT,
      trusted_at TEXT NOT NULL,
      trusted_by TEXT NOT NULL,
      PRIMARY KEY (owner, fingerprint)) STRICT`,
    `CREATE TABLE signing_keys (
      fingerprint TEXT PRIMARY KEY NOT NULL CHECK (length(fingerprint) = 64),
      public_key TEXT NOT NULL,
      created_at TEXT NOT NULL) STRICT`,
    `CREATE TABLE package_undo (
      seq INTEGER PRIMARY KEY,
      package_id TEXT NOT NULL,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      row_before_json TEXT CHECK (row_before_json IS NULL OR json_valid(row_before_json)),
      origin_before_json TEXT CHECK (origin_before_json IS NULL OR json_valid(origin_before_json)),
      row_after_sha256 TEXT NOT NULL CHECK (length(row_after_sha256) = 64),
      UNIQUE (entity, record_id)) STRICT`,
    `CREATE INDEX package_log_package ON package_log(package_id, direction)`,
  ],
};
