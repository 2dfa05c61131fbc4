import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPACITY_SETTINGS } from '../../src/shared/contract/planning/capacity';
import { capacityPage, orderGrid, rankCapacity, type CapacityPerson } from '../../src/main/domain/capacity/grid';
import type { CapacityMembership } from '../../src/main/domain/capacity/load';
import { monthWindow } from '../../src/shared/calendar';

const person = (id: string, name: string): [string, CapacityPerson] => [
  id,
  { id, name, regionCode: '23', organisationId: null, organisationName: null },
];
const persons = new Map([person('a', 'Anna Ek'), person('b', 'Bo Al'), person('c', 'Cilla Ös'), person('d', 'Dan Ek')]);
const months = monthWindow('2027-01', 12);

function membership(personId: string, startDate: string, allocationBp: number): CapacityMembership {
  return {
    id: `m-${personId}-${startDate}`,
    personId,
    groupId: 'g1',
    groupName: 'NPO Hjärta',
    groupType: 'NPO',
    groupRegionCode: null,
    role: 'MEMBER',
    status: 'DECIDED',
    startDate,
    endDate: null,
    allocationBp,
  };
}

// March (index 2): a 3000, b 1000, c 1000, d 0 (d starts in June with the highest share)
const ranked = rankCapacity(
  persons,
  [
    membership('a', '2027-01-01', 3000),
    membership('b', '2027-03-01', 1000),
    membership('c', '2027-01-01', 1000),
    membership('d', '2027-06-01', 9000),
  ],
  {
    months,
    settings: DEFAULT_CAPACITY_SETTINGS,
    regionNames: new Map(),
    groupType: null,
    groupId: null,
    countOnlyMatching: false,
    minBand: null,
    sort: 'NAME',
  },
);
const names = (order: Parameters<typeof orderGrid>[1]) =>
  capacityPage(orderGrid(ranked, order), { months, settings: DEFAULT_CAPACITY_SETTINGS, offset: 0, limit: 10, withTotals: false }).rows.map(
    (r) => r.personName,
  );

describe('the capacity grid in a column header order', () => {
  it('sorts by one month, equal values in name order either way', () => {
    expect(names({ by: 'MONTH', month: 2, descending: false })).toEqual(['Dan Ek', 'Bo Al', 'Cilla Ös', 'Anna Ek']);
    expect(names({ by: 'MONTH', month: 2, descending: true })).toEqual(['Anna Ek', 'Bo Al', 'Cilla Ös', 'Dan Ek']);
  });

  it('sorts by the peak and by name in reverse, leaving the cached name order alone', () => {
    expect(names({ by: 'PEAK', month: 0, descending: true })).toEqual(['Dan Ek', 'Anna Ek', 'Bo Al', 'Cilla Ös']);
    expect(names({ by: 'NAME', month: 0, descending: true })).toEqual(['Dan Ek', 'Cilla Ös', 'Bo Al', 'Anna Ek']);
    expect(ranked.rows.map((r) => r.load.person.name)).toEqual(['Anna Ek', 'Bo Al', 'Cilla Ös', 'Dan Ek']);
  });
});
