import { z } from 'zod';
import { ACTIVITY_LEVELS, GROUP_TYPES, MEMBERSHIP_ROLES } from '../../domain/enums';
import { isoDate, regionCodeSchema, uuidSchema, yearSchema } from '../common';
import { monthColumnSchema, monthSchema } from './capacity';

const version = z.number().int().min(1);
const levelOrNone = z.enum([...ACTIVITY_LEVELS, 'NONE']);
export type LevelOrNone = z.infer<typeof levelOrNone>;

/**
 * Teams are the RPT groups plus any other group that has at least one activity-level event; with a
 * `groupType` filter, every group of that type.
 */
export const teamsListInputSchema = z.strictObject({
  groupType: z.enum(GROUP_TYPES).nullable().default(null),
  regionCode: regionCodeSchema.nullable().default(null),
  /** The day whose level is `levelNow`; default today. */
  asOf: isoDate.nullable().default(null),
});

/** A dated level event. The level in force on a day is the latest live event with effectiveDate <= day. */
export const levelEventSchema = z.strictObject({
  id: z.string(),
  level: z.enum(ACTIVITY_LEVELS),
  effectiveDate: z.string(),
  note: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
  isExample: z.boolean(),
});
export type LevelEvent = z.infer<typeof levelEventSchema>;

export const teamSchema = z.strictObject({
  groupId: z.string(),
  name: z.string(),
  type: z.enum(GROUP_TYPES),
  regionCode: z.string().nullable(),
  parentGroupName: z.string().nullable(),
  owner: z.string(),
  /** false when the group belongs to another owner: its levels are then read-only here. */
  canSetLevel: z.boolean(),
  asOf: z.string(),
  levelNow: z.enum(ACTIVITY_LEVELS).nullable(),
  levelSince: z.string().nullable(),
  activeMembers: z.number().int(),
  /** Oldest first. */
  history: z.array(levelEventSchema),
});
export type Team = z.infer<typeof teamSchema>;

export const setLevelInputSchema = z.strictObject({
  groupId: uuidSchema,
  level: z.enum(ACTIVITY_LEVELS),
  effectiveDate: isoDate,
  note: z.string().trim().max(2000).nullable().default(null),
});
export const deleteLevelInputSchema = z.strictObject({ id: uuidSchema, version });
/** A level event corrected in place: its level, date or note, at the version the user saw. */
export const updateLevelInputSchema = z.strictObject({
  id: uuidSchema,
  version,
  level: z.enum(ACTIVITY_LEVELS),
  effectiveDate: isoDate,
  note: z.string().trim().max(2000).nullable().default(null),
});

/**
 * The board of a year. Every team carries its level at the start of the year, at its end, the level
 * with most days in the year (ties: the one in force later) and its days per level; `basis` chooses
 * which of the first two places it in a column (default the level with most days).
 */
export const boardInputSchema = z.strictObject({
  year: yearSchema,
  basis: z.enum(['PREDOMINANT', 'YEAR_START']).default('PREDOMINANT'),
  groupType: z.enum(GROUP_TYPES).nullable().default(null),
  regionCode: regionCodeSchema.nullable().default(null),
});

export const boardTeamSchema = z.strictObject({
  groupId: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  levelAtYearStart: levelOrNone,
  levelAtYearEnd: levelOrNone,
  predominantLevel: levelOrNone,
  daysByLevel: z.array(z.strictObject({ level: levelOrNone, days: z.number().int() })),
  /** Average over the year, 3 decimals (planned: what the level implies for the members' roles). */
  plannedFte: z.number(),
  actualFte: z.number(),
});
export type BoardTeam = z.infer<typeof boardTeamSchema>;

export const boardSchema = z.strictObject({
  year: z.number().int(),
  basis: z.enum(['PREDOMINANT', 'YEAR_START']),
  /** STARTUP, HIGH, MEDIUM, LOW, CLOSING, CLOSED, DORMANT, NONE (no level set). */
  columns: z.array(z.strictObject({ level: levelOrNone, teams: z.array(boardTeamSchema), plannedFte: z.number() })),
  plannedFte: z.number(),
  actualFte: z.number(),
});
export type Board = z.infer<typeof boardSchema>;

/* ---------- expected allocation per level and role ---------- */
export const levelAllocationSchema = z.strictObject({
  level: z.enum(ACTIVITY_LEVELS),
  role: z.enum(MEMBERSHIP_ROLES),
  allocationBp: z.number().int(),
  /** false: the built-in default (roles other than MEMBER follow MEMBER's value). */
  configured: z.boolean(),
});
export type LevelAllocation = z.infer<typeof levelAllocationSchema>;
export const levelAllocationSetSchema = z.strictObject({
  level: z.enum(ACTIVITY_LEVELS),
  role: z.enum(MEMBERSHIP_ROLES),
  /** null: remove the configured value, back to the default. */
  allocationBp: z.number().int().min(0).max(10000).nullable(),
});

/* ---------- planned time ---------- */
export const plannedTimeInputSchema = z.strictObject({
  from: monthSchema,
  monthCount: z.number().int().min(1).max(36).default(12),
  groupId: uuidSchema.nullable().default(null),
  regionCode: regionCodeSchema.nullable().default(null),
});

const monthTimeSchema = z.strictObject({
  month: z.string(),
  /** Days per level in force in the month (a mid-month change splits it). */
  levels: z.array(z.strictObject({ level: levelOrNone, days: z.number().int() })),
  plannedBpDays: z.number().int(),
  actualBpDays: z.number().int(),
  plannedFte: z.number(),
  actualFte: z.number(),
});

export const memberTimeSchema = z.strictObject({
  membershipId: z.string(),
  personId: z.string(),
  personName: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  allocationBp: z.number().int(),
  /** What the level in force on `asOf` implies for the role; null when not a member that day. */
  expectedBpNow: z.number().int().nullable(),
  activeDays: z.number().int(),
  plannedBpDays: z.number().int(),
  actualBpDays: z.number().int(),
  /**
   * Allocation − what the level in force implies for the role, on `asOf` when the member sits then,
   * else on the nearest day of the member's period in the window: positive = more time than planned.
   */
  differenceBp: z.number(),
  deviates: z.boolean(),
});
export type MemberTime = z.infer<typeof memberTimeSchema>;

export const teamTimeSchema = z.strictObject({
  groupId: z.string(),
  name: z.string(),
  regionCode: z.string().nullable(),
  months: z.array(monthTimeSchema),
  plannedFte: z.number(),
  actualFte: z.number(),
  /** actual − planned over the window, in basis-point-days. */
  differenceBpDays: z.number().int(),
  members: z.array(memberTimeSchema),
});
export type TeamTime = z.infer<typeof teamTimeSchema>;

export const plannedTimeSchema = z.strictObject({
  asOf: z.string(),
  months: z.array(monthColumnSchema),
  teams: z.array(teamTimeSchema),
  regions: z.array(
    z.strictObject({
      regionCode: z.string().nullable(),
      regionName: z.string().nullable(),
      months: z.array(monthTimeSchema.omit({ levels: true })),
      plannedFte: z.number(),
      actualFte: z.number(),
    }),
  ),
  /** Members whose time differs from what the level implies, largest difference first. */
  deviations: z.array(memberTimeSchema.extend({ groupId: z.string(), groupName: z.string() })),
});
export type PlannedTime = z.infer<typeof plannedTimeSchema>;
