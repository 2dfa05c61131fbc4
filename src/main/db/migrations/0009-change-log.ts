import type { Migration } from './types';

/** The tables the in-memory register mirror holds (src/main/repositories/register-mirror.ts). */
const MIRRORED_TABLES = ['memberships', 'persons', 'groups'] as const;

/**
 * A log of updated and deleted rows of the big register tables (issue #8), so that the in-memory mirror
 * behind the capacity grid and the cost report catches up by reading only what changed. Inserts are not
 * logged: they are found by rowid (new rows get a rowid above every existing one; a deleted row whose
 * rowid is reused is in the log with op 'D'). Only ids and rowids are stored, never personal data; the
 * log is emptied at every open.
 */
export const changeLog: Migration = {
  version: 9,
  name: 'change-log',
  statements: [
    `CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      entity TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('U','D')),
      record_id TEXT NOT NULL,
      row_id INTEGER NOT NULL) STRICT`,
    ...MIRRORED_TABLES.flatMap((table) => [
      `CREATE TRIGGER ${table}_change_log_update AFTER UPDATE ON ${table} BEGIN
        INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('${table}', 'U', NEW.id, NEW.rowid);
        INSERT INTO change_log (entity, op, record_id, row_id) SELECT '${table}', 'D', OLD.id, OLD.rowid WHERE OLD.id IS NOT NEW.id OR OLD.rowid IS NOT NEW.rowid;
      END`,
      `CREATE TRIGGER ${table}_change_log_delete AFTER DELETE ON ${table} BEGIN
        INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('${table}', 'D', OLD.id, OLD.rowid);
      END`,
    ]),
  ],
};
