/**
 * Exact rational arithmetic on BigInt numerator/denominator pairs.
 *
 * Every cost is carried as an exact fraction of öre until the single rounding at the cost line, so a
 * figure can be reproduced by hand from its trace. Values are always normalised: the denominator is
 * positive and the fraction is in lowest terms, so equal values have equal representations.
 */
import { invalid } from './validate';

export type Rational = { readonly num: bigint; readonly den: bigint };

/**
 * Serialisable form of an exact value: `"n"` or `"n/d"` with d > 0 in lowest terms, e.g.
 * `"16446240"`, `"-7/2"`. Used in inputs and traces because BigInt does not survive JSON.
 */
export type FractionString = string;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms with a positive denominator. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) invalid('division by zero');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** A safe JavaScript integer as an exact value. */
export function fromInteger(value: number): Rational {
  if (!Number.isSafeInteger(value)) invalid(`not a safe integer: ${value}`);
  return { num: BigInt(value), den: 1n };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) invalid('division by zero');
  return rational(a.num * b.den, a.den * b.num);
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The greatest integer not above the value (rounds towards minus infinity). */
export function floor(value: Rational): bigint {
  const q = value.num / value.den;
  return value.num % value.den < 0n ? q - 1n : q;
}

/**
 * Rounds to the nearest integer; an exact half goes away from zero (2.5 → 3, −2.5 → −3).
 * This is the one rounding rule of the cost model ("avrundning till närmaste, 0,5 uppåt i belopp").
 */
export function roundHalfAwayFromZero(value: Rational): bigint {
  const negative = value.num < 0n;
  const magnitude = negative ? -value.num : value.num;
  const whole = magnitude / value.den;
  const rest = magnitude % value.den;
  const rounded = 2n * rest >= value.den ? whole + 1n : whole;
  return negative ? -rounded : rounded;
}

/** `"n"` for integers, otherwise `"n/d"`. */
export function toFractionString(value: Rational): FractionString {
  return value.den === 1n ? value.num.toString() : `${value.num}/${value.den}`;
}

const FRACTION = /^(-?\d+)(?:\/(\d+))?$/;

/** Parses `"n"` or `"n/d"` (any terms; the result is normalised). */
export function parseFraction(text: FractionString): Rational {
  const match = FRACTION.exec(text);
  if (!match) invalid(`not a fraction: "${text}"`);
  const [, num = '0', den = '1'] = match;
  return rational(BigInt(num), BigInt(den));
}

/** An exact value given either as a safe integer or as a fraction string. */
export function toRational(value: number | FractionString): Rational {
  return typeof value === 'number' ? fromInteger(value) : parseFraction(value);
}

/** A BigInt that must fit a safe JavaScript integer (amounts in öre up to ±9 007 199 254 740 991). */
export function toSafeNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) invalid(`amount outside the safe integer range: ${value}`);
  return n;
}

/** Integer basis points as an exact fraction of one: 1000 bp → 1/10. */
export function basisPoints(bp: number): Rational {
  return rational(BigInt(bp), 10_000n);
}

/** An amount in öre times an index in basis points (10 300 = +3 %), rounded once to whole öre, halves away from zero. */
export function indexedOre(amountOre: number, indexBp: number): number {
  return toSafeNumber(roundHalfAwayFromZero(mul(rational(BigInt(amountOre)), basisPoints(indexBp))));
}
