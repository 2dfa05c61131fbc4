import type { Migration } from './types';

/**
 * Actual outcomes (utfall) per region, year and category, as a region's finance officer reconciles them
 * against its ledger: what the region paid for each hosting (category `hosting`, with the hosting), its own
 * staff's time (`staff`) and its fixed contributions (`contribution`). Recorded by the region that owns the
 * record (owner = region_code), so a travelling record like the others. The outcome of a hosting as its
 * host reports it stays in cost_actuals.
 *
 * The change-log triggers are migration 0011's, copied here (never imported: a migration is frozen).
 */
const LOG = (op: 'I' | 'U' | 'D', alias: 'NEW' | 'OLD') =>
  `INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('cost_region_actuals', '${op}', ${alias}.id, ${alias}.rowid)`;

export const regionActuals: Migration = {
  version: 15,
  name: 'region-actuals',
  statements: [
    `CREATE TABLE cost_region_actuals (
      id TEXT PRIMARY KEY NOT NULL,
      owner TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      region_code TEXT NOT NULL,
      year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
      category TEXT NOT NULL CHECK (category IN ('hosting', 'staff', 'contribution')),
      hosting_id TEXT REFERENCES hostings(id),
      amount_ore INTEGER NOT NULL,
      note TEXT,
      CHECK ((category = 'hosting') = (hosting_id IS NOT NULL))) STRICT`,
    `CREATE UNIQUE INDEX cost_region_actuals_target ON cost_region_actuals(owner, region_code, year, category, coalesce(hosting_id, ''))`,
    `CREATE INDEX cost_region_actuals_year ON cost_region_actuals(year)`,
    `CREATE TRIGGER cost_region_actuals_change_log_insert AFTER INSERT ON cost_region_actuals BEGIN ${LOG('I', 'NEW')}; END`,
    `CREATE TRIGGER cost_region_actuals_change_log_update AFTER UPDATE ON cost_region_actuals BEGIN
      ${LOG('U', 'NEW')};
      INSERT INTO change_log (entity, op, record_id, row_id) SELECT 'cost_region_actuals', 'D', OLD.id, OLD.rowid
        WHERE OLD.id IS NOT NEW.id OR OLD.rowid IS NOT NEW.rowid;
    END`,
    `CREATE TRIGGER cost_region_actuals_change_log_delete AFTER DELETE ON cost_region_actuals BEGIN ${LOG('D', 'OLD')}; END`,
  ],
};
