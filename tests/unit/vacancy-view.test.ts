import { describe, expect, it } from 'vitest';
import { ownHealthcareRegions } from '../../src/main/domain/register-snapshot';
import { buildVacancyView, type VacancyOptions } from '../../src/main/domain/vacancies';
import { emptySnapshot, membership, nationalGroup, person } from '../helpers/snapshot';

const today = '2026-11-23';
const options: VacancyOptions = {
  today,
  endingWithinDays: 90,
  ownHealthcareRegionCodes: ['NORRA'],
  expiryShareThresholdBp: 2500,
  groupType: null,
  healthcareRegionCode: null,
  status: null,
};

function fixture() {
  const s = emptySnapshot();
  nationalGroup(s, 'a', { name: 'Akut vård' });
  nationalGroup(s, 'b', { name: 'Barns hälsa' });
  nationalGroup(s, 'n', { name: 'Data och analys', type: 'NSG' });
  nationalGroup(s, 'c', { name: 'Primärvårdsrådet', type: 'PRIMARY_CARE_COUNCIL' }, 2);
  s.persons.push(person('p1', { name: 'Åsa Öberg' }), person('p2', { name: 'Erik Nordin' }), person('p3'), person('p4'));
  s.memberships.push(
    membership('p1', 'a', { seatId: 'a:NORRA:1', endDate: '2026-12-31' }),
    membership('p2', 'b', { seatId: 'b:NORRA:1', endDate: '2028-12-31' }),
    membership('p3', 'c', { seatId: 'c:NORRA:1', endDate: '2027-01-31' }),
    membership('p4', 'c', { seatId: 'c:NORRA:1', endDate: null }),
    membership('p2', 'n', { seatId: 'n:NORRA:1', startDate: '2020-01-01', endDate: '2025-12-31', status: 'ENDED' }),
  );
  return s;
}

describe('buildVacancyView', () => {
  it('gives every national group × healthcare region a cell with its holders', () => {
    const view = buildVacancyView(fixture(), options);
    expect(view.rows.map((r) => r.groupName)).toEqual(['Akut vård', 'Barns hälsa', 'Data och analys', 'Primärvårdsrådet']);
    const norra = (id: string) => view.rows.find((r) => r.groupId === id)!.cells.find((c) => c.healthcareRegionCode === 'NORRA')!;
    expect(norra('a')).toMatchObject({
      status: 'ENDING',
      holders: [{ personName: 'Åsa Öberg', endDate: '2026-12-31', personRegionCode: '23' }],
    });
    expect(norra('b').status).toBe('FILLED');
    expect(norra('n').status).toBe('VACANT');
    // two current holders on one of the council's two seats: 2 holders, 2 seats, one seat vacant
    expect(norra('c')).toMatchObject({ status: 'VACANT', seatCount: 2, vacantSeats: 1 });
    // the other five healthcare regions have no holder here: their 4 × 5 cells are no data, not vacancies
    expect(view.statusCounts).toEqual({ FILLED: 1, VACANT: 2, ENDING: 1, OVER_FILLED: 0, NO_DATA: 20 });
  });

  it('tells seats of healthcare regions without data here as NO_DATA, those with a holder anywhere as held or vacant', () => {
    const s = fixture();
    s.memberships.push(membership('p3', 'b', { seatId: 'b:SODRA:1', startDate: '2020-01-01', endDate: '2021-12-31', status: 'ENDED' }));
    const view = buildVacancyView(s, options);
    const cell = (id: string, hr: string) => view.rows.find((r) => r.groupId === id)!.cells.find((c) => c.healthcareRegionCode === hr)!;
    expect(cell('a', 'VASTRA')).toMatchObject({ status: 'NO_DATA', vacantSeats: 0 });
    expect(cell('a', 'SODRA')).toMatchObject({ status: 'VACANT', vacantSeats: 1 });
    expect(cell('b', 'SODRA').status).toBe('VACANT');
    expect(view.statusCounts).toEqual({ FILLED: 1, VACANT: 6, ENDING: 1, OVER_FILLED: 0, NO_DATA: 16 });
    expect(view.todo.every((t) => t.healthcareRegionCode === 'NORRA')).toBe(true);
  });

  it('is OVER_FILLED when a healthcare region has more current holders than seats', () => {
    const s = fixture();
    s.memberships.push(membership('p3', 'b', { seatId: 'b:NORRA:1', startDate: '2026-10-01' }));
    const view = buildVacancyView(s, { ...options, status: 'OVER_FILLED' });
    expect(view.rows).toHaveLength(1);
    expect(view.rows[0]).toMatchObject({ groupId: 'b', cells: [{ healthcareRegionCode: 'NORRA', status: 'OVER_FILLED' }] });
    expect(view.rows[0]!.cells[0]!.holders).toHaveLength(2);
  });

  it('filters by group type, healthcare region and status', () => {
    const s = fixture();
    expect(buildVacancyView(s, { ...options, groupType: 'NSG' }).rows.map((r) => r.groupId)).toEqual(['n']);
    const vastra = buildVacancyView(s, { ...options, healthcareRegionCode: 'VASTRA' });
    expect(vastra.rows.every((r) => r.cells.length === 1 && r.cells[0]!.healthcareRegionCode === 'VASTRA')).toBe(true);
    const ending = buildVacancyView(s, { ...options, status: 'ENDING' });
    expect(ending.rows.map((r) => r.groupId)).toEqual(['a']);
    expect(ending.statusCounts.VACANT).toBe(2);
  });

  it('lists the own seats to fill, vacant (never held first) before ending, most urgent first', () => {
    const view = buildVacancyView(fixture(), options);
    expect(view.todo.map((t) => [t.seatLabel, t.groupName, t.status, t.emptyFrom])).toEqual([
      ['NORRA 2', 'Primärvårdsrådet', 'VACANT', null],
      ['NORRA', 'Data och analys', 'VACANT', '2026-01-01'],
      ['NORRA', 'Akut vård', 'ENDING', '2027-01-01'],
    ]);
  });

  it('takes both healthcare regions of Halland as its own', () => {
    const s = fixture();
    const own = ownHealthcareRegions({ kind: 'REGION', code: '13' }, s.healthcareRegionMembers);
    expect(own.sort()).toEqual(['SODRA', 'VASTRA']);
    const view = buildVacancyView(s, { ...options, ownHealthcareRegionCodes: own });
    expect(new Set(view.todo.map((t) => t.healthcareRegionCode))).toEqual(new Set(['SODRA', 'VASTRA']));
    expect(view.todo).toHaveLength(2 * 5);
    expect(view.forecast.seatCount).toBe(2 * 5);
    expect(ownHealthcareRegions({ kind: 'HEALTHCARE_REGION', code: 'NORRA' }, s.healthcareRegionMembers)).toEqual(['NORRA']);
    expect(ownHealthcareRegions({ kind: null, code: null }, s.healthcareRegionMembers)).toEqual([]);
  });

  it('forecasts term expiry per quarter and flags a quarter above the share', () => {
    const view = buildVacancyView(fixture(), options);
    expect(view.forecast.seatCount).toBe(5);
    expect(view.forecast.quarters).toHaveLength(8);
    const [q4, q1] = view.forecast.quarters;
    expect(q4).toMatchObject({ quarter: '2026-Q4', expiring: 1, shareBp: 2000, flagged: false });
    expect(q1).toMatchObject({ quarter: '2027-Q1', expiring: 1, flagged: false, terms: [{ endDate: '2027-01-31' }] });
    const strict = buildVacancyView(fixture(), { ...options, expiryShareThresholdBp: 1999 });
    expect(strict.forecast.quarters[0]!.flagged).toBe(true);
    const exact = buildVacancyView(fixture(), { ...options, expiryShareThresholdBp: 2000 });
    expect(exact.forecast.quarters[0]!.flagged).toBe(false);
  });
});
