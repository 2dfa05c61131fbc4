/** Text keys used to compare what people type in spreadsheets. */
import { foldText } from '@shared/text/fold';

const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** Trims and collapses every run of whitespace (including no-break spaces) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Case- and whitespace-insensitive key; diacritics count (Åsa is not Asa). */
export function caseKey(text: string): string {
  return collapseSpaces(text).toLocaleLowerCase('sv-SE');
}

/**
 * Case-, space-, punctuation- and diacritic-insensitive key for headers and vocabulary words:
 * "E-post" → "epost", "Tjänstgöringsgrad" → "tjanstgoringsgrad", "Grupp/forum" → "gruppforum".
 */
export function foldKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** Looks a typed word up in a table of codes and their words (the codes themselves count too). */
export function lookupWord<T extends string>(table: Readonly<Record<T, readonly string[]>>, text: string): T | null {
  const key = foldKey(text);
  if (key === '') return null;
  for (const code of Object.keys(table) as T[]) {
    if (foldKey(code) === key || table[code].some((word) => foldKey(word) === key)) return code;
  }
  return null;
}
