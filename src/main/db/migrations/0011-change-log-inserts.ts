import type { Migration } from './types';

/**
 * The tables whose changes the read model (src/main/read-model) follows, each with the expression that
 * names a row: the register, the cost plan and what the insight views read. Package bookkeeping, the
 * audit log and derived tables are left out (no view reads them). Copied here, never imported: this
 * migration must do the same on every install.
 */
const LOGGED: readonly (readonly [table: string, recordId: string])[] = [
  ['settings', '$.key'],
  ['healthcare_regions', '$.id'],
  ['regions', '$.id'],
  ['region_populations', '$.id'],
  ['healthcare_region_members', '$.id'],
  ['healthcare_region_member_populations', '$.id'],
  ['organisations', '$.id'],
  ['persons', '$.id'],
  ['groups', '$.id'],
  ['seats', '$.id'],
  ['memberships', '$.id'],
  ['role_allocation_defaults', "$.group_type || '/' || $.role"],
  ['team_activity_levels', '$.id'],
  ['activity_level_allocations', "$.level || '/' || $.role"],
  ['care_pathways', '$.id'],
  ['pathway_implementations', '$.id'],
  ['allocation_keys', '$.id'],
  ['allocation_key_shares', '$.id'],
  ['hostings', '$.id'],
  ['cost_items', '$.id'],
  ['cost_parameters', '$.id'],
  ['default_salaries', '$.id'],
  ['person_salaries', '$.id'],
  ['fixed_contributions', '$.id'],
  ['rule_dismissals', "$.rule || '/' || $.key"],
  ['cost_scenarios', '$.id'],
  ['cost_budgets', '$.id'],
  ['cost_actuals', '$.id'],
  ['person_erasures', '$.id'],
];

/** Migration 0009's triggers (updates and deletes of the three register tables), replaced below. */
const OLD_TRIGGERS = ['memberships', 'persons', 'groups'].flatMap((t) => [`${t}_change_log_update`, `${t}_change_log_delete`]);

/** The record id expression of a row: `$.` stands for NEW. or OLD. */
const row = (alias: 'NEW' | 'OLD', expression: string) => expression.replaceAll('$.', `${alias}.`);

function triggers(table: string, recordId: string): string[] {
  const insert = (op: 'I' | 'U' | 'D', alias: 'NEW' | 'OLD') =>
    `INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('${table}', '${op}', ${row(alias, recordId)}, ${alias}.rowid)`;
  return [
    `CREATE TRIGGER ${table}_change_log_insert AFTER INSERT ON ${table} BEGIN ${insert('I', 'NEW')}; END`,
    `CREATE TRIGGER ${table}_change_log_update AFTER UPDATE ON ${table} BEGIN
      ${insert('U', 'NEW')};
      INSERT INTO change_log (entity, op, record_id, row_id) SELECT '${table}', 'D', ${row('OLD', recordId)}, OLD.rowid
        WHERE ${row('OLD', recordId)} IS NOT ${row('NEW', recordId)} OR OLD.rowid IS NOT NEW.rowid;
    END`,
    `CREATE TRIGGER ${table}_change_log_delete AFTER DELETE ON ${table} BEGIN ${insert('D', 'OLD')}; END`,
  ];
}

/**
 * One change signal (issue #13): every insert, update and delete of the followed tables is logged with
 * a growing sequence number, so the read model knows that something changed (the last sequence number
 * moved) and what (the entries since): no rowid scan for inserts, no `data_version`. The log holds only
 * table names, record ids and rowids, never personal data, and is emptied at every open (its entries
 * only matter to the connection that is open); the sequence keeps growing (AUTOINCREMENT).
 */
export const changeLogInserts: Migration = {
  version: 11,
  name: 'change-log-inserts',
  statements: [
    ...OLD_TRIGGERS.map((name) => `DROP TRIGGER ${name}`),
    'DROP TABLE change_log',
    `CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      entity TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('I','U','D')),
      record_id TEXT NOT NULL,
      row_id INTEGER NOT NULL) STRICT`,
    ...LOGGED.flatMap(([table, recordId]) => triggers(table, recordId)),
  ],
};
