import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPACITY_SETTINGS } from '../../src/shared/contract/planning/capacity';
import { capacityCellDetail } from '../../src/main/domain/capacity/cell';
import { buildCapacityGrid, type CapacityPerson } from '../../src/main/domain/capacity/grid';
import { bandOf, displayBp, type CapacityMembership } from '../../src/main/domain/capacity/load';
import { monthInfo, monthWindow } from '../../src/shared/calendar';

const persons = new Map<string, CapacityPerson>([
  ['p1', { id: 'p1', name: 'Åsa Öberg', regionCode: '23', organisationId: 'o1', organisationName: 'Östersunds sjukhus' }],
  ['p2', { id: 'p2', name: 'Anders Berg', regionCode: '24', organisationId: null, organisationName: null }],
]);

let seq = 0;
function membership(
  personId: string,
  startDate: string,
  endDate: string | null,
  allocationBp: number,
  extra: Partial<CapacityMembership> = {},
): CapacityMembership {
  seq += 1;
  return {
    id: `m${seq}`,
    personId,
    groupId: 'g1',
    groupName: 'NPO Akut vård',
    groupType: 'NPO',
    groupRegionCode: null,
    role: 'MEMBER',
    status: 'DECIDED',
    startDate,
    endDate,
    allocationBp,
    ...extra,
  };
}

function grid(
  memberships: CapacityMembership[],
  from = '2024-01',
  count = 12,
  extra: Partial<Parameters<typeof buildCapacityGrid>[2]> = {},
) {
  return buildCapacityGrid(persons, memberships, {
    months: monthWindow(from, count),
    settings: DEFAULT_CAPACITY_SETTINGS,
    regionNames: new Map([['23', 'Jämtland Härjedalen']]),
    groupType: null,
    groupId: null,
    countOnlyMatching: false,
    minBand: null,
    sort: 'NAME',
    offset: 0,
    limit: 100,
    withTotals: true,
    ...extra,
  });
}

describe('capacity grid', () => {
  it('counts a membership that starts mid-month by its days (leap February: 15 of 29 days)', () => {
    const result = grid([membership('p1', '2024-02-15', null, 1000)]);
    const row = result.rows[0]!;
    expect(row.cells[0]).toEqual({ bpDays: 0, bp: 0, band: 'NONE' });
    expect(row.cells[1]).toEqual({ bpDays: 15_000, bp: 517.2, band: 'OK' }); // 1000 × 15 / 29 = 517.24…
    expect(row.cells[2]).toEqual({ bpDays: 31_000, bp: 1000, band: 'OK' });
  });

  it('counts a membership that ends mid-month by its days, and a common February by 28', () => {
    const result = grid([membership('p1', '2024-12-01', '2025-02-14', 2000)], '2024-12');
    const cells = result.rows[0]!.cells;
    expect(cells[0]!.bpDays).toBe(2000 * 31);
    expect(cells[2]).toEqual({ bpDays: 2000 * 14, bp: 1000, band: 'OK' }); // 14 of 28 days
    expect(cells[3]!.band).toBe('NONE');
  });

  it('sums memberships, bands on the exact value and ignores ended ones without an end date', () => {
    const result = grid([
      membership('p1', '2023-01-01', null, 4000),
      membership('p1', '2024-03-01', null, 1000),
      membership('p1', '2024-06-01', null, 3500),
      membership('p1', '2020-01-01', null, 9000, { status: 'ENDED' }),
    ]);
    const cells = result.rows[0]!.cells;
    expect(cells.slice(0, 6).map((c) => c.band)).toEqual(['OK', 'OK', 'HIGH', 'HIGH', 'HIGH', 'OVER']);
    expect(cells[5]!.bp).toBe(8500);
    expect(result.rows[0]!.peakBand).toBe('OVER');
    expect(bandOf(8000 * 30, 30, DEFAULT_CAPACITY_SETTINGS)).toBe('HIGH'); // exactly 80 % is not over
    expect(bandOf(8000 * 30 + 1, 30, DEFAULT_CAPACITY_SETTINGS)).toBe('OVER');
    expect(bandOf(5000 * 31 - 1, 31, DEFAULT_CAPACITY_SETTINGS)).toBe('OK');
  });

  it('handles a 36-month window starting in November across two year boundaries', () => {
    const result = grid([membership('p1', '2024-02-10', '2026-01-20', 1000)], '2023-11', 36);
    const cells = result.rows[0]!.cells;
    expect(cells).toHaveLength(36);
    expect(cells[3]!.bpDays).toBe(1000 * 20); // 10–29 Feb 2024
    expect(cells[26]!.bpDays).toBe(1000 * 20); // 1–20 Jan 2026
    expect(cells[27]!.bpDays).toBe(0);
    const days = result.months.reduce((s, m, i) => s + cells[i]!.bpDays / 1000, 0);
    expect(days).toBe(711); // 2024-02-10 … 2026-01-20 inclusive
  });

  it('filters by group, counts whole load or only matching, pages and totals in FTE', () => {
    const ms = [
      membership('p1', '2024-01-01', null, 1000),
      membership('p1', '2024-01-01', null, 2500, { groupId: 'g2', groupType: 'RPT', groupName: 'RPT Stroke' }),
      membership('p2', '2024-01-01', null, 5000),
    ];
    const onlyRpt = grid(ms, '2024-01', 12, { groupType: 'RPT' });
    expect(onlyRpt.rows.map((r) => r.personId)).toEqual(['p1']);
    expect(onlyRpt.rows[0]!.cells[0]!.bp).toBe(3500);
    expect(grid(ms, '2024-01', 12, { groupType: 'RPT', countOnlyMatching: true }).rows[0]!.cells[0]!.bp).toBe(2500);
    const all = grid(ms, '2024-01', 12, { limit: 1, offset: 1 });
    expect(all.totalRows).toBe(2);
    expect(all.rows.map((r) => r.personName)).toEqual(['Åsa Öberg']); // sv collation: Å after A
    expect(all.totals!.all.fte[0]).toBe(0.85);
    expect(all.totals!.byRegion.map((r) => [r.regionCode, r.regionName, r.averageFte])).toEqual([
      ['23', 'Jämtland Härjedalen', 0.35],
      ['24', null, 0.5],
    ]);
    expect(all.totals!.byOrganisation.map((o) => o.organisationName)).toEqual(['Östersunds sjukhus', null]);
    expect(grid(ms, '2024-01', 12, { minBand: 'HIGH' }).rows.map((r) => r.personId)).toEqual(['p2']);
    expect(grid(ms, '2024-01', 12, { sort: 'PEAK_DESC' }).rows.map((r) => r.personId)).toEqual(['p2', 'p1']);
  });

  it('drills down into one cell', () => {
    const ms = [
      membership('p1', '2024-02-15', null, 1000),
      membership('p1', '2023-01-01', '2024-02-03', 2000, { groupName: 'NSG Data och analys', groupType: 'NSG' }),
    ];
    const detail = capacityCellDetail({ id: 'p1', name: 'Åsa Öberg' }, monthInfo('2024-02'), ms, DEFAULT_CAPACITY_SETTINGS);
    expect(detail.memberships.map((m) => [m.groupType, m.daysCovered, m.bpDays])).toEqual([
      ['NPO', 15, 15_000],
      ['NSG', 3, 6000],
    ]);
    expect(detail.cell).toEqual({ bpDays: 21_000, bp: displayBp(21_000, 29), band: 'OK' });
    expect(detail.cell.bp).toBe(724.1);
  });

  it('stays fast for tens of thousands of persons', () => {
    const many = new Map<string, CapacityPerson>();
    const ms: CapacityMembership[] = [];
    for (let i = 0; i < 20_000; i++) {
      many.set(`p${i}`, {
        id: `p${i}`,
        name: `Person ${i}`,
        regionCode: String(1 + (i % 25)).padStart(2, '0'),
        organisationId: null,
        organisationName: null,
      });
      ms.push(membership(`p${i}`, '2024-03-10', null, 1000), membership(`p${i}`, '2023-01-01', '2025-06-15', 1500));
    }
    const started = performance.now();
    const result = buildCapacityGrid(many, ms, {
      months: monthWindow('2024-01', 36),
      settings: DEFAULT_CAPACITY_SETTINGS,
      regionNames: new Map(),
      groupType: null,
      groupId: null,
      countOnlyMatching: false,
      minBand: null,
      sort: 'NAME',
      offset: 100,
      limit: 50,
      withTotals: true,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.totalRows).toBe(20_000);
    expect(result.rows).toHaveLength(50);
    expect(result.totals!.persons).toBe(20_000);
  });
});
