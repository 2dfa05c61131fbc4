import type { Migration } from './types';

const SYNC = `
  id TEXT PRIMARY KEY NOT NULL,
  owner TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;

/**
 * Cost scenarios (a named list of overrides against the plan, stored as JSON checked by the contract),
 * budgets (a frozen, hashed snapshot of a year's calculation: the figures can never be updated, a
 * new revision is locked instead) and actual outcomes (utfall) per hosting and year.
 * All three travel like other records (sync columns); only the owner changes them.
 */
export const costScenarios: Migration = {
  version: 3,
  name: 'cost-scenarios',
  statements: [
    `CREATE TABLE cost_scenarios (${SYNC},
      name TEXT NOT NULL,
      description TEXT,
      overrides_json TEXT NOT NULL CHECK (json_valid(overrides_json) AND json_type(overrides_json) = 'array')) STRICT`,
    `CREATE UNIQUE INDEX cost_scenarios_live_name ON cost_scenarios(owner, name) WHERE deleted_at IS NULL`,
    `CREATE TABLE cost_budgets (${SYNC},
      year INTEGER NOT NULL,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      name TEXT NOT NULL,
      note TEXT,
      scenario_id TEXT REFERENCES cost_scenarios(id),
      scenario_name TEXT,
      locked_at TEXT NOT NULL,
      locked_by TEXT NOT NULL,
      snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
      snapshot_sha256 TEXT NOT NULL CHECK (length(snapshot_sha256) = 64),
      hostings_ore INTEGER NOT NULL,
      regions_ore INTEGER NOT NULL,
      UNIQUE (owner, year, revision)) STRICT`,
    `CREATE TRIGGER cost_budgets_frozen BEFORE UPDATE OF year, revision, scenario_id, snapshot_json, snapshot_sha256, hostings_ore, regions_ore, locked_at
      ON cost_budgets BEGIN SELECT RAISE(ABORT, 'a locked budget cannot be changed; lock a new revision'); END`,
    `CREATE TABLE cost_actuals (${SYNC},
      hosting_id TEXT NOT NULL REFERENCES hostings(id),
      year INTEGER NOT NULL,
      amount_ore INTEGER NOT NULL,
      note TEXT,
      UNIQUE (owner, hosting_id, year)) STRICT`,
    `CREATE INDEX cost_actuals_year ON cost_actuals(year)`,
  ],
};
