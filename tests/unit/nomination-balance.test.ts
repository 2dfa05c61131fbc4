import { describe, expect, it } from 'vitest';
import { nominationBalance, type BalanceCandidate, type BalanceMember } from '../../src/shared/domain/nomination-balance';

const regionNames = new Map([
  ['24', 'Västerbotten'],
  ['14', 'Västra Götaland'],
  ['01', 'Stockholm'],
]);
const healthcareRegionNames = new Map([
  ['NORRA', 'Norra'],
  ['VASTRA', 'Västra'],
  ['STOCKHOLM_GOTLAND', 'Stockholm-Gotland'],
]);

function member(id: string, over: Partial<BalanceMember> = {}): BalanceMember {
  return {
    membershipId: id,
    gender: 'FEMALE',
    profession: 'Läkare',
    organisationType: 'UNIVERSITY_HOSPITAL',
    regionCode: '24',
    healthcareRegionCode: 'NORRA',
    ...over,
  };
}

function candidate(id: string, over: Partial<BalanceCandidate> = {}): BalanceCandidate {
  return {
    candidateId: id,
    name: `Kandidat ${id}`,
    membershipId: null,
    gender: 'MALE',
    profession: 'sjuksköterska',
    organisationType: 'PRIMARY_CARE',
    regionCode: '14',
    healthcareRegionCode: 'VASTRA',
    ...over,
  };
}

const bucket = (list: { key: string; count: number; shareBp: number }[], key: string) => list.find((b) => b.key === key);

describe('nominationBalance', () => {
  const members = [
    member('m1'),
    member('m2', { gender: 'MALE', profession: ' läkare ' }),
    member('m3', { gender: null, profession: null, organisationType: null, regionCode: null, healthcareRegionCode: null }),
  ];
  const base = { requestId: 'r', asOf: '2026-12-06', members, regionNames, healthcareRegionNames };

  it('counts the current members with the Balans buckets: unknowns apart, professions folded, every healthcare region shown', () => {
    const result = nominationBalance({ ...base, candidates: [], leavingMembershipIds: [] });
    expect(result.current.members).toBe(3);
    expect(result.current.byGender.map((b) => [b.key, b.count, b.shareBp])).toEqual([
      ['FEMALE', 1, 3333],
      ['MALE', 1, 3333],
      ['OTHER', 0, 0],
      ['UNKNOWN', 1, 3333],
    ]);
    expect(result.current.byProfession.map((b) => [b.key, b.count])).toEqual([
      ['Läkare', 2],
      ['UNKNOWN', 1],
    ]);
    expect(result.current.byHealthcareRegion.map((b) => [b.key, b.label, b.count])).toEqual([
      ['NORRA', 'Norra', 2],
      ['STOCKHOLM_GOTLAND', 'Stockholm-Gotland', 0],
      ['VASTRA', 'Västra', 0],
      ['UNKNOWN', null, 1],
    ]);
    expect(result.current.byRegion.map((b) => [b.key, b.label, b.count])).toEqual([
      ['24', 'Västerbotten', 2],
      ['UNKNOWN', null, 1],
    ]);
    expect(result.withCandidates).toEqual([]);
  });

  it('adds each candidate on its own to the group, in the order given', () => {
    const result = nominationBalance({
      ...base,
      candidates: [candidate('c1'), candidate('c2', { gender: 'FEMALE' })],
      leavingMembershipIds: [],
    });
    const [c1, c2] = result.withCandidates;
    expect(c1?.candidateId).toBe('c1');
    expect(c1?.name).toBe('Kandidat c1');
    expect(c1?.members).toBe(4);
    expect(bucket(c1!.byGender, 'MALE')).toMatchObject({ count: 2, shareBp: 5000 });
    expect(bucket(c2!.byGender, 'MALE')).toMatchObject({ count: 1, shareBp: 2500 });
    expect(bucket(c1!.byOrganisationType, 'PRIMARY_CARE')?.count).toBe(1);
    expect(bucket(c1!.byHealthcareRegion, 'VASTRA')?.count).toBe(1);
    expect(bucket(c1!.byRegion, '14')).toMatchObject({ label: 'Västra Götaland', count: 1 });
    expect(bucket(c1!.byProfession, 'sjuksköterska')?.count).toBe(1);
    // the current composition is not changed by the candidates
    expect(result.current.members).toBe(3);
  });

  it('lets the seat holder leave when a candidate takes the seat', () => {
    const result = nominationBalance({ ...base, candidates: [candidate('c1')], leavingMembershipIds: ['m2'] });
    const c1 = result.withCandidates[0]!;
    expect(c1.members).toBe(3);
    expect(bucket(c1.byGender, 'MALE')?.count).toBe(1);
    expect(bucket(c1.byProfession, 'Läkare')?.count).toBe(1);
  });

  it('does not count a decided candidate twice once their assignment is among the members', () => {
    const decided = candidate('c1', { membershipId: 'm2', gender: 'MALE' });
    const result = nominationBalance({ ...base, candidates: [decided], leavingMembershipIds: ['m2'] });
    expect(result.withCandidates[0]?.members).toBe(3);
    const planned = candidate('c2', { membershipId: 'm9' });
    expect(nominationBalance({ ...base, candidates: [planned], leavingMembershipIds: [] }).withCandidates[0]?.members).toBe(4);
  });
});
