import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  basisPoints,
  compare,
  div,
  floor,
  fromInteger,
  mul,
  parseFraction,
  rational,
  roundHalfAwayFromZero,
  sub,
  sum,
  toFractionString,
  toRational,
  toSafeNumber,
} from '../../src/shared/domain/costs';
import { DomainError } from '../../src/shared/contract/errors';

const r = (n: number, d = 1) => rational(BigInt(n), BigInt(d));

describe('rational', () => {
  it('normalises sign and lowest terms', () => {
    expect(r(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(r(0, -7)).toEqual({ num: 0n, den: 1n });
    expect(toFractionString(r(10, 5))).toBe('2');
    expect(toFractionString(r(-10, 4))).toBe('-5/2');
  });
  it('rejects division by zero', () => {
    expect(() => r(1, 0)).toThrow(DomainError);
    expect(() => div(r(1), r(0))).toThrow(/division by zero/);
  });
  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(add(r(1, 3), r(1, 6))).toEqual(r(1, 2));
    expect(sub(r(1, 3), r(1, 2))).toEqual(r(-1, 6));
    expect(mul(r(2, 3), r(9, 4))).toEqual(r(3, 2));
    expect(div(r(2, 3), r(4, 9))).toEqual(r(3, 2));
    expect(sum([r(1, 10), r(2, 10), r(7, 10)])).toEqual(r(1));
    expect(basisPoints(1000)).toEqual(r(1, 10));
  });
  it('compares', () => {
    expect(compare(r(1, 3), r(2, 6))).toBe(0);
    expect(compare(r(-1, 2), r(1, 3))).toBe(-1);
    expect(compare(r(5, 4), r(1))).toBe(1);
  });
  it('floors towards minus infinity', () => {
    expect(floor(r(7, 2))).toBe(3n);
    expect(floor(r(-7, 2))).toBe(-4n);
    expect(floor(r(-4, 2))).toBe(-2n);
    expect(floor(r(0))).toBe(0n);
  });
  it('parses and prints fraction strings', () => {
    expect(parseFraction('16446240')).toEqual(r(16446240));
    expect(parseFraction('-14/4')).toEqual(r(-7, 2));
    expect(toRational(5)).toEqual(r(5));
    expect(toRational('1/3')).toEqual(r(1, 3));
    expect(() => parseFraction('1.5')).toThrow(DomainError);
    expect(() => parseFraction('1/0')).toThrow(/division by zero/);
    expect(() => fromInteger(1.5)).toThrow(DomainError);
  });
  it('keeps safe integers and refuses larger ones', () => {
    expect(toSafeNumber(9_007_199_254_740_991n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeNumber(9_007_199_254_740_992n)).toThrow(DomainError);
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each([
    [5, 2, 3n],
    [-5, 2, -3n],
    [3, 2, 2n],
    [-3, 2, -2n],
    [1, 2, 1n],
    [-1, 2, -1n],
    [7, 3, 2n],
    [-7, 3, -2n],
    [8, 3, 3n],
    [-8, 3, -3n],
    [249, 100, 2n],
    [250, 100, 3n],
    [-250, 100, -3n],
    [-249, 100, -2n],
    [0, 1, 0n],
    [1, 3, 0n],
    [-1, 3, 0n],
  ])('%i/%i → %s', (n, d, expected) => {
    expect(roundHalfAwayFromZero(r(n, d))).toBe(expected);
  });

  it('is symmetric around zero and within half a unit of the value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const value = rational(n, d);
        const rounded = roundHalfAwayFromZero(value);
        expect(roundHalfAwayFromZero(rational(-n, d))).toBe(-rounded);
        const error = sub(rational(rounded), value);
        expect(compare(error, r(1, 2))).toBeLessThanOrEqual(0);
        expect(compare(error, r(-1, 2))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('moves every exact half away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (k) => {
        expect(roundHalfAwayFromZero(rational(2n * k + 1n, 2n))).toBe(k + 1n);
        expect(roundHalfAwayFromZero(rational(-(2n * k + 1n), 2n))).toBe(-(k + 1n));
      }),
    );
  });

  it('agrees with floor(x + 1/2) for non-negative values', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (n, d) => {
        expect(roundHalfAwayFromZero(rational(n, d))).toBe(floor(add(rational(n, d), r(1, 2))));
      }),
    );
  });
});
