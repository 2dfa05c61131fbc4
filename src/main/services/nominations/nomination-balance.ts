/** The balance while choosing a nominee (`nominations:balance`): the group today and with each candidate in it. */
import type { CandidateView, NominationBalance } from '@shared/contract/nominations';
import { isOpenCandidate } from '@shared/domain/nominations';
import { nominationBalance, type BalanceMember, type Composer } from '@shared/domain/nomination-balance';
import { isoDay } from '@shared/calendar';
import { isActiveOn } from '../../domain/register-rules';
import { byId, healthcareRegionsOf, type RegisterSnapshot } from '../../domain/register-snapshot';
import type { ServiceContext } from '../../lib/context';
import { loadRegisterSnapshot } from '../../repositories/register-snapshot';
import { readDetail } from './common';

/** A seat's healthcare region; else the region's, when it belongs to exactly one (Halland belongs to two). */
function healthcareRegionOf(snapshot: RegisterSnapshot, seatRegion: string | null, regionCode: string | null): string | null {
  if (seatRegion !== null) return seatRegion;
  const codes = regionCode === null ? [] : healthcareRegionsOf(regionCode, snapshot.healthcareRegionMembers);
  return codes.length === 1 ? (codes[0] ?? null) : null;
}

function groupMembers(snapshot: RegisterSnapshot, groupId: string, today: string): BalanceMember[] {
  const persons = byId(snapshot.persons);
  const organisations = byId(snapshot.organisations);
  const seats = byId(snapshot.seats);
  return snapshot.memberships.flatMap((m) => {
    const person = persons.get(m.personId);
    if (m.groupId !== groupId || !isActiveOn(m, today) || !person) return [];
    const seatRegion = (m.seatId && seats.get(m.seatId)?.healthcareRegionCode) || null;
    return [
      {
        membershipId: m.id,
        gender: person.gender,
        profession: person.profession,
        organisationType: (person.organisationId && organisations.get(person.organisationId)?.type) || null,
        regionCode: person.regionCode,
        healthcareRegionCode: healthcareRegionOf(snapshot, seatRegion, person.regionCode),
      },
    ];
  });
}

function candidateComposer(snapshot: RegisterSnapshot, c: CandidateView, seatRegion: string | null): Composer {
  return {
    gender: c.gender,
    profession: c.profession,
    organisationType: c.organisationType,
    regionCode: c.regionCode,
    healthcareRegionCode: healthcareRegionOf(snapshot, seatRegion, c.regionCode),
  };
}

export function getNominationBalance(ctx: ServiceContext, requestId: string): NominationBalance {
  const today = isoDay(ctx.now());
  const { request, candidates: all, seatHolders } = readDetail(ctx, requestId);
  const snapshot = loadRegisterSnapshot(ctx.conn);
  const seat = request.seatId === null ? undefined : snapshot.seats.find((s) => s.id === request.seatId);
  const seatRegion = seat?.healthcareRegionCode ?? null;
  const members = groupMembers(snapshot, request.groupId, today);
  const candidates = all.filter((c) => c.status === 'DECIDED' || isOpenCandidate(c.status));
  const leaving = seatHolders.filter((m) => m.phase === 'CURRENT').map((m) => m.id);
  return nominationBalance({
    requestId,
    asOf: today,
    members,
    candidates: candidates.map((c) => ({
      candidateId: c.id,
      name: c.name,
      membershipId: c.membershipId,
      ...candidateComposer(snapshot, c, seatRegion),
    })),
    leavingMembershipIds: leaving,
    regionNames: new Map(snapshot.regions.map((r) => [r.code, r.name])),
    healthcareRegionNames: new Map(snapshot.healthcareRegions.map((h) => [h.code, h.name])),
  });
}
