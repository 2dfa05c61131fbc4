/**
 * The one rounding of shares and percentages Samplan shows: half away from zero (8 of 34 is
 * 23,53 %, never the truncated 23,52 %), on the exact value rather than on a binary fraction.
 */

const WHOLE_BP = 10_000;

/** A number rounded to the nearest integer, halves away from zero (2,5 → 3, −2,5 → −3). */
export function roundHalfAway(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/** `part` of `whole` in basis points, rounded half away from zero in integer arithmetic; 0 of nothing is 0. */
export function shareBp(part: number, whole: number): number {
  if (whole === 0) return 0;
  const numerator = Math.abs(part) * WHOLE_BP * 2 + Math.abs(whole);
  const bp = Math.floor(numerator / (Math.abs(whole) * 2));
  return part < 0 !== whole < 0 ? -bp : bp;
}

const formats = new Map<number, Intl.NumberFormat>();

/**
 * Basis points as the number of a Swedish percentage with at most `decimals` (0–2) decimals:
 * 2353 → `23,53`, (1) 2345 → `23,5`. Rounded half away from zero on the basis points themselves,
 * so 23,45 never becomes 23,4 through its binary approximation.
 */
export function percentNumber(bp: number, decimals = 2): string {
  const places = Math.min(2, Math.max(0, Math.trunc(decimals)));
  const units = roundHalfAway(bp / 10 ** (2 - places));
  let format = formats.get(places);
  if (!format) formats.set(places, (format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: places })));
  return format.format(units / 10 ** places);
}
