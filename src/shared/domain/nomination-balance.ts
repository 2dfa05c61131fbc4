/**
 * Pure: the balance while choosing a nominee — a group's current composition and, for each candidate,
 * the composition if they joined (and, for a seat request, the seat's holder left). Counted with Balans's
 * buckets (balance-buckets.ts): one membership counts once, unknown values in their own UNKNOWN bucket.
 */
import type { NominationBalance } from '../contract/nominations';
import { BALANCE_GENDER_KEYS, BALANCE_ORGANISATION_KEYS } from '../contract/register-insights';
import type { Gender, OrganisationType } from './enums';
import { codeBuckets, fixedBuckets, professionBuckets, withShares } from './balance-buckets';

/** What the balance counts of one member or candidate. */
export type Composer = {
  gender: Gender | null;
  profession: string | null;
  organisationType: OrganisationType | null;
  regionCode: string | null;
  healthcareRegionCode: string | null;
};
export type BalanceMember = Composer & { membershipId: string };
export type BalanceCandidate = Composer & {
  candidateId: string;
  name: string;
  /** A decided candidate's assignment: already counted when it is among the members. */
  membershipId: string | null;
};

export type NominationBalanceInput = {
  requestId: string;
  asOf: string;
  /** The group's memberships active on `asOf` (held seats and co-opted). */
  members: readonly BalanceMember[];
  /** The open or decided candidates, in the order to show. */
  candidates: readonly BalanceCandidate[];
  /** For a seat request: the seat's current holders, who leave when a candidate takes the seat. */
  leavingMembershipIds: readonly string[];
  regionNames: ReadonlyMap<string, string>;
  /** Every healthcare region, shown even when nobody comes from it (each must be represented). */
  healthcareRegionNames: ReadonlyMap<string, string>;
};

type Measures = Omit<NominationBalance['current'], 'members'>;

export function compositionOf(
  people: readonly Composer[],
  input: Pick<NominationBalanceInput, 'regionNames' | 'healthcareRegionNames'>,
): Measures {
  return {
    byGender: withShares(fixedBuckets(people, BALANCE_GENDER_KEYS, (p) => p.gender)),
    byProfession: withShares(professionBuckets(people.map((p) => p.profession))),
    byOrganisationType: withShares(fixedBuckets(people, BALANCE_ORGANISATION_KEYS, (p) => p.organisationType)),
    byRegion: withShares(
      codeBuckets(
        people.map((p) => p.regionCode),
        [],
        input.regionNames,
      ),
    ),
    byHealthcareRegion: withShares(
      codeBuckets(
        people.map((p) => p.healthcareRegionCode),
        [...input.healthcareRegionNames.keys()],
        input.healthcareRegionNames,
      ),
    ),
  };
}

/** The group with the candidate in it: the leaving holders out, the candidate in (once, if not already a member). */
export function membersWith(input: NominationBalanceInput, candidate: BalanceCandidate): Composer[] {
  const leaving = new Set(input.leavingMembershipIds);
  const alreadyIn = candidate.membershipId !== null && input.members.some((m) => m.membershipId === candidate.membershipId);
  const staying = input.members.filter((m) => !leaving.has(m.membershipId) || m.membershipId === candidate.membershipId);
  return alreadyIn ? staying : [...staying, candidate];
}

export function nominationBalance(input: NominationBalanceInput): NominationBalance {
  return {
    requestId: input.requestId,
    asOf: input.asOf,
    current: { members: input.members.length, ...compositionOf(input.members, input) },
    withCandidates: input.candidates.map((candidate) => {
      const people = membersWith(input, candidate);
      return { candidateId: candidate.candidateId, name: candidate.name, members: people.length, ...compositionOf(people, input) };
    }),
  };
}
