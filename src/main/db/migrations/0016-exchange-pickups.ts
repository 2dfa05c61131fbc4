import type { Migration } from './types';

/**
 * What the exchange folder (issue #16.3) picked up: one row per package file content (its SHA-256), with
 * the package id, the sender, the transport name it was read under, and what became of it: PENDING (waits
 * for the user's confirmation), APPLIED, ALREADY (imported before), REJECTED (refused as a whole), DISMISSED (the user chose not to import it); `reasons_json` lists why it waits or was refused (message
 * keys with parameters), `counts_json` what the import did or would do. A package appearing again, under
 * any name, is recognised by its content hash and never applied twice; the same package id with other
 * content is refused by the import itself (package_log).
 */
export const exchangePickups: Migration = {
  version: 16,
  name: 'exchange-pickups',
  statements: [
    `CREATE TABLE exchange_pickups (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      package_id TEXT NOT NULL,
      origin_owner TEXT NOT NULL,
      file_name TEXT NOT NULL,
      picked_at TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'ALREADY', 'REJECTED', 'DISMISSED')),
      reasons_json TEXT,
      counts_json TEXT) STRICT`,
    `CREATE INDEX exchange_pickups_package ON exchange_pickups (package_id)`,
  ],
};
