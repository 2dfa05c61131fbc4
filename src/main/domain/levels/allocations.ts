/**
 * The expected allocation of a team member by activity level and role. Built-in defaults for MEMBER;
 * every other role follows MEMBER's value (configured or default) unless configured itself. Nothing is
 * seeded into the database: the configured rows override these defaults on read.
 */
import type { LevelAllocation, LevelOrNone } from '@shared/contract/planning/teams';
import { ACTIVITY_LEVELS, MEMBERSHIP_ROLES, type ActivityLevel, type MembershipRole } from '@shared/domain/enums';

export const DEFAULT_MEMBER_ALLOCATION_BP: Readonly<Record<ActivityLevel, number>> = {
  STARTUP: 1000,
  HIGH: 2000,
  MEDIUM: 1000,
  LOW: 500,
  CLOSING: 500,
  CLOSED: 0,
  DORMANT: 0,
};

export type ConfiguredAllocation = { level: ActivityLevel; role: MembershipRole; allocationBp: number };

export type ExpectedAllocation = (level: LevelOrNone, role: MembershipRole) => number;

/** The full level × role matrix, marking which values are configured. */
export function resolveLevelAllocations(configured: readonly ConfiguredAllocation[]): LevelAllocation[] {
  const stored = new Map(configured.map((c) => [`${c.level}:${c.role}`, c.allocationBp]));
  return ACTIVITY_LEVELS.flatMap((level) => {
    const member = stored.get(`${level}:MEMBER`) ?? DEFAULT_MEMBER_ALLOCATION_BP[level];
    return MEMBERSHIP_ROLES.map((role) => {
      const own = stored.get(`${level}:${role}`);
      return { level, role, allocationBp: own ?? member, configured: own !== undefined };
    });
  });
}

/** A lookup over the resolved matrix; no level in force (`NONE`) expects nothing. */
export function expectedAllocation(matrix: readonly LevelAllocation[]): ExpectedAllocation {
  const values = new Map(matrix.map((m) => [`${m.level}:${m.role}`, m.allocationBp]));
  return (level, role) => (level === 'NONE' ? 0 : (values.get(`${level}:${role}`) ?? 0));
}
