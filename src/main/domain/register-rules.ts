/** Pure rules of the register: membership phases, allocation sums, seat plans, group hierarchy. */
import type { ErrorDetail } from '@shared/contract/errors';
import type { GroupLevel, GroupType } from '@shared/domain/enums';

export type Phase = 'PAST' | 'CURRENT' | 'PLANNED';

export type DatedMembership = { startDate: string; endDate: string | null; status: string };

export function membershipPhase(m: DatedMembership, today: string): Phase {
  if (m.startDate > today) return 'PLANNED';
  if (m.endDate !== null && m.endDate < today) return 'PAST';
  if (m.status === 'ENDED' && (m.endDate === null || m.endDate < today)) return 'PAST';
  return 'CURRENT';
}

/** A membership counts towards a person's time when it is not ended and covers the day. */
export function isActiveOn(m: DatedMembership, day: string): boolean {
  if (m.startDate > day) return false;
  if (m.endDate !== null && m.endDate < day) return false;
  return m.status !== 'ENDED' || (m.endDate !== null && m.endDate >= day);
}

export function allocationOn(memberships: readonly (DatedMembership & { allocationBp: number })[], day: string): number {
  return memberships.filter((m) => isActiveOn(m, day)).reduce((sum, m) => sum + m.allocationBp, 0);
}

export type SeatSlot = { healthcareRegionCode: string | null; regionCode: string | null; ordinal: number };

/**
 * Seats follow the group type: NPO, NSG and NAG one per healthcare region, the primary-care council
 * two per healthcare region; other groups as many as configured. Co-opted members sit outside seats.
 */
export function seatPlan(type: GroupType, seatCount: number | null, healthcareRegions: readonly string[]): SeatSlot[] {
  const perHealthcareRegion = type === 'PRIMARY_CARE_COUNCIL' ? 2 : type === 'NPO' || type === 'NSG' || type === 'NAG' ? 1 : 0;
  if (perHealthcareRegion > 0) {
    return healthcareRegions.flatMap((hr) =>
      Array.from({ length: perHealthcareRegion }, (_, i) => ({ healthcareRegionCode: hr, regionCode: null, ordinal: i + 1 })),
    );
  }
  return Array.from({ length: seatCount ?? 0 }, (_, i) => ({ healthcareRegionCode: null, regionCode: null, ordinal: i + 1 }));
}

export function seatsPerHealthcareRegion(type: GroupType): number | null {
  if (type === 'PRIMARY_CARE_COUNCIL') return 2;
  return type === 'NPO' || type === 'NSG' || type === 'NAG' ? 1 : null;
}

const ALLOWED_PARENTS: Partial<Record<GroupType, GroupType[]>> = {
  NAG: ['NPO'],
  RPT: ['RPO', 'SOR'],
};

/** Returns why a group's type, level and parent do not fit together (a worded key), or null when they do. */
export function hierarchyProblem(type: GroupType, level: GroupLevel, parentType: GroupType | null): ErrorDetail | null {
  const national: GroupType[] = ['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'];
  if (national.includes(type) && level !== 'NATIONAL') return { key: 'groupRule.national', params: { type } };
  if ((type === 'RPO' || type === 'RPT' || type === 'SOR') && level === 'NATIONAL')
    return { key: 'groupRule.notNational', params: { type } };
  if (parentType === null) return null;
  const allowed = ALLOWED_PARENTS[type];
  if (!allowed) return { key: 'groupRule.noParent', params: { type, parent: parentType } };
  if (!allowed.includes(parentType))
    return { key: 'groupRule.parentNotAllowed', params: { type, parent: parentType, allowed: allowed.join(', ') } };
  return null;
}

/** How a seat is named: its place ("NORRA"), with its ordinal when a place has more than one seat. */
export function seatLabel(
  seat: { healthcare_region_code: string | null; region_code: string | null; ordinal: number } | null,
  perRegion: number | null,
): string | null {
  if (!seat) return null;
  const place = seat.healthcare_region_code ?? seat.region_code;
  if (place === null) return String(seat.ordinal);
  return perRegion !== null && perRegion > 1 ? `${place} ${seat.ordinal}` : place;
}
