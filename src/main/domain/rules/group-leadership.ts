/** GROUP_WITHOUT_CHAIR and GROUP_WITHOUT_PROCESS_LEADER: a group with current members but no one leading it. */
import type { WarningOf } from '@shared/contract/rule-warnings';
import type { GroupType, MembershipRole } from '@shared/domain/enums';
import { isActiveOn } from '../register-rules';
import type { RegisterSnapshot, SnapshotGroup, SnapshotMembership } from '../register-snapshot';

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

function missing(code: LeadershipWarning['code'], group: SnapshotGroup, current: readonly SnapshotMembership[]): LeadershipWarning {
  return {
    code,
    key: `${code}:${group.id}`,
    severity: code === 'GROUP_WITHOUT_CHAIR' ? 'WARNING' : 'INFO',
    dismissal: null,
    personIds: [],
    groupIds: [group.id],
    membershipIds: [],
    params: { groupId: group.id, groupName: group.name, groupType: group.type, currentMembers: current.length },
  };
}

/** Checked groups with at least one current member and no current chair / process leader. */
export function groupsWithoutLeaders(snapshot: RegisterSnapshot, today: string, scope: LeadershipScope): LeadershipWarning[] {
  const current = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) {
    if (isActiveOn(m, today)) current.set(m.groupId, [...(current.get(m.groupId) ?? []), m]);
  }
  const has = (members: readonly SnapshotMembership[], role: MembershipRole) => members.some((m) => m.role === role);
  return snapshot.groups.flatMap((group) => {
    const members = current.get(group.id) ?? [];
    if (members.length === 0 || !leadershipChecked(group, scope)) return [];
    const warnings: LeadershipWarning[] = [];
    if (!has(members, 'CHAIR')) warnings.push(missing('GROUP_WITHOUT_CHAIR', group, members));
    if (!has(members, 'PROCESS_LEADER')) warnings.push(missing('GROUP_WITHOUT_PROCESS_LEADER', group, members));
    return warnings;
  });
}
