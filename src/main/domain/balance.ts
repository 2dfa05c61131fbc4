/** Pure: who holds the national seats, by organisation type, region, profession and gender. */
import { BALANCE_GENDER_KEYS, BALANCE_ORGANISATION_KEYS, type BalanceBucket } from '@shared/contract/register-insights';
import { codeBuckets, fixedBuckets, professionBuckets, withShares } from '@shared/domain/balance-buckets';
import { isActiveOn } from './register-rules';
import { byId, type RegisterSnapshot } from './register-snapshot';
import { nationalSeatGroups } from './vacancies';

export { roundedSharesBp, UNKNOWN } from '@shared/domain/balance-buckets';

export type BalanceCounts = {
  heldSeats: number;
  distinctPersons: number;
  byOrganisationType: BalanceBucket[];
  byRegion: BalanceBucket[];
  byProfession: BalanceBucket[];
  byGender: BalanceBucket[];
};

/** Counts the seats held today in national groups, for the given healthcare regions or (null) all of them. */
export function buildBalance(snapshot: RegisterSnapshot, today: string, scope: readonly string[] | null): BalanceCounts {
  const groupIds = new Set(nationalSeatGroups(snapshot, null).map((g) => g.id));
  const seats = byId(
    snapshot.seats.filter(
      (s) => groupIds.has(s.groupId) && s.healthcareRegionCode !== null && (scope === null || scope.includes(s.healthcareRegionCode)),
    ),
  );
  const persons = byId(snapshot.persons);
  const held = snapshot.memberships.filter((m) => m.seatId !== null && seats.has(m.seatId) && isActiveOn(m, today));
  const holders = held.flatMap((m) => persons.get(m.personId) ?? []);
  const organisations = byId(snapshot.organisations);
  const memberRegions =
    scope === null ? [] : snapshot.healthcareRegionMembers.filter((m) => scope.includes(m.healthcareRegionCode)).map((m) => m.regionCode);
  return {
    heldSeats: holders.length,
    distinctPersons: new Set(holders.map((p) => p.id)).size,
    byOrganisationType: withShares(
      fixedBuckets(holders, BALANCE_ORGANISATION_KEYS, (p) => (p.organisationId && organisations.get(p.organisationId)?.type) || null),
    ),
    byRegion: withShares(
      codeBuckets(
        holders.map((p) => p.regionCode),
        memberRegions,
        new Map(snapshot.regions.map((r) => [r.code, r.name])),
      ),
    ),
    byProfession: withShares(professionBuckets(holders.map((p) => p.profession))),
    byGender: withShares(fixedBuckets(holders, BALANCE_GENDER_KEYS, (p) => p.gender)),
  };
}
