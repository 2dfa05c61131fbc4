/**
 * Sorting of lists held in the page: text in Swedish collation (Å, Ä, Ö after Z; case and accents only
 * break ties; digits by value, so "Team 9" before "Team 10"), numbers and ISO dates by value. An empty
 * value sorts last whichever the direction, so a reversed list still starts with its data. Pure.
 */

/** A sortable value of a cell: text, a number, an ISO date (`YYYY-MM-DD`, compared as text) or nothing. */
export type SortValue = string | number | null | undefined;

const collator = new Intl.Collator('sv', { sensitivity: 'variant', numeric: true });

/** Two texts in Swedish order. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Two values of the same column, ascending: numbers by value, text in Swedish collation. */
export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

function empty(value: SortValue): boolean {
  return value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * A copy of `rows` sorted by `value` (stable: equal values keep their order), descending when asked;
 * empty values last in both directions.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, descending: boolean): T[] {
  const keyed = rows.map((row, index) => ({ row, index, key: value(row) }));
  keyed.sort((x, y) => {
    const xEmpty = empty(x.key);
    const yEmpty = empty(y.key);
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? x.index - y.index : xEmpty ? 1 : -1;
    const order = compareValues(x.key, y.key);
    return (descending ? -order : order) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}
