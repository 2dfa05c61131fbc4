import { formatKronor } from '@shared/domain/costs';
import { roundHalfAway } from '@shared/percent';

/** Kronor, with öre whenever the amount has öre: `1 234 567 kr`, `82 500,50 kr` (never rounded away). */
export const kr = (ore: number): string => formatKronor(ore, { ore: 'auto' });
/** Kronor and öre: `1 234 567,50 kr`. */
export const krOre = (ore: number): string => formatKronor(ore, { ore: 'always' });

/** Basis points (or hundredths of a percent) as a Swedish percentage: 5228 → `52,28 %`. */
export function formatBp(bp: number, decimals = 2): string {
  const places = Math.min(2, Math.max(0, decimals));
  const value = (roundHalfAway(bp / 10 ** (2 - places)) / 10 ** places)
    .toFixed(places)
    .replace('.', ',')
    .replace(/,?0+$/, '')
    .replace(/,$/, '');
  return `${value.startsWith('-') ? '-' : ''}${value.replace('-', '')}\u00A0%`;
}

/** A signed percentage for changes: +12,34 %. */
export function formatChangeBp(bp: number | null): string {
  if (bp === null) return '–';
  return `${bp > 0 ? '+' : ''}${formatBp(bp)}`;
}

/** A signed amount for deltas: +1 234 kr. */
export function formatDelta(ore: number): string {
  return `${ore > 0 ? '+' : ''}${kr(ore)}`;
}

/** "65 000", "65000,50", "65 000 kr" → öre; null when not a number. */
export function parseKronorToOre(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00A0\u202F]/g, '')
    .replace(/kr$/i, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Math.round(Number(cleaned) * 100);
  return Number.isSafeInteger(value) ? value : null;
}

/** "52,28" or "52,28 %" → 5228 (hundredths of a percent); null when not a number. */
export function parsePercentToBp(text: string): number | null {
  const cleaned = text.replace(/[\s\u00A0%]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** Percent for an input field: 5228 → "52,28". */
export function bpInput(bp: number): string {
  return (bp / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');
}

/** Öre for an input field: 6 500 000 → "65000". */
export function oreInput(ore: number): string {
  return ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2).replace('.', ',');
}

/** An exact amount in öre (`"123"` or a fraction `"7/3"`) in kronor, approximated to 4 decimals when not whole. */
export function exactKronor(fraction: string): string {
  const [n = '0', d = '1'] = fraction.split('/');
  if (d === '1') return formatKronor(BigInt(n), { ore: 'auto' });
  const value = Number(BigInt(n)) / Number(BigInt(d)) / 100;
  const text = value.toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 4 }).replace(/\u2212/g, '-');
  return `≈\u00A0${text}\u00A0kr`;
}

/** A weight or quota fraction (`"242148/901929"`) as a decimal with 6 places, plus the exact fraction. */
export function formatFraction(fraction: string | null): string {
  if (fraction === null) return '–';
  const [n = '0', d = '1'] = fraction.split('/');
  if (d === '1') return n;
  const value = Number(BigInt(n)) / Number(BigInt(d));
  return `${value.toLocaleString('sv-SE', { maximumFractionDigits: 6 }).replace(/\u2212/g, '-')} (${fraction})`;
}

export function yearChoices(around = new Date().getFullYear()): number[] {
  const years: number[] = [];
  for (let y = around - 4; y <= around + 5; y += 1) years.push(y);
  return years;
}
