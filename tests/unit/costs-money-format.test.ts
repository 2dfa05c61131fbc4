import { describe, expect, it } from 'vitest';
import { formatKronor, formatTkr, groupThousands } from '../../src/shared/domain/costs';

const NBSP = '\u00A0';
const s = (text: string) => text.replaceAll(' ', NBSP);

describe('Swedish money formatting', () => {
  it('groups thousands with U+00A0', () => {
    expect(groupThousands('1234567')).toBe(s('1 234 567'));
    expect(groupThousands('123')).toBe('123');
    expect(groupThousands('1000')).toBe(s('1 000'));
  });
  it('shows whole kronor by default, rounding half away from zero', () => {
    expect(formatKronor(123_456_700)).toBe(s('1 234 567 kr'));
    expect(formatKronor(123_456_750)).toBe(s('1 234 568 kr'));
    expect(formatKronor(123_456_749)).toBe(s('1 234 567 kr'));
    expect(formatKronor(-150)).toBe(s('-2 kr'));
    expect(formatKronor(-49)).toBe(s('0 kr'));
    expect(formatKronor(0)).toBe(s('0 kr'));
  });
  it('shows öre with a decimal comma', () => {
    expect(formatKronor(123_456_750, { ore: 'always' })).toBe(s('1 234 567,50 kr'));
    expect(formatKronor(5, { ore: 'always' })).toBe(s('0,05 kr'));
    expect(formatKronor(-123_456_705, { ore: 'always' })).toBe(s('-1 234 567,05 kr'));
    expect(formatKronor(100, { ore: 'always' })).toBe(s('1,00 kr'));
  });
  it('shows öre only when needed with auto', () => {
    expect(formatKronor(100, { ore: 'auto' })).toBe(s('1 kr'));
    expect(formatKronor(150, { ore: 'auto' })).toBe(s('1,50 kr'));
  });
  it('can leave out the unit and takes BigInt', () => {
    expect(formatKronor(1_000_000_000_000_000_00n, { unit: false })).toBe(s('1 000 000 000 000 000'));
  });
  it('shows thousands of kronor', () => {
    expect(formatTkr(34_917_800)).toBe(s('349 tkr'));
    expect(formatTkr(34_950_000)).toBe(s('350 tkr'));
    expect(formatTkr(-34_950_000)).toBe(s('-350 tkr'));
  });
  it('rejects fractional öre', () => {
    expect(() => formatKronor(1.5)).toThrow(/integer/);
  });
});
