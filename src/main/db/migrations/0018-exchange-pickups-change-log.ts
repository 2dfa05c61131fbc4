import type { Migration } from './types';

/**
 * What the exchange folder picked up (migration 0016) is followed by the change log, so that a pick-up
 * in the background (the routine, a job's own connection) reaches the start page's "Paket att granska"
 * through `data:changes` like any other write. A row is named by its content hash.
 *
 * The other tables created after 0011 either have their triggers already (0015 cost_region_actuals,
 * 0017 the nominations) or are derived and deliberately not followed: the search rows of 0012 (they move
 * with the register rows that are followed) and the saved answers of 0013 (saving must not look like a
 * change). The triggers are migration 0011's, copied here (never imported: a migration is frozen).
 */
const LOG = (op: 'I' | 'U' | 'D', alias: 'NEW' | 'OLD') =>
  `INSERT INTO change_log (entity, op, record_id, row_id) VALUES ('exchange_pickups', '${op}', ${alias}.sha256, ${alias}.rowid)`;

export const exchangePickupsChangeLog: Migration = {
  version: 18,
  name: 'exchange-pickups-change-log',
  statements: [
    `CREATE TRIGGER exchange_pickups_change_log_insert AFTER INSERT ON exchange_pickups BEGIN ${LOG('I', 'NEW')}; END`,
    `CREATE TRIGGER exchange_pickups_change_log_update AFTER UPDATE ON exchange_pickups BEGIN
      ${LOG('U', 'NEW')};
      INSERT INTO change_log (entity, op, record_id, row_id) SELECT 'exchange_pickups', 'D', OLD.sha256, OLD.rowid
        WHERE OLD.sha256 IS NOT NEW.sha256 OR OLD.rowid IS NOT NEW.rowid;
    END`,
    `CREATE TRIGGER exchange_pickups_change_log_delete AFTER DELETE ON exchange_pickups BEGIN ${LOG('D', 'OLD')}; END`,
  ],
};
