import type { Migration } from './types';

/**
 * What was last sent to a recipient in a scope, as one row per (recipient, scope) instead of one row per
 * record (issue #8: a national package wrote ~36 000 rows into package_sent_records at every export).
 * The stamps are stored column-wise, in the same order: `record_keys` a JSON array of
 * "<entity>/<record id>", `versions` a JSON array of their versions, `hashes` their content SHA-256s
 * (64 hex digits each) one after another; `package_id` is the last package that changed the set. The
 * meaning is unchanged: a record not sent again keeps its stamp (exchange-log.ts merges). Existing rows
 * are moved over, each set's package_id being its newest logged outgoing package, then the old table is
 * dropped. Which persons went to whom (package_recipients) is untouched. The table checks only what is
 * cheap (the hashes' length): a CHECK parsing the JSON arrays would cost ~20 ms per national export; the
 * three columns are written together by recordSent alone.
 */
export const packageSentSets: Migration = {
  version: 10,
  name: 'package-sent-sets',
  statements: [
    `CREATE TABLE package_sent_sets (
      recipient TEXT NOT NULL,
      scope TEXT NOT NULL,
      record_keys TEXT NOT NULL,
      versions TEXT NOT NULL,
      hashes TEXT NOT NULL,
      package_id TEXT NOT NULL,
      PRIMARY KEY (recipient, scope),
      CHECK (length(hashes) % 64 = 0)) STRICT`,
    `INSERT INTO package_sent_sets (recipient, scope, record_keys, versions, hashes, package_id)
      SELECT s.recipient, s.scope,
        json_group_array(s.entity || '/' || s.record_id), json_group_array(s.version), group_concat(s.content_sha256, ''),
        COALESCE(
          (SELECT l.package_id FROM package_log l
            WHERE l.direction = 'OUT' AND l.package_id IN (SELECT x.package_id FROM package_sent_records x WHERE x.recipient = s.recipient AND x.scope = s.scope)
            ORDER BY l.rowid DESC LIMIT 1),
          MAX(s.package_id))
      FROM (SELECT * FROM package_sent_records ORDER BY recipient, scope, entity, record_id) s
      GROUP BY s.recipient, s.scope`,
    `DROP TABLE package_sent_records`,
  ],
};
