/**
 * Numbers are shown the Swedish way in both languages (`10 551 707`, `1 234 567,50`): the users are
 * Swedish public-sector staff and the figures must match the source documents.
 */
const integerFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** Dates are ISO (`2026-03-01`) in both languages. */
export function formatIsoDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}
