import { percentNumber } from '@shared/percent';

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

/** A share in basis points (1 000 = 10 %) as `10 %` or `12,5 %`, rounded half away from zero to two decimals. */
export function formatPercentBp(bp: number): string {
  return `${percentNumber(bp, 2)}\u00a0%`;
}

/**
 * Reads a percentage typed by a person (`10`, `12,5`, `12.5 %`) as basis points; null when empty,
 * NaN when it is not a number with at most two decimals.
 */
export function parsePercentToBp(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 100);
}

/** Basis points as the editable text of a percentage field (`12,5`). */
export function bpToPercentText(bp: number): string {
  return String(bp / 100).replace('.', ',');
}

/** Today as `YYYY-MM-DD` in the computer's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A timestamp (`2026-03-01T09:30:12.000Z`) as local `2026-03-01 10:30`. */
export function formatTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
