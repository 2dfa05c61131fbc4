import { describe, expect, it } from 'vitest';
import { bpToPercentText, formatPercentBp, parsePercentToBp } from '../../../src/renderer/src/format';
import { hrefFor, locationFromHash } from '../../../src/renderer/src/router';
import { barOf, timeScale } from '../../../src/renderer/src/views/person/timeline-scale';

describe('percentages in basis points', () => {
  it('reads what a person types', () => {
    expect(parsePercentToBp('10')).toBe(1000);
    expect(parsePercentToBp('12,5')).toBe(1250);
    expect(parsePercentToBp(' 12.25 % ')).toBe(1225);
    expect(parsePercentToBp('')).toBeNull();
    expect(parsePercentToBp('abc')).toBeNaN();
    expect(parsePercentToBp('1,234')).toBeNaN();
  });

  it('shows them the Swedish way and round-trips the edit text', () => {
    expect(formatPercentBp(1000)).toBe('10\u00a0%');
    expect(formatPercentBp(1250)).toBe('12,5\u00a0%');
    expect(bpToPercentText(1250)).toBe('12,5');
    expect(parsePercentToBp(bpToPercentText(5550))).toBe(5550);
  });
});

describe('register routes', () => {
  it('links a record page and reads it back', () => {
    const id = '8e332671-8451-5d76-86ef-a0cca693e1e2';
    expect(locationFromHash(hrefFor('person', id))).toEqual({ route: 'person', id });
    expect(locationFromHash(hrefFor('group', id))).toEqual({ route: 'group', id });
    expect(locationFromHash('#/personer/ny')).toEqual({ route: 'personNew', id: null });
    expect(locationFromHash('#/personer')).toEqual({ route: 'persons', id: null });
    expect(locationFromHash('#/okand')).toEqual({ route: 'overview', id: null });
  });
});

describe('assignment timeline scale', () => {
  it('spans a year back and ahead at least, and places bars inside 0–100 %', () => {
    const scale = timeScale([{ startDate: '2024-01-01', endDate: '2024-12-31' }], '2026-06-15');
    expect(scale.at('2024-01-01')).toBe(0);
    expect(scale.at('2030-01-01')).toBe(100);
    const bar = barOf({ startDate: '2024-01-01', endDate: '2024-12-31' }, scale);
    expect(bar.x).toBe(0);
    expect(bar.width).toBeGreaterThan(0);
    expect(barOf({ startDate: '2026-01-01', endDate: null }, scale)).toMatchObject({ open: true });
    expect(scale.years.map((y) => y.year)).toContain(2025);
  });
});
