/**
 * The one text folding of Samplan, used wherever two texts are compared "as a person would": register
 * search, the duplicate rules (warnings view) and the package preview's possible duplicates.
 *
 * The choice, explicitly:
 * - diacritics are removed: å ä → a, ö → o, é è → e, ü → u, ñ → n … (Unicode canonical decomposition,
 *   then every combining mark dropped). Swedish users type "Oberg" for "Öberg" on foreign keyboards and
 *   in e-mail addresses, so "Åsa Öberg" and "Asa Oberg" are the same text;
 * - letters without a decomposition are kept as they are: æ ø ł ß đ (ø is not o, ß is not ss);
 * - case is folded (Unicode lower case, not locale-dependent);
 * - runs of white space and hyphens become one space, and the ends are trimmed ("Anna-Karin" = "Anna Karin");
 * - compatibility forms (full-width letters, ligatures such as ﬁ) are not folded.
 *
 * This is exactly what SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer does to the letters of a
 * word, so a query folded here finds the words the search index holds (migration 0012).
 */

const COMBINING_MARKS = /\p{M}/gu;
const SPACES_AND_HYPHENS = /[\s\-\u2010-\u2015\u2212]+/gu;

/** The folded form of a text: no diacritics, lower case, single spaces. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(SPACES_AND_HYPHENS, ' ').trim();
}

/** True when two texts are the same after folding ("Åsa  Öberg" and "asa oberg"). */
export function sameFolded(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/**
 * The words of a text as the search index sees them: the folded text split at every character that is
 * neither a letter nor a digit ("asa@example.org" → asa, example, org).
 */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
