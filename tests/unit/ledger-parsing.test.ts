import { describe, expect, it } from 'vitest';
import { parseAmountOre } from '../../src/shared/ledger/amount';
import { parsePeriod } from '../../src/main/domain/ledger/period';
import { columnIndexes, evaluateLedger, matchRule, targetSums } from '../../src/main/domain/ledger/rows';
import type { LedgerMapping, LedgerRule } from '../../src/shared/contract/cost/actuals';

const HOSTING = '0b7d8f4e-3c1a-4c55-9a7e-2f1d3b4a5c6d';

describe('ledger amounts, exactly in öre', () => {
  it.each([
    ['1 234,50', 123_450],
    ['-1234.5', -123_450],
    ['1 234 kr', 123_400],
    ['1\u00a0234,50\u00a0kr', 123_450],
    ['1.234,50', 123_450],
    ['1,234.50', 123_450],
    ['1.234.567', 123_456_700],
    ['−12,5', -1250],
    ['(1 000,00)', -100_000],
    ['250-', -25_000],
    ['250:-', 25_000],
    ['SEK 99', 9900],
    ['+0,01', 1],
    ['0', 0],
    ['-0,00', 0],
    ['1234.500', 123_450],
    ['0.30', 30],
  ])('%s → %i öre', (text, ore) => {
    expect(parseAmountOre(text)).toEqual({ ok: true, ore });
  });

  it.each([
    ['', 'ledger.amountMissing'],
    ['   ', 'ledger.amountMissing'],
    ['abc', 'ledger.amountUnreadable'],
    ['12,34,5', 'ledger.amountUnreadable'],
    ['1.2.3', 'ledger.amountUnreadable'],
    ['1,5e3', 'ledger.amountUnreadable'],
    ['12.5 EUR', 'ledger.amountUnreadable'],
    ['--5', 'ledger.amountUnreadable'],
    ['12,', 'ledger.amountUnreadable'],
    ['1,234', 'ledger.amountTooPrecise'],
    ['0.30000000000000004', 'ledger.amountTooPrecise'],
    ['99999999999999999999', 'ledger.amountUnreadable'],
  ])('%j is refused (%s), never read as 0', (text, reason) => {
    expect(parseAmountOre(text)).toEqual({ ok: false, reason });
  });

  it('reads every whole-öre amount written the Swedish way back to itself', () => {
    for (let ore = -250_000; ore <= 250_000; ore += 777) {
      const kronor = Math.trunc(Math.abs(ore) / 100).toLocaleString('sv-SE');
      const text = `${ore < 0 ? '-' : ''}${kronor},${String(Math.abs(ore) % 100).padStart(2, '0')}`;
      expect(parseAmountOre(text)).toEqual({ ok: true, ore: ore === 0 ? 0 : ore });
    }
  });
});

describe('ledger periods', () => {
  it.each([
    ['2025', { year: 2025, month: null }],
    ['2025-03', { year: 2025, month: 3 }],
    ['2025-3', { year: 2025, month: 3 }],
    ['2025/11', { year: 2025, month: 11 }],
    ['202512', { year: 2025, month: 12 }],
    ['2024-02-29', { year: 2024, month: 2 }],
    ['20250131', { year: 2025, month: 1 }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period });
  });

  it.each([
    ['', 'ledger.periodMissing'],
    ['2025-13', 'ledger.periodUnreadable'],
    ['2025-00', 'ledger.periodUnreadable'],
    ['2025-02-29', 'ledger.periodUnreadable'],
    ['mars 2025', 'ledger.periodUnreadable'],
    ['25-03', 'ledger.periodUnreadable'],
    ['1850', 'ledger.periodUnreadable'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason });
  });
});

describe('the mapping of ledger rows', () => {
  const rules: LedgerRule[] = [
    { account: '6550', costCentre: '9100', category: 'hosting', hostingId: HOSTING },
    { account: '65*', costCentre: null, category: 'contribution', hostingId: null },
    { account: null, costCentre: '92*', category: 'staff', hostingId: null },
  ];

  it('takes the first rule whose account and cost centre fit; a starred code is a prefix', () => {
    expect(matchRule(rules, '6550', '9100')?.category).toBe('hosting');
    expect(matchRule(rules, '6550', '9101')?.category).toBe('contribution');
    expect(matchRule(rules, '6599', '')?.category).toBe('contribution');
    expect(matchRule(rules, '7010', '9205')?.category).toBe('staff');
    expect(matchRule(rules, '7010', '9300')).toBeNull();
  });

  it('finds the columns without regard to case or spaces, and names a missing one with the file’s columns', () => {
    const columns = { account: 'konto', costCentre: null, period: 'PERIOD', amount: 'Belopp  kr', text: null };
    expect(columnIndexes(['Konto', 'Period', 'Belopp kr'], columns)).toEqual({
      account: 0,
      costCentre: null,
      period: 1,
      amount: 2,
      text: null,
    });
    expect(() => columnIndexes(['Konto', 'Period'], columns)).toThrow(
      expect.objectContaining({ detail: { key: 'ledger.columnMissing', params: { column: 'Belopp  kr', headers: 'Konto, Period' } } }),
    );
  });

  it('rejects a row for its first problem and sums the saved rows per outcome', () => {
    const mapping: LedgerMapping = {
      columns: { account: 'Konto', costCentre: 'KS', period: 'Period', amount: 'Belopp', text: null },
      rules,
      year: null,
    };
    const grid = {
      headers: ['Konto', 'KS', 'Period', 'Belopp'],
      rows: [
        { row: 2, cells: ['6550', '9100', '2025-01', '100,25'] },
        { row: 3, cells: ['6550', '9100', '2025-02', '-0,25'] },
        { row: 4, cells: ['', '', '2025-02', '5'] },
        { row: 5, cells: ['6550', '9100', 'x', 'y'] },
        { row: 6, cells: ['6550', '9100', '2030-01', '7'] },
        { row: 7, cells: ['6510', '', '2025-12', '1 000'] },
      ],
    };
    const notIn2030 = (_id: string, year: number) =>
      year === 2030 ? { key: 'ledger.hostingNotInYear' as const, params: { group: 'G', year } } : null;
    const rows = evaluateLedger(grid, mapping, notIn2030);
    expect(rows.map((r) => [r.status, r.reason?.key ?? null])).toEqual([
      ['save', null],
      ['save', null],
      ['rejected', 'ledger.accountMissing'],
      ['rejected', 'ledger.periodUnreadable'],
      ['rejected', 'ledger.hostingNotInYear'],
      ['save', null],
    ]);
    expect(targetSums(rows)).toEqual([
      { year: 2025, category: 'hosting', hostingId: HOSTING, rows: 2, amountOre: 10_000 },
      { year: 2025, category: 'contribution', hostingId: null, rows: 1, amountOre: 100_000 },
    ]);
  });
});
