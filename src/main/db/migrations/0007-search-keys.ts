import type { Migration } from './types';

/*
 * FROZEN copy of the folding of src/main/db/search-key.ts as it was when this migration landed: SQLite's
 * lower() for ASCII plus a fixed list of upper → lower pairs (Latin-1, Latin Extended-A, Greek,
 * Cyrillic). A migration never imports live code, so a later change cannot alter what it does.
 */
const FOLDED_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x00de],
  [0x0100, 0x017f],
  [0x0391, 0x03ab],
  [0x0400, 0x042f],
];

function foldPairs(): readonly (readonly [string, string])[] {
  const pairs: [string, string][] = [];
  for (const [first, last] of FOLDED_RANGES) {
    for (let code = first; code <= last; code += 1) {
      const upper = String.fromCodePoint(code);
      const lower = upper.toLowerCase();
      if (lower !== upper && lower.length === 1 && lower.toUpperCase() === upper) pairs.push([upper, lower]);
    }
  }
  return pairs;
}

const FOLD_PAIRS = foldPairs();

/** The folded key as an SQL expression over `expression` (NULL becomes the empty string). */
function searchKeySql(expression: string): string {
  const text = `COALESCE(${expression}, '')`;
  let folded = `lower(${text})`;
  for (const [upper, lower] of FOLD_PAIRS) folded = `replace(${folded}, '${upper}', '${lower}')`;
  return `(CASE WHEN length(CAST(${text} AS BLOB)) = length(${text}) THEN lower(${text}) ELSE ${folded} END)`;
}

/** Fields of one key are joined by U+001F, so a search never matches across two fields. */
const SEPARATOR = ' || char(31) || ';

/** A person's key: name, e-mail, profession and the organisation's name, each folded. */
function personKey(row: string, organisationName: string): string {
  return [`${row}.name`, `${row}.email`, `${row}.profession`, organisationName].map(searchKeySql).join(SEPARATOR);
}

const ORGANISATION_OF_NEW = '(SELECT o.name FROM organisations o WHERE o.id = NEW.organisation_id)';
const UPSERT_PERSON = `INSERT OR REPLACE INTO search_keys (entity, record_id, key) VALUES ('persons', NEW.id, ${personKey('NEW', ORGANISATION_OF_NEW)});`;
const UPSERT_GROUP = `INSERT OR REPLACE INTO search_keys (entity, record_id, key) VALUES ('groups', NEW.id, ${searchKeySql('NEW.name')});`;

/**
 * Search keys: persons and groups get a folded lower-case key (the frozen folding above) kept by
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
