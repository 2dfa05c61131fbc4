import type { Migration } from './types';

/**
 * Register search on SQLite's FTS5 instead of the hand-folded search keys of migration 0007.
 *
 * - `persons_fts` (name, e-mail, profession, the organisation's name) and `groups_fts` (name) are
 *   contentless FTS5 indexes (no second copy of personal data; `contentless_delete` so a changed or
 *   erased person leaves no old words behind) with the `unicode61 remove_diacritics 2` tokenizer: words
 *   are case-folded and lose their diacritics exactly as src/shared/text/fold.ts folds a query. Prefix
 *   indexes of 1–3 letters serve what a person types first.
 * - `search_rows` gives each person and group a stable integer row for the indexes (a table's own rowid
 *   may change on VACUUM; an INTEGER PRIMARY KEY never does).
 * - Triggers keep both current, including renaming an organisation (it re-indexes its persons).
 *   Deleted words stay in the index's pages until a merge: after an erasure, purgeSearchIndexes
 *   (src/main/repositories/register-search.ts) rewrites the indexes so no erased word is left in the file.
 * - The search keys of 0007 (table and triggers) are dropped: nothing reads them any more. Its list
 *   indexes stay; the register lists use them.
 */
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', content = '', contentless_delete = 1`;

// no INSERT OR IGNORE in triggers: an outer statement's conflict clause (an import's upsert) would override it
const rowOf = (entity: string, id: string) => `(SELECT r.id FROM search_rows r WHERE r.entity = '${entity}' AND r.record_id = ${id})`;
const ORGANISATION_OF_NEW = '(SELECT o.name FROM organisations o WHERE o.id = NEW.organisation_id)';

const INDEX_PERSON = `DELETE FROM persons_fts WHERE rowid = ${rowOf('persons', 'NEW.id')};
  INSERT INTO search_rows (entity, record_id) SELECT 'persons', NEW.id WHERE ${rowOf('persons', 'NEW.id')} IS NULL;
  INSERT INTO persons_fts (rowid, name, email, profession, organisation)
    VALUES (${rowOf('persons', 'NEW.id')}, NEW.name, NEW.email, NEW.profession, ${ORGANISATION_OF_NEW});`;
const UNINDEX_PERSON = `DELETE FROM persons_fts WHERE rowid = ${rowOf('persons', 'OLD.id')};
  DELETE FROM search_rows WHERE entity = 'persons' AND record_id = OLD.id;`;
const INDEX_GROUP = `DELETE FROM groups_fts WHERE rowid = ${rowOf('groups', 'NEW.id')};
  INSERT INTO search_rows (entity, record_id) SELECT 'groups', NEW.id WHERE ${rowOf('groups', 'NEW.id')} IS NULL;
  INSERT INTO groups_fts (rowid, name) VALUES (${rowOf('groups', 'NEW.id')}, NEW.name);`;
const UNINDEX_GROUP = `DELETE FROM groups_fts WHERE rowid = ${rowOf('groups', 'OLD.id')};
  DELETE FROM search_rows WHERE entity = 'groups' AND record_id = OLD.id;`;
// on an update the row keeps its search row (unless its id changed), so undoing an edit restores search_rows exactly
const REINDEX_PERSON = `DELETE FROM persons_fts WHERE rowid = ${rowOf('persons', 'OLD.id')};
  DELETE FROM search_rows WHERE entity = 'persons' AND record_id = OLD.id AND OLD.id IS NOT NEW.id;`;
const REINDEX_GROUP = `DELETE FROM groups_fts WHERE rowid = ${rowOf('groups', 'OLD.id')};
  DELETE FROM search_rows WHERE entity = 'groups' AND record_id = OLD.id AND OLD.id IS NOT NEW.id;`;

const ROWS_OF_ORGANISATION = `SELECT r.id FROM search_rows r JOIN persons p ON r.entity = 'persons' AND r.record_id = p.id WHERE p.organisation_id = NEW.id`;

export const ftsSearch: Migration = {
  version: 12,
  name: 'fts-search',
  statements: [
    'DROP TRIGGER persons_search_key_insert',
    'DROP TRIGGER persons_search_key_update',
    'DROP TRIGGER persons_search_key_delete',
    'DROP TRIGGER organisations_search_key_update',
    'DROP TRIGGER groups_search_key_insert',
    'DROP TRIGGER groups_search_key_update',
    'DROP TRIGGER groups_search_key_delete',
    'DROP TABLE search_keys',
    `CREATE TABLE search_rows (
      id INTEGER PRIMARY KEY,
      entity TEXT NOT NULL CHECK (entity IN ('persons', 'groups')),
      record_id TEXT NOT NULL,
      UNIQUE (entity, record_id)) STRICT`,
    `CREATE VIRTUAL TABLE persons_fts USING fts5(name, email, profession, organisation, ${TOKENIZE})`,
    `CREATE VIRTUAL TABLE groups_fts USING fts5(name, ${TOKENIZE})`,
    `INSERT INTO search_rows (entity, record_id) SELECT 'persons', id FROM persons ORDER BY rowid`,
    `INSERT INTO search_rows (entity, record_id) SELECT 'groups', id FROM groups ORDER BY rowid`,
    `INSERT INTO persons_fts (rowid, name, email, profession, organisation)
      SELECT r.id, p.name, p.email, p.profession, o.name FROM search_rows r
        JOIN persons p ON r.entity = 'persons' AND p.id = r.record_id LEFT JOIN organisations o ON o.id = p.organisation_id`,
    `INSERT INTO groups_fts (rowid, name) SELECT r.id, g.name FROM search_rows r JOIN groups g ON r.entity = 'groups' AND g.id = r.record_id`,
    `CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN ${INDEX_PERSON} END`,
    `CREATE TRIGGER persons_fts_update AFTER UPDATE OF id, name, email, profession, organisation_id ON persons BEGIN
      ${REINDEX_PERSON} ${INDEX_PERSON} END`,
    `CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN ${UNINDEX_PERSON} END`,
    `CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name ON organisations BEGIN
      DELETE FROM persons_fts WHERE rowid IN (${ROWS_OF_ORGANISATION});
      INSERT INTO persons_fts (rowid, name, email, profession, organisation)
        SELECT r.id, p.name, p.email, p.profession, NEW.name FROM search_rows r
          JOIN persons p ON r.entity = 'persons' AND r.record_id = p.id WHERE p.organisation_id = NEW.id; END`,
    `CREATE TRIGGER groups_fts_insert AFTER INSERT ON groups BEGIN ${INDEX_GROUP} END`,
    `CREATE TRIGGER groups_fts_update AFTER UPDATE OF id, name ON groups BEGIN ${REINDEX_GROUP} ${INDEX_GROUP} END`,
    `CREATE TRIGGER groups_fts_delete AFTER DELETE ON groups BEGIN ${UNINDEX_GROUP} END`,
  ],
};
