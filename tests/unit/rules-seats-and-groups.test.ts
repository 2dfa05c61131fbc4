import { describe, expect, it } from 'vitest';
import { groupsWithoutLeaders, type LeadershipScope } from '../../src/main/domain/rules/group-leadership';
import { overAllocated } from '../../src/main/domain/rules/over-allocation';
import { seatOtherHealthcareRegion } from '../../src/main/domain/rules/seat-region';
import { horizonFrom } from '../../src/main/domain/rules/horizon';
import { emptySnapshot, group, membership, nationalGroup, person } from '../helpers/snapshot';

const today = horizonFrom('2026-11-23', 24);

describe('SEAT_OTHER_HEALTHCARE_REGION', () => {
  function holding(regionCode: string | null, seatRegion: string, dates: { startDate?: string; endDate?: string | null } = {}) {
    const s = emptySnapshot();
    nationalGroup(s, 'g', { name: 'Akut vård' });
    s.persons.push(person('p', { name: 'Åsa Öberg', regionCode }));
    s.memberships.push(membership('p', 'g', { seatId: `g:${seatRegion}:1`, ...dates }));
    return seatOtherHealthcareRegion(s, today);
  }

  it('reports a seat held by someone from a region of another healthcare region', () => {
    const [warning] = holding('14', 'NORRA');
    expect(warning).toMatchObject({
      code: 'SEAT_OTHER_HEALTHCARE_REGION',
      personIds: ['p'],
      groupIds: ['g'],
      params: {
        personRegionCode: '14',
        personHealthcareRegionCodes: ['VASTRA'],
        seatHealthcareRegionCode: 'NORRA',
        groupName: 'Akut vård',
      },
    });
    expect(warning?.membershipIds).toEqual([warning?.params.membershipId]);
  });

  it('lets Halland hold a seat of either SODRA or VASTRA, but not of NORRA', () => {
    expect(holding('13', 'SODRA')).toEqual([]);
    expect(holding('13', 'VASTRA')).toEqual([]);
    expect(holding('13', 'NORRA')[0]?.params.personHealthcareRegionCodes.sort()).toEqual(['SODRA', 'VASTRA']);
  });

  it('checks planned holders within the horizon from the month they start, but not past ones or persons without a region', () => {
    expect(holding('14', 'NORRA')).toMatchObject([{ firstMonth: '2026-11' }]);
    expect(holding('14', 'NORRA', { startDate: '2027-01-01' })).toMatchObject([{ firstMonth: '2027-01' }]);
    expect(holding('14', 'NORRA', { startDate: '2028-10-31' })).toMatchObject([{ firstMonth: '2028-10' }]);
    expect(holding('14', 'NORRA', { startDate: '2028-11-01' })).toEqual([]);
    expect(holding('14', 'NORRA', { endDate: '2026-11-22' })).toEqual([]);
    expect(holding(null, 'NORRA')).toEqual([]);
    expect(holding('23', 'NORRA')).toEqual([]);
  });
});

describe('GROUP_WITHOUT_CHAIR and GROUP_WITHOUT_PROCESS_LEADER', () => {
  const hosted: LeadershipScope = { ownerCode: '23', ownHealthcareRegionCodes: ['NORRA'], national: 'HOSTED' };

  function fixture() {
    const s = emptySnapshot();
    s.groups.push(
      group('endo', { name: 'Endokrina sjukdomar', hostHealthcareRegionCode: 'NORRA', hostingStatus: 'ACTIVE' }),
      group('cancer', { name: 'Cancersjukdomar', hostHealthcareRegionCode: 'NORRA', hostingStatus: 'DORMANT' }),
      group('akut', { name: 'Akut vård', hostHealthcareRegionCode: 'MELLANSVERIGE', hostingStatus: 'ACTIVE' }),
      group('nag', { type: 'NAG', hostHealthcareRegionCode: 'NORRA' }),
      group('rpt', { name: 'RPT Stroke', type: 'RPT', level: 'REGIONAL', owner: '23', regionCode: '23' }),
      group('vgr', { name: 'RPT KOL', type: 'RPT', level: 'REGIONAL', owner: '14', regionCode: '14' }),
      group('empty', { type: 'RPO', level: 'REGIONAL', owner: '23', regionCode: '23' }),
    );
    s.persons.push(person('p1'), person('p2'));
    for (const id of ['endo', 'cancer', 'akut', 'nag', 'rpt', 'vgr']) s.memberships.push(membership('p1', id));
    s.memberships.push(membership('p2', 'empty', { endDate: '2026-01-31' }));
    return s;
  }
  const found = (warnings: ReturnType<typeof groupsWithoutLeaders>) => warnings.map((w) => `${w.code}:${w.params.groupId}`).sort();

  it('checks actively hosted national groups and the own regional groups that have current members', () => {
    expect(found(groupsWithoutLeaders(fixture(), today, hosted))).toEqual([
      'GROUP_WITHOUT_CHAIR:endo',
      'GROUP_WITHOUT_CHAIR:rpt',
      'GROUP_WITHOUT_PROCESS_LEADER:endo',
      'GROUP_WITHOUT_PROCESS_LEADER:rpt',
    ]);
  });

  it('is satisfied by a current chair and process leader, not by a past or planned one', () => {
    const s = fixture();
    s.memberships.push(
      membership('p2', 'endo', { role: 'CHAIR' }),
      membership('p2', 'endo', { role: 'PROCESS_LEADER', endDate: '2026-11-22' }),
    );
    s.memberships.push(
      membership('p2', 'rpt', { role: 'PROCESS_LEADER' }),
      membership('p2', 'rpt', { role: 'CHAIR', startDate: '2027-01-01' }),
    );
    expect(found(groupsWithoutLeaders(s, today, hosted))).toEqual(['GROUP_WITHOUT_CHAIR:rpt', 'GROUP_WITHOUT_PROCESS_LEADER:endo']);
  });

  it('reports a chair who ends without a successor from the day after, and not when a successor follows', () => {
    const s = fixture();
    s.memberships.push(
      membership('p2', 'endo', { role: 'CHAIR', endDate: '2027-06-30' }),
      membership('p2', 'endo', { role: 'PROCESS_LEADER' }),
      membership('p2', 'rpt', { role: 'CHAIR', endDate: '2027-03-31' }),
      membership('p1', 'rpt', { role: 'CHAIR', startDate: '2027-04-01' }),
      membership('p2', 'rpt', { role: 'PROCESS_LEADER' }),
    );
    const warnings = groupsWithoutLeaders(s, today, hosted);
    expect(warnings).toMatchObject([
      { code: 'GROUP_WITHOUT_CHAIR', firstMonth: '2027-07', params: { groupId: 'endo', from: '2027-07-01' } },
    ]);
    const short = groupsWithoutLeaders(s, horizonFrom('2026-11-23', 7), hosted);
    expect(short).toEqual([]);
  });

  it('is silent when the members leave together with the chair', () => {
    const s = fixture();
    s.memberships.length = 0;
    s.memberships.push(
      membership('p1', 'endo', { role: 'CHAIR', endDate: '2027-06-30' }),
      membership('p2', 'endo', { role: 'PROCESS_LEADER', endDate: '2027-06-30' }),
    );
    expect(groupsWithoutLeaders(s, today, hosted)).toEqual([]);
  });

  it('checks every national NPO, NSG and council when configured so', () => {
    const all = found(groupsWithoutLeaders(fixture(), today, { ...hosted, national: 'ALL' }));
    expect(all.filter((k) => k.startsWith('GROUP_WITHOUT_CHAIR'))).toEqual([
      'GROUP_WITHOUT_CHAIR:akut',
      'GROUP_WITHOUT_CHAIR:cancer',
      'GROUP_WITHOUT_CHAIR:endo',
      'GROUP_WITHOUT_CHAIR:rpt',
    ]);
  });
});

describe('PERSON_OVER_ALLOCATED', () => {
  function fixture(...allocations: number[]) {
    const s = emptySnapshot();
    s.persons.push(person('p', { name: 'Erik Nordin' }));
    s.memberships.push(...allocations.map((allocationBp, i) => membership('p', `g${i}`, { allocationBp })));
    s.memberships.push(membership('p', 'old', { allocationBp: 5000, endDate: '2026-01-01', status: 'ENDED' }));
    s.memberships.push(membership('p', 'later', { allocationBp: 5000, startDate: '2027-01-01' }));
    return s;
  }

  it('reports the sum of current allocations strictly above the threshold', () => {
    const oneMonth = horizonFrom('2026-11-23', 1);
    expect(overAllocated(fixture(2500, 2500), oneMonth, 5000)).toEqual([]);
    const [warning] = overAllocated(fixture(2500, 2500, 1), oneMonth, 5000);
    expect(warning).toMatchObject({
      code: 'PERSON_OVER_ALLOCATED',
      personIds: ['p'],
      groupIds: ['g0', 'g1', 'g2'],
      firstMonth: '2026-11',
      params: { allocationBp: 5001, thresholdBp: 5000, currentMemberships: 3, personName: 'Erik Nordin' },
    });
    expect(overAllocated(fixture(2500, 2500, 1), oneMonth, 10000)).toEqual([]);
  });

  it('flags a future over-allocation now, with the first month it applies', () => {
    const [warning] = overAllocated(fixture(2500, 2500), today, 5000);
    expect(warning).toMatchObject({
      firstMonth: '2027-01',
      groupIds: ['g0', 'g1', 'later'],
      params: { allocationBp: 10000, currentMemberships: 3 },
    });
    expect(overAllocated(fixture(2500, 2500), horizonFrom('2026-11-23', 2), 5000)).toEqual([]);
  });

  it('weighs a month by days, like the capacity grid: 70 % from mid-February passes 50 % only in March', () => {
    const s = emptySnapshot();
    s.persons.push(person('p'));
    s.memberships.push(membership('p', 'a', { allocationBp: 7000, startDate: '2027-02-15' }));
    expect(overAllocated(s, today, 5000)).toMatchObject([{ firstMonth: '2027-03', params: { allocationBp: 7000 } }]);
    s.memberships.push(membership('p', 'b', { allocationBp: 3000, startDate: '2027-02-01', endDate: '2027-02-28' }));
    expect(overAllocated(s, today, 5000)).toMatchObject([{ firstMonth: '2027-02', params: { allocationBp: 6500 } }]);
  });

  it('does not count the days of the current month that are already past', () => {
    const s = emptySnapshot();
    s.persons.push(person('p'));
    s.memberships.push(membership('p', 'a', { allocationBp: 9000, startDate: '2026-11-01', endDate: '2026-11-22' }));
    expect(overAllocated(s, today, 5000)).toEqual([]);
  });
});
