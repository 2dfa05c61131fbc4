/**
 * Pure: the buckets of a representation balance (Balans, and the balance while choosing a nominee) — a
 * count per key with its share. One counting for both, so a composition reads the same in each view.
 */
import type { BalanceBucket } from '../contract/register-insights';
import { shareBp } from '../percent';

export const UNKNOWN = 'UNKNOWN';

/**
 * Each part's share of the whole in basis points, rounded half away from zero on its own (8 of 34 is
 * 23,53 %: a share is never bent to make the column add up to exactly 100 %). All zeros when the
 * counts add up to zero.
 */
export function roundedSharesBp(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => shareBp(c, total));
}

export type BucketDraft = { key: string; label: string | null; count: number };

export function withShares(drafts: readonly BucketDraft[]): BalanceBucket[] {
  const shares = roundedSharesBp(drafts.map((d) => d.count));
  return drafts.map((d, i) => ({ ...d, shareBp: shares[i] ?? 0 }));
}

export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** Buckets for a fixed list of keys (an enum and UNKNOWN), in that order, zero counts kept. */
export function fixedBuckets<T>(items: readonly T[], keys: readonly string[], keyOf: (item: T) => string | null): BucketDraft[] {
  const counts = countBy(items, (item) => keyOf(item) ?? UNKNOWN);
  return keys.map((key) => ({ key, label: null, count: counts.get(key) ?? 0 }));
}

function normaliseProfession(text: string | null): string | null {
  const clean = text?.trim().replace(/\s+/g, ' ') ?? '';
  return clean === '' ? null : clean;
}

/** Professions grouped case- and space-insensitively, each shown in its most used spelling; UNKNOWN last. */
export function professionBuckets(professions: readonly (string | null)[]): BucketDraft[] {
  const spellings = countBy(
    professions.flatMap((p) => normaliseProfession(p) ?? []),
    (text) => text,
  );
  const counts = new Map<string, { label: string; labelCount: number; count: number }>();
  for (const [spelling, n] of spellings) {
    const key = spelling.toLocaleLowerCase('sv-SE');
    const entry = counts.get(key);
    if (!entry) {
      counts.set(key, { label: spelling, labelCount: n, count: n });
      continue;
    }
    entry.count += n;
    if (n > entry.labelCount || (n === entry.labelCount && spelling < entry.label))
      Object.assign(entry, { label: spelling, labelCount: n });
  }
  const known = [...counts.values()]
    .map(({ label, count }) => ({ key: label, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'));
  const unknown = professions.filter((p) => normaliseProfession(p) === null).length;
  return [...known, { key: UNKNOWN, label: null, count: unknown }];
}

/**
 * Buckets keyed by a code (a region, a healthcare region): the codes `shown` always (zero or not), then
 * every other code that occurs, sorted, named from `names`; UNKNOWN (no code) last.
 */
export function codeBuckets(
  codes: readonly (string | null)[],
  shown: readonly string[],
  names: ReadonlyMap<string, string>,
): BucketDraft[] {
  const counts = countBy(codes, (c) => c ?? UNKNOWN);
  const all = [...new Set([...shown, ...[...counts.keys()].filter((c) => c !== UNKNOWN)])].sort();
  return [
    ...all.map((code) => ({ key: code, label: names.get(code) ?? null, count: counts.get(code) ?? 0 })),
    { key: UNKNOWN, label: null, count: counts.get(UNKNOWN) ?? 0 },
  ];
}
