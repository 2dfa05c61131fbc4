/** SEAT_OTHER_HEALTHCARE_REGION: a healthcare region's seat held by someone from a region outside it. */
import type { WarningOf } from '@shared/contract/rule-warnings';
import { membershipPhase } from '../register-rules';
import { byId, healthcareRegionsOf, type RegisterSnapshot } from '../register-snapshot';
import { firstMonthOf, type Horizon } from './horizon';

/**
 * Current holders, and holders planned to start within the horizon, whose region does not belong to the seat's healthcare region. A
 * region in two healthcare regions (Halland: SODRA and VASTRA) may hold a seat of either. A person
 * without a region is not judged.
 */
export function seatOtherHealthcareRegion(snapshot: RegisterSnapshot, horizon: Horizon): WarningOf<'SEAT_OTHER_HEALTHCARE_REGION'>[] {
  const seats = byId(snapshot.seats);
  const persons = byId(snapshot.persons);
  const groups = byId(snapshot.groups);
  return snapshot.memberships.flatMap((m) => {
    const seatRegion = m.seatId === null ? null : (seats.get(m.seatId)?.healthcareRegionCode ?? null);
    const person = persons.get(m.personId);
    if (seatRegion === null || !person || person.regionCode === null || membershipPhase(m, horizon.today) === 'PAST') return [];
    if (m.startDate > horizon.lastDay) return [];
    const personRegions = healthcareRegionsOf(person.regionCode, snapshot.healthcareRegionMembers);
    if (personRegions.includes(seatRegion)) return [];
    const warning: WarningOf<'SEAT_OTHER_HEALTHCARE_REGION'> = {
      code: 'SEAT_OTHER_HEALTHCARE_REGION',
      key: `SEAT_OTHER_HEALTHCARE_REGION:${m.id}`,
      severity: 'WARNING',
      dismissal: null,
      personIds: [person.id],
      groupIds: [m.groupId],
      membershipIds: [m.id],
      firstMonth: firstMonthOf(m.startDate, horizon),
      params: {
        personId: person.id,
        personName: person.name,
        personRegionCode: person.regionCode,
        personHealthcareRegionCodes: personRegions,
        groupId: m.groupId,
        groupName: groups.get(m.groupId)?.name ?? '',
        membershipId: m.id,
        seatHealthcareRegionCode: seatRegion,
      },
    };
    return [warning];
  });
}
