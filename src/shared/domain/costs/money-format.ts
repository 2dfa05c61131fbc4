/**
 * Swedish display of amounts held in öre: `1 234 567 kr`, `1 234 567,50 kr`.
 *
 * Choices (documented so every screen and export agrees):
 * - Thousands are separated by U+00A0 NO-BREAK SPACE (not U+202F), and U+00A0 also separates the
 *   number from `kr`, so an amount never wraps across lines. U+00A0 is what most Swedish office
 *   software produces and what spreadsheets accept when pasting.
 * - The decimal separator is a comma; öre are shown with exactly two digits.
 * - Negative amounts use an ASCII hyphen-minus (`-1 234 kr`) so they paste as numbers into
 *   spreadsheets; `Intl` would give U+2212.
 * - Without öre the amount is rounded to whole kronor, half away from zero (the cost-model rule).
 */
import { roundHalfAwayFromZero, rational } from './rational';
import { invalid } from './validate';

export const THOUSANDS_SEPARATOR = '\u00A0';
export const CURRENCY_SEPARATOR = '\u00A0';
export const DECIMAL_SEPARATOR = ',';

/** `never`: whole kronor (default); `always`: two öre digits; `auto`: öre only when not zero. */
export type OreDisplay = 'never' | 'always' | 'auto';

export type FormatKronorOptions = {
  ore?: OreDisplay;
  /** Append ` kr` (default true). */
  unit?: boolean;
};

function toBigInt(ore: number | bigint): bigint {
  if (typeof ore === 'bigint') return ore;
  if (!Number.isSafeInteger(ore)) invalid(`an amount in öre must be an integer, got ${ore}`);
  return BigInt(ore);
}

/** Digits of a non-negative integer in groups of three: `1234567` → `1 234 567`. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
}

/** An amount in öre the Swedish way, e.g. `formatKronor(123456750, { ore: 'always' })` → `1 234 567,50 kr`. */
export function formatKronor(ore: number | bigint, options: FormatKronorOptions = {}): string {
  const value = toBigInt(ore);
  const display = options.ore ?? 'never';
  const showOre = display === 'always' || (display === 'auto' && value % 100n !== 0n);
  const suffix = options.unit === false ? '' : `${CURRENCY_SEPARATOR}kr`;
  if (!showOre) {
    const kronor = roundHalfAwayFromZero(rational(value, 100n));
    const sign = kronor < 0n ? '-' : '';
    return `${sign}${groupThousands((kronor < 0n ? -kronor : kronor).toString())}${suffix}`;
  }
  const magnitude = value < 0n ? -value : value;
  const sign = value < 0n ? '-' : '';
  const kronorPart = groupThousands((magnitude / 100n).toString());
  const orePart = (magnitude % 100n).toString().padStart(2, '0');
  return `${sign}${kronorPart}${DECIMAL_SEPARATOR}${orePart}${suffix}`;
}

/** Thousands of kronor, rounded half away from zero: 34 917 800 öre → `349 tkr`. */
export function formatTkr(ore: number | bigint): string {
  const tkr = roundHalfAwayFromZero(rational(toBigInt(ore), 100_000n));
  const sign = tkr < 0n ? '-' : '';
  return `${sign}${groupThousands((tkr < 0n ? -tkr : tkr).toString())}${CURRENCY_SEPARATOR}tkr`;
}
