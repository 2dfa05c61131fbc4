import { z } from 'zod';
import { GROUP_TYPES } from '../domain/enums';
import { isoDate, uuidSchema } from './common';

/** The rules that check the register. Codes are English; the UI translates them with the params. */
export const RULE_CODES = [
  'CHAIR_OVER_3_YEARS',
  'SEAT_OTHER_HEALTHCARE_REGION',
  'SEAT_DOUBLE_BOOKED',
  'GROUP_WITHOUT_CHAIR',
  'GROUP_WITHOUT_PROCESS_LEADER',
  'PERSON_OVER_ALLOCATED',
  'POSSIBLE_DUPLICATE_PERSON',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** Rules whose findings the user may dismiss ("not the same person"); the decision is stored. */
export const DISMISSIBLE_RULES = ['POSSIBLE_DUPLICATE_PERSON'] as const;
export type DismissibleRule = (typeof DISMISSIBLE_RULES)[number];

export const WARNING_SEVERITIES = ['WARNING', 'INFO'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

export const DUPLICATE_REASONS = ['EMAIL', 'NAME_AND_ORGANISATION'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

const uuidPair = /^[0-9a-f-]{36}\|[0-9a-f-]{36}$/i;
export const dismissalSchema = z.strictObject({
  rule: z.enum(DISMISSIBLE_RULES),
  /** For a duplicate pair: the two person ids joined by `|` (any order; stored sorted). */
  key: z.string().regex(uuidPair, 'a key is two person ids joined by |'),
});
export type Dismissal = z.infer<typeof dismissalSchema>;

/** What every warning carries: where it applies, so the person and group pages can show it. */
const base = {
  /** Stable identity of this finding (for lists and links). */
  key: z.string(),
  severity: z.enum(WARNING_SEVERITIES),
  /** Non-null when the user may dismiss it: pass it to `rules:dismiss` as is. */
  dismissal: dismissalSchema.nullable(),
  personIds: z.array(z.string()),
  groupIds: z.array(z.string()),
  membershipIds: z.array(z.string()),
  /** The month (`YYYY-MM`) the finding begins: the current month, or a later one within the horizon. */
  firstMonth: z.string().regex(/^\d{4}-\d{2}$/),
};

const chairParams = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  maxYears: z.number().int(),
  /** First day of the continuous chair period (consecutive or overlapping chair memberships). */
  chairSince: z.string(),
  /** Planned last day, or null when open-ended. */
  chairUntil: z.string().nullable(),
  /** The last day within the limit; the first day over it is the day after. */
  lastAllowedDay: z.string(),
  /** True when the limit is already passed today; false when only the planned end passes it. */
  alreadyExceeded: z.boolean(),
  /** The first day over the limit (the day after `lastAllowedDay`). */
  exceedsOn: z.string(),
});

const seatRegionParams = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  personRegionCode: z.string(),
  /** The healthcare regions the person's region belongs to (Halland: SODRA and VASTRA). */
  personHealthcareRegionCodes: z.array(z.string()),
  groupId: z.string(),
  groupName: z.string(),
  membershipId: z.string(),
  seatHealthcareRegionCode: z.string(),
});

const doubleBookedParams = z.strictObject({
  groupId: z.string(),
  groupName: z.string(),
  /** The seat as the register names it ("NORRA", "NORRA 2", "3"). */
  seatLabel: z.string(),
  personId: z.string(),
  personName: z.string(),
  otherPersonId: z.string(),
  otherPersonName: z.string(),
  /** The first shared day (never before today) and the last one, or null when both are open-ended. */
  from: z.string(),
  until: z.string().nullable(),
});

const groupParams = z.strictObject({
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  /** Members on `from`. */
  currentMembers: z.number().int(),
  /** The first day within the horizon the group has members and no one in the role (today when it lacks one now). */
  from: z.string(),
});

const allocationParams = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  /** The load of the first month over the threshold (today's sum when the person is over it today). */
  allocationBp: z.number().int(),
  thresholdBp: z.number().int(),
  /** Memberships behind that load. */
  currentMemberships: z.number().int(),
});

const duplicateParams = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  otherPersonId: z.string(),
  otherPersonName: z.string(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  email: z.string().nullable(),
  organisationName: z.string().nullable(),
});

export const ruleWarningSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('CHAIR_OVER_3_YEARS'), ...base, params: chairParams }),
  z.strictObject({ code: z.literal('SEAT_OTHER_HEALTHCARE_REGION'), ...base, params: seatRegionParams }),
  z.strictObject({ code: z.literal('SEAT_DOUBLE_BOOKED'), ...base, params: doubleBookedParams }),
  z.strictObject({ code: z.literal('GROUP_WITHOUT_CHAIR'), ...base, params: groupParams }),
  z.strictObject({ code: z.literal('GROUP_WITHOUT_PROCESS_LEADER'), ...base, params: groupParams }),
  z.strictObject({ code: z.literal('PERSON_OVER_ALLOCATED'), ...base, params: allocationParams }),
  z.strictObject({ code: z.literal('POSSIBLE_DUPLICATE_PERSON'), ...base, params: duplicateParams }),
]);
export type RuleWarning = z.infer<typeof ruleWarningSchema>;
export type WarningOf<C extends RuleCode> = Extract<RuleWarning, { code: C }>;

/** Where the group-leadership rules look among national groups: hosted by the own healthcare region, or all. */
export const LEADERSHIP_SCOPES = ['HOSTED', 'ALL'] as const;

export const MAX_HORIZON_MONTHS = 120;

export const ruleSettingsSchema = z.strictObject({
  /** A seat is ENDING when its cover ends within this many days. */
  endingWithinDays: z.number().int().min(0).max(730),
  /** PERSON_OVER_ALLOCATED when the sum of current allocations is above this (5000 = 50 %). */
  overAllocationThresholdBp: z.number().int().min(0).max(100_000),
  /** A forecast quarter is flagged when more than this share of the own seats expire in it (2500 = 25 %). */
  expiryShareThresholdBp: z.number().int().min(0).max(10_000),
  /** CHAIR_OVER_3_YEARS: longest continuous chair period in years. */
  chairMaxYears: z.number().int().min(1).max(20),
  leadershipScope: z.enum(LEADERSHIP_SCOPES),
  /** How many months, from the current one, the rules look ahead. */
  horizonMonths: z.number().int().min(1).max(MAX_HORIZON_MONTHS),
});
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export const ruleSettingsUpdateSchema = ruleSettingsSchema.partial();

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  endingWithinDays: 90,
  overAllocationThresholdBp: 5000,
  expiryShareThresholdBp: 2500,
  chairMaxYears: 3,
  leadershipScope: 'HOSTED',
  horizonMonths: 24,
};

export const rulesListInputSchema = z.strictObject({
  /** Only the warnings that apply to this person (person page). */
  personId: z.uuid().nullable().optional(),
  /** Only the warnings that apply to this group (group page). */
  groupId: z.uuid().nullable().optional(),
  /** Looks this many months ahead instead of the stored setting. */
  horizonMonths: z.number().int().min(1).max(MAX_HORIZON_MONTHS).optional(),
});

export const rulesListSchema = z.strictObject({
  asOf: z.string(),
  /** The months looked at, from the month of `asOf`. */
  horizonMonths: z.number().int(),
  warnings: z.array(ruleWarningSchema),
  /** Findings hidden because the user dismissed them. */
  dismissedCount: z.number().int(),
});
export type RulesList = z.infer<typeof rulesListSchema>;

/** An assignment not yet saved: would it make the person over-allocated within the horizon? */
export const allocationPreviewInputSchema = z.strictObject({
  personId: uuidSchema,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  allocationBp: z.number().int().min(0).max(10_000),
});
export const allocationPreviewSchema = z.strictObject({
  /** The PERSON_OVER_ALLOCATED warning the assignment would bring (its first month), or null. */
  warning: ruleWarningSchema.nullable(),
});
export type AllocationPreview = z.infer<typeof allocationPreviewSchema>;
