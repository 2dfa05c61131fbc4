import { describe, expect, it } from 'vitest';
import { buildBalance, roundedSharesBp } from '../../src/main/domain/balance';
import { emptySnapshot, membership, nationalGroup, person } from '../helpers/snapshot';

const today = '2026-11-23';

describe('roundedSharesBp', () => {
  it('rounds every share on its own, half away from zero, never bending one to make the sum 100 %', () => {
    expect(roundedSharesBp([1, 1, 1])).toEqual([3333, 3333, 3333]);
    expect(roundedSharesBp([2, 1])).toEqual([6667, 3333]);
    expect(roundedSharesBp([0, 0])).toEqual([0, 0]);
    expect(roundedSharesBp([5, 0, 3])).toEqual([6250, 0, 3750]);
    // 8 of 34 is 23,529…%: 23,53 %, in every company (largest remainder gave one of these 23,52 %)
    expect(roundedSharesBp([8, 8, 8, 8, 1, 1])).toEqual([2353, 2353, 2353, 2353, 294, 294]);
    const counts = [7, 3, 3, 1, 9, 2];
    const total = counts.reduce((a, b) => a + b, 0);
    roundedSharesBp(counts).forEach((bp, i) => expect(Math.abs(bp - (counts[i]! * 10_000) / total)).toBeLessThanOrEqual(0.5));
  });
});

describe('buildBalance', () => {
  function fixture() {
    const s = emptySnapshot();
    nationalGroup(s, 'a');
    nationalGroup(s, 'b');
    s.organisations.push({ id: 'nus', name: 'NUS', type: 'UNIVERSITY_HOSPITAL' }, { id: 'hc', name: 'Hälsocentral', type: 'PRIMARY_CARE' });
    s.persons.push(
      person('p1', { regionCode: '24', organisationId: 'nus', profession: 'Läkare', gender: 'FEMALE' }),
      person('p2', { regionCode: '23', organisationId: 'hc', profession: ' läkare ', gender: 'MALE' }),
      person('p3', { regionCode: null, organisationId: null, profession: ' LÄKARE ', gender: null }),
      person('p5', { regionCode: '24', profession: null }),
      person('p4', { regionCode: '14', organisationId: 'nus', profession: 'Sjuksköterska', gender: 'FEMALE' }),
    );
    s.memberships.push(
      membership('p1', 'a', { seatId: 'a:NORRA:1' }),
      membership('p1', 'b', { seatId: 'b:NORRA:1' }),
      membership('p2', 'a', { seatId: 'a:NORRA:1', endDate: '2025-12-31', status: 'ENDED' }),
      membership('p3', 'b', { seatId: 'b:NORRA:1', startDate: '2027-01-01' }),
      membership('p2', 'a', { seatId: null, role: 'CO_OPTED' }),
      membership('p4', 'a', { seatId: 'a:VASTRA:1' }),
      membership('p3', 'b', { seatId: 'b:SODRA:1' }),
      membership('p5', 'b', { seatId: 'b:MELLANSVERIGE:1', endDate: '2026-11-22' }),
    );
    return s;
  }

  it('counts the seats held today in one healthcare region, with every region of it listed', () => {
    const b = buildBalance(fixture(), today, ['NORRA']);
    expect(b).toMatchObject({ heldSeats: 2, distinctPersons: 1 });
    expect(b.byOrganisationType.map((x) => [x.key, x.count, x.shareBp])).toEqual([
      ['UNIVERSITY_HOSPITAL', 2, 10000],
      ['COUNTY_HOSPITAL', 0, 0],
      ['PRIMARY_CARE', 0, 0],
      ['MUNICIPALITY', 0, 0],
      ['OTHER', 0, 0],
      ['UNKNOWN', 0, 0],
    ]);
    expect(b.byRegion.map((x) => [x.key, x.count])).toEqual([
      ['22', 0],
      ['23', 0],
      ['24', 2],
      ['25', 0],
      ['UNKNOWN', 0],
    ]);
    expect(b.byRegion[2]!.label).toBe('Region 24');
    expect(b.byGender.map((x) => [x.key, x.count])).toEqual([
      ['FEMALE', 2],
      ['MALE', 0],
      ['OTHER', 0],
      ['UNKNOWN', 0],
    ]);
  });

  it('counts the whole country with unknowns and professions grouped case- and space-insensitively', () => {
    const b = buildBalance(fixture(), today, null);
    expect(b).toMatchObject({ heldSeats: 4, distinctPersons: 3 });
    expect(b.byOrganisationType.find((x) => x.key === 'UNIVERSITY_HOSPITAL')).toMatchObject({ count: 3, shareBp: 7500 });
    expect(b.byOrganisationType.find((x) => x.key === 'UNKNOWN')).toMatchObject({ count: 1, shareBp: 2500 });
    expect(b.byProfession.map((x) => [x.key, x.count])).toEqual([
      ['Läkare', 3],
      ['Sjuksköterska', 1],
      ['UNKNOWN', 0],
    ]);
    expect(b.byRegion.map((x) => [x.key, x.count])).toEqual([
      ['14', 1],
      ['24', 2],
      ['UNKNOWN', 1],
    ]);
    for (const dimension of [b.byOrganisationType, b.byRegion, b.byProfession, b.byGender]) {
      for (const x of dimension) expect(x.shareBp).toBe(Math.round((x.count * 10_000) / b.heldSeats));
      expect(dimension.reduce((sum, x) => sum + x.count, 0)).toBe(b.heldSeats);
    }
  });

  it('gives zero shares when no seat is held', () => {
    const b = buildBalance(fixture(), today, ['MELLANSVERIGE']);
    expect(b.heldSeats).toBe(0);
    expect(b.byGender.every((x) => x.shareBp === 0)).toBe(true);
  });
});
