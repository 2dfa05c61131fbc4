/**
 * One person's time is paid once. A hosting staffs roles of its group (typically the process leader)
 * as cost items that all regions of the key share. A representative who holds the same role in the
 * same group (e.g. the process leader, who is also a member of the NPO with an allocation) is that
 * staffed time: the hosting pays it, so the representative's region does not count it again in its
 * own representation cost. Ordinary members (role MEMBER) are never covered by a staffed item.
 */
import type { HostingReport, RegionReport } from '@shared/contract/cost/reports';
import type { PlanMembership } from './types';

export type PaidByHostingLine = RegionReport['paidByHosting'][number];
type StaffedRoleLine = { hostingId: string; hostHealthcareRegionCode: string; itemLabel: string };

/** Roles never covered by a hosting's staffed items. */
const NEVER_COVERED = new Set<string>(['MEMBER']);

export const roleKey = (groupId: string, role: string) => `${groupId}\u0000${role}`;

/** The staffed roles the counted hostings of a year pay, by group and role (the first item of each). */
export function staffedRolesByGroup(hostings: readonly HostingReport[]): Map<string, StaffedRoleLine> {
  const roles = new Map<string, StaffedRoleLine>();
  for (const h of hostings) {
    for (const line of h.lines) {
      if (line.trace.kind !== 'STAFFED_ROLE' || line.costOre === 0 || NEVER_COVERED.has(line.trace.role)) continue;
      const key = roleKey(h.groupId, line.trace.role);
      if (!roles.has(key))
        roles.set(key, { hostingId: h.hostingId, hostHealthcareRegionCode: h.hostHealthcareRegionCode, itemLabel: line.label });
    }
  }
  return roles;
}

/** The hosting line that already pays this membership's time, or null when the region pays it. */
export function paidByHosting(m: PlanMembership, roles: ReadonlyMap<string, StaffedRoleLine>): PaidByHostingLine | null {
  const line = roles.get(roleKey(m.groupId, m.role));
  if (!line) return null;
  return {
    membershipId: m.id,
    personId: m.personId,
    personName: m.personName,
    groupName: m.groupName,
    role: m.role,
    allocationBp: m.allocationBp,
    ...line,
  };
}
