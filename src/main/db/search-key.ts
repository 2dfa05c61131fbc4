/**
 * The search key: text folded to lower case the same way in SQL (triggers of migration 0007) and in
 * JavaScript (the query typed by the user), so a search compares two plain strings and never calls a
 * JavaScript function per row. SQLite's lower() folds only ASCII; the other letters are folded by a
 * fixed list of upper → lower pairs (Latin-1, Latin Extended-A with å ä ö é ü æ ø …, Greek, Cyrillic).
 *
 * FROZEN: migration 0007 stored keys built with this list. Changing it needs a new migration that
 * rebuilds the triggers and the keys.
 */

/** Upper-case letters folded beyond ASCII: [first, last] code point ranges. */
const FOLDED_RANGES: readonly (readonly [number, number])[] = [
  [0x00c0, 0x00de],
  [0x0100, 0x017f],
  [0x0391, 0x03ab],
  [0x0400, 0x042f],
];

function buildPairs(): readonly (readonly [string, string])[] {
  const pairs: [string, string][] = [];
  for (const [first, last] of FOLDED_RANGES) {
    for (let code = first; code <= last; code += 1) {
      const upper = String.fromCodePoint(code);
      const lower = upper.toLowerCase();
      // only a one-to-one pair of single characters, e.g. not İ (to "i̇") or × (no case)
      if (lower !== upper && lower.length === 1 && lower.toUpperCase() === upper) pairs.push([upper, lower]);
    }
  }
  return pairs;
}

export const SEARCH_FOLD_PAIRS = buildPairs();
const FOLD_MAP = new Map(SEARCH_FOLD_PAIRS);

/** Separates the fields of one record's key, so a search never matches across two fields. */
export const SEARCH_KEY_SEPARATOR = '\u001f';

/** The key of one text in JavaScript: ASCII lower case plus the fixed pairs (the same as searchKeySql). */
export function searchKey(text: string): string {
  let out = '';
  for (const char of text) {
    if (char >= 'A' && char <= 'Z') out += char.toLowerCase();
    else out += FOLD_MAP.get(char) ?? char;
  }
  return out;
}

/** The same key as an SQL expression over `expression` (NULL becomes the empty string). */
export function searchKeySql(expression: string): string {
  const text = `COALESCE(${expression}, '')`;
  let folded = `lower(${text})`;
  for (const [upper, lower] of SEARCH_FOLD_PAIRS) folded = `replace(${folded}, '${upper}', '${lower}')`;
  // plain ASCII text (as many bytes as characters) needs only lower()
  return `(CASE WHEN length(CAST(${text} AS BLOB)) = length(${text}) THEN lower(${text}) ELSE ${folded} END)`;
}

/** A LIKE pattern that finds `query` anywhere in a key (with `ESCAPE '\'`). */
export function searchPattern(query: string): string {
  return `%${searchKey(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
