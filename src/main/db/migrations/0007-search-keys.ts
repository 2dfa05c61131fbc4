import { SEARCH_KEY_SEPARATOR, searchKeySql } from '../search-key';
import type { Migration } from './types';

const SEPARATOR = ` || char(${SEARCH_KEY_SEPARATOR.charCodeAt(0)}) || `;

/** A person's key: name, e-mail, profession and the organisation's name, each folded. */
function personKey(row: string, organisationName: string): string {
  return [`${row}.name`, `${row}.email`, `${row}.profession`, organisationName].map(searchKeySql).join(SEPARATOR);
}

const ORGANISATION_OF_NEW = '(SELECT o.name FROM organisations o WHERE o.id = NEW.organisation_id)';
const UPSERT_PERSON = `INSERT OR REPLACE INTO search_keys (entity, record_id, key) VALUES ('persons', NEW.id, ${personKey('NEW', ORGANISATION_OF_NEW)});`;
const UPSERT_GROUP = `INSERT OR REPLACE INTO search_keys (entity, record_id, key) VALUES ('groups', NEW.id, ${searchKeySql('NEW.name')});`;

/**
 * Search keys: persons and groups get a folded lower-case key (src/main/db/search-key.ts) kept by
 * triggers, so register search compares plain strings instead of folding every row per query. A
 * separate table, so the records themselves (and their audit snapshots) do not change. A person's key
 * includes the organisation's name, so renaming an organisation re-keys its persons. Two covering
 * indexes serve the sorted, paged register lists; two partial ones the persons no list shows.
 */
export const searchKeys: Migration = {
  version: 7,
  name: 'search-keys',
  statements: [
    `CREATE TABLE search_keys (
      entity TEXT NOT NULL CHECK (entity IN ('persons', 'groups')),
      record_id TEXT NOT NULL,
      key TEXT NOT NULL,
      PRIMARY KEY (entity, record_id)) STRICT, WITHOUT ROWID`,
    `CREATE TRIGGER persons_search_key_insert AFTER INSERT ON persons BEGIN ${UPSERT_PERSON} END`,
    `CREATE TRIGGER persons_search_key_update AFTER UPDATE OF id, name, email, profession, organisation_id ON persons BEGIN
      DELETE FROM search_keys WHERE entity = 'persons' AND record_id = OLD.id; ${UPSERT_PERSON} END`,
    `CREATE TRIGGER persons_search_key_delete AFTER DELETE ON persons BEGIN
      DELETE FROM search_keys WHERE entity = 'persons' AND record_id = OLD.id; END`,
    `CREATE TRIGGER organisations_search_key_update AFTER UPDATE OF name ON organisations BEGIN
      INSERT OR REPLACE INTO search_keys (entity, record_id, key)
        SELECT 'persons', p.id, ${personKey('p', 'NEW.name')} FROM persons p WHERE p.organisation_id = NEW.id; END`,
    `CREATE TRIGGER groups_search_key_insert AFTER INSERT ON groups BEGIN ${UPSERT_GROUP} END`,
    `CREATE TRIGGER groups_search_key_update AFTER UPDATE OF id, name ON groups BEGIN
      DELETE FROM search_keys WHERE entity = 'groups' AND record_id = OLD.id; ${UPSERT_GROUP} END`,
    `CREATE TRIGGER groups_search_key_delete AFTER DELETE ON groups BEGIN
      DELETE FROM search_keys WHERE entity = 'groups' AND record_id = OLD.id; END`,
    `INSERT INTO search_keys (entity, record_id, key)
      SELECT 'persons', p.id, ${personKey('p', 'o.name')} FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id`,
    `INSERT INTO search_keys (entity, record_id, key) SELECT 'groups', g.id, ${searchKeySql('g.name')} FROM groups g`,
    // the list orders walk these in order without touching the rows (covering indexes)
    `CREATE INDEX persons_list ON persons(name COLLATE NOCASE, id, deleted_at, ended_on, region_code, organisation_id)`,
    `CREATE INDEX groups_list ON groups(level, type, name, id, deleted_at)`,
    // the few persons no list shows, for counting matches by subtraction
    `CREATE INDEX persons_deleted ON persons(id) WHERE deleted_at IS NOT NULL`,
    `CREATE INDEX persons_ended ON persons(id) WHERE ended_on IS NOT NULL`,
  ],
};
