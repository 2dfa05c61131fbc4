import { describe, expect, it } from 'vitest';
import { compareText, compareValues, sortRows } from '../../../src/renderer/src/components/table/compare';

describe('sorting lists held in the page', () => {
  it('puts Å, Ä and Ö after Z, in that order (Swedish collation, not code points)', () => {
    const names = ['Östersund', 'Arvidsjaur', 'Ängelholm', 'Zinkgruvan', 'Åre', 'Borås'];
    expect(sortRows(names, (n) => n, false)).toEqual(['Arvidsjaur', 'Borås', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Östersund']);
    expect(compareText('Öberg', 'Zetterström')).toBeGreaterThan(0);
    expect(compareText('Åsa', 'Ängla')).toBeLessThan(0);
  });

  it('keeps V and W apart and sorts case only as a tie-break', () => {
    expect(sortRows(['Wallin', 'vallin', 'Vallin', 'Ulf'], (n) => n, false)).toEqual(['Ulf', 'vallin', 'Vallin', 'Wallin']);
  });

  it('sorts digits inside text by value: RPT 9 before RPT 10', () => {
    expect(sortRows(['RPT 10', 'RPT 9', 'RPT 100'], (n) => n, false)).toEqual(['RPT 9', 'RPT 10', 'RPT 100']);
  });

  it('sorts numbers by value, not as text, in both directions', () => {
    const rows = [{ n: 10 }, { n: 9 }, { n: 100 }, { n: -1 }];
    expect(sortRows(rows, (r) => r.n, false).map((r) => r.n)).toEqual([-1, 9, 10, 100]);
    expect(sortRows(rows, (r) => r.n, true).map((r) => r.n)).toEqual([100, 10, 9, -1]);
    expect(compareValues(2, 10)).toBeLessThan(0);
  });

  it('sorts ISO dates by value', () => {
    const dates = ['2027-01-01', '2026-12-31', '2026-02-03'];
    expect(sortRows(dates, (d) => d, false)).toEqual(['2026-02-03', '2026-12-31', '2027-01-01']);
  });

  it('keeps empty values last whichever the direction, and equal values in their order', () => {
    const rows = [
      { id: 'a', v: null },
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
      { id: 'd', v: 2 },
      { id: 'e', v: undefined },
    ];
    expect(sortRows(rows, (r) => r.v, false).map((r) => r.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
    expect(sortRows(rows, (r) => r.v, true).map((r) => r.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('leaves the input untouched', () => {
    const rows = ['b', 'a'];
    sortRows(rows, (r) => r, false);
    expect(rows).toEqual(['b', 'a']);
  });
});
