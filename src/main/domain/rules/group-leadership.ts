/**
 * GROUP_WITHOUT_CHAIR and GROUP_WITHOUT_PROCESS_LEADER: a group with members but no one leading it,
 * today or from a later day within the horizon (a chair who ends without a successor).
 */
import type { WarningOf } from '@shared/contract/rule-warnings';
import type { GroupType, MembershipRole } from '@shared/domain/enums';
import { isActiveOn } from '../register-rules';
import type { RegisterSnapshot, SnapshotGroup, SnapshotMembership } from '../register-snapshot';
import { changeDays, firstMonthOf, type Horizon } from './horizon';

export type LeadershipScope = {
  /** The installation's owner code: its own regional groups (RPO, RPT, SOR) are checked. */
  ownerCode: string | null;
  ownHealthcareRegionCodes: readonly string[];
  /** HOSTED: only national groups the own healthcare region actively hosts; ALL: every national group. */
  national: 'HOSTED' | 'ALL';
};

const NATIONAL_TYPES: readonly GroupType[] = ['NPO', 'NSG', 'PRIMARY_CARE_COUNCIL'];
const REGIONAL_TYPES: readonly GroupType[] = ['RPO', 'RPT', 'SOR'];

export function leadershipChecked(group: SnapshotGroup, scope: LeadershipScope): boolean {
  if (group.level === 'NATIONAL' && NATIONAL_TYPES.includes(group.type)) {
    if (scope.national === 'ALL') return true;
    const host = group.hostHealthcareRegionCode;
    return host !== null && group.hostingStatus !== 'DORMANT' && scope.ownHealthcareRegionCodes.includes(host);
  }
  return REGIONAL_TYPES.includes(group.type) && scope.ownerCode !== null && group.owner === scope.ownerCode;
}

type LeadershipWarning = WarningOf<'GROUP_WITHOUT_CHAIR'> | WarningOf<'GROUP_WITHOUT_PROCESS_LEADER'>;

function missing(
  code: LeadershipWarning['code'],
  group: SnapshotGroup,
  from: string,
  members: number,
  horizon: Horizon,
): LeadershipWarning {
  return {
    code,
    key: `${code}:${group.id}`,
    severity: code === 'GROUP_WITHOUT_CHAIR' ? 'WARNING' : 'INFO',
    dismissal: null,
    personIds: [],
    groupIds: [group.id],
    membershipIds: [],
    firstMonth: firstMonthOf(from, horizon),
    params: { groupId: group.id, groupName: group.name, groupType: group.type, currentMembers: members, from },
  };
}

/** The first day (today or a day the membership changes, within the horizon) with members and no one in `role`. */
function firstDayWithout(memberships: readonly SnapshotMembership[], role: MembershipRole, days: readonly string[]) {
  for (const day of days) {
    const active = memberships.filter((m) => isActiveOn(m, day));
    if (active.length > 0 && !active.some((m) => m.role === role)) return { day, members: active.length };
  }
  return null;
}

const ROLE_OF: Record<LeadershipWarning['code'], MembershipRole> = {
  GROUP_WITHOUT_CHAIR: 'CHAIR',
  GROUP_WITHOUT_PROCESS_LEADER: 'PROCESS_LEADER',
};

/** Checked groups that have members and no chair / process leader on some day from today to the end of the horizon. */
export function groupsWithoutLeaders(snapshot: RegisterSnapshot, horizon: Horizon, scope: LeadershipScope): LeadershipWarning[] {
  const byGroup = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) byGroup.set(m.groupId, [...(byGroup.get(m.groupId) ?? []), m]);
  return snapshot.groups.flatMap((group) => {
    const memberships = byGroup.get(group.id) ?? [];
    if (memberships.length === 0 || !leadershipChecked(group, scope)) return [];
    const days = changeDays(memberships, horizon);
    return (Object.keys(ROLE_OF) as LeadershipWarning['code'][]).flatMap((code) => {
      const found = firstDayWithout(memberships, ROLE_OF[code], days);
      return found === null ? [] : [missing(code, group, found.day, found.members, horizon)];
    });
  });
}
