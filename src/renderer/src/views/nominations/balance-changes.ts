import type { NominationBalance } from '@shared/contract/nominations';
import type { BalanceBucket } from '@shared/contract/register-insights';
import { formatInteger } from '../../format';

/** The measures of balance while choosing, as Balans has them, and what a candidate changes in them. */
export const MEASURES = ['byGender', 'byProfession', 'byOrganisationType', 'byRegion', 'byHealthcareRegion'] as const;
export type Measure = (typeof MEASURES)[number];
type Composition = Pick<NominationBalance['current'], Measure>;

export type Labeller = (measure: Measure, bucket: BalanceBucket) => string;

export function countOf(c: Composition, measure: Measure, key: string): number {
  return c[measure].find((b) => b.key === key)?.count ?? 0;
}

/** The categories of a measure that appear now or with any candidate, in the order first seen. */
export function keysOf(balance: NominationBalance, measure: Measure): BalanceBucket[] {
  const seen = new Map<string, BalanceBucket>();
  for (const c of [balance.current, ...balance.withCandidates]) for (const b of c[measure]) if (!seen.has(b.key)) seen.set(b.key, b);
  return [...seen.values()];
}

export function signed(delta: number): string {
  return delta > 0 ? `+${formatInteger(delta)}` : `−${formatInteger(-delta)}`;
}

/** What one candidate changes: "+1 primärvård, +1 kvinna, −1 man" (a category not recorded says nothing on its own). */
export function changesOf(balance: NominationBalance, index: number, label: Labeller): string[] {
  const candidate = balance.withCandidates[index];
  if (!candidate) return [];
  return MEASURES.flatMap((measure) =>
    keysOf(balance, measure).flatMap((b) => {
      if (b.key === 'UNKNOWN') return [];
      const delta = countOf(candidate, measure, b.key) - countOf(balance.current, measure, b.key);
      return delta === 0 ? [] : [`${signed(delta)} ${label(measure, b)}`];
    }),
  );
}
