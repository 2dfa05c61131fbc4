import { z } from 'zod';
import { GENDERS, HOSTING_STATUSES, MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '../domain/enums';
import { emptyInput, healthcareRegionCodeSchema } from './common';
import {
  allocationPreviewInputSchema,
  allocationPreviewSchema,
  dismissalSchema,
  ruleSettingsSchema,
  ruleSettingsUpdateSchema,
  rulesListInputSchema,
  rulesListSchema,
} from './rule-warnings';

/** The groups with one (council: two) seat per healthcare region. */
export const NATIONAL_SEAT_GROUP_TYPES = ['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'] as const;
export type NationalSeatGroupType = (typeof NATIONAL_SEAT_GROUP_TYPES)[number];

/**
 * FILLED: every seat is held. VACANT: a seat has no current holder. ENDING: a holder's term ends within
 * the configured days and no successor is planned to take over the next day. OVER_FILLED: more
 * current holders than seats for that healthcare region (e.g. an overlapping hand-over).
 */
/**
 * NO_DATA: a seat of another healthcare region this installation holds no data for (no seat of that
 * healthcare region has a holder here): not a vacancy to fill, the other region keeps that register.
 */
export const SEAT_STATUSES = ['FILLED', 'VACANT', 'ENDING', 'OVER_FILLED', 'NO_DATA'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/* ---------- vacancies ---------- */
export const vacanciesInputSchema = z.strictObject({
  /** Default: the `endingWithinDays` rule setting (90). */
  endingWithinDays: z.number().int().min(0).max(730).nullable().optional(),
  groupType: z.enum(NATIONAL_SEAT_GROUP_TYPES).nullable().optional(),
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().optional(),
  status: z.enum(SEAT_STATUSES).nullable().optional(),
});

export const seatHolderSchema = z.strictObject({
  membershipId: z.string(),
  personId: z.string(),
  personName: z.string(),
  personRegionCode: z.string().nullable(),
  role: z.enum(MEMBERSHIP_ROLES),
  seatId: z.string(),
  seatLabel: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(MEMBERSHIP_STATUSES),
});
export type SeatHolder = z.infer<typeof seatHolderSchema>;

export const vacancyCellSchema = z.strictObject({
  healthcareRegionCode: z.string(),
  status: z.enum(SEAT_STATUSES),
  seatCount: z.number().int(),
  vacantSeats: z.number().int(),
  endingSeats: z.number().int(),
  /** Current holders (active today). */
  holders: z.array(seatHolderSchema),
  /** Planned holders who start later. */
  upcoming: z.array(seatHolderSchema),
});
export type VacancyCell = z.infer<typeof vacancyCellSchema>;

export const vacancyRowSchema = z.strictObject({
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(NATIONAL_SEAT_GROUP_TYPES),
  hostHealthcareRegionCode: z.string().nullable(),
  hostingStatus: z.enum(HOSTING_STATUSES).nullable(),
  /** In `healthcareRegions` order; only the cells that match the healthcare-region and status filters. */
  cells: z.array(vacancyCellSchema),
});
export type VacancyRow = z.infer<typeof vacancyRowSchema>;

export const seatTodoSchema = z.strictObject({
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(NATIONAL_SEAT_GROUP_TYPES),
  seatId: z.string(),
  seatLabel: z.string(),
  healthcareRegionCode: z.string(),
  status: z.enum(['VACANT', 'ENDING']),
  /** The first day without a holder; null for a seat that was never held. Sorted by this (null first). */
  emptyFrom: z.string().nullable(),
  /** ENDING: days from today to the last covered day; VACANT: null. */
  daysLeft: z.number().int().nullable(),
  holders: z.array(seatHolderSchema),
  upcoming: z.array(seatHolderSchema),
});
export type SeatTodo = z.infer<typeof seatTodoSchema>;

export const expiryQuarterSchema = z.strictObject({
  /** `2027-Q1`. */
  quarter: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  expiring: z.number().int(),
  /** expiring ÷ the own seat count, in basis points (rounded down). */
  shareBp: z.number().int(),
  /** More than the configured share of the own seats expire in this quarter. */
  flagged: z.boolean(),
  terms: z.array(
    z.strictObject({
      membershipId: z.string(),
      personId: z.string(),
      personName: z.string(),
      groupId: z.string(),
      groupName: z.string(),
      seatLabel: z.string(),
      endDate: z.string(),
    }),
  ),
});
export type ExpiryQuarter = z.infer<typeof expiryQuarterSchema>;

export const vacancyViewSchema = z.strictObject({
  asOf: z.string(),
  endingWithinDays: z.number().int(),
  healthcareRegions: z.array(z.strictObject({ code: z.string(), name: z.string() })),
  /** The installation's own healthcare region(s): the owner, or the owner region's (Halland: two). */
  ownHealthcareRegionCodes: z.array(z.string()),
  /** Cells per status after the group-type and healthcare-region filters, before the status filter. */
  statusCounts: z.strictObject({
    FILLED: z.number().int(),
    VACANT: z.number().int(),
    ENDING: z.number().int(),
    OVER_FILLED: z.number().int(),
    NO_DATA: z.number().int(),
  }),
  rows: z.array(vacancyRowSchema),
  /** Seats to fill in the own healthcare region(s), most urgent first; follows only the group-type filter. */
  todo: z.array(seatTodoSchema),
  /** Term expiry of the own seats in the current and the next seven quarters; follows only the group-type filter. */
  forecast: z.strictObject({
    seatCount: z.number().int(),
    thresholdBp: z.number().int(),
    quarters: z.array(expiryQuarterSchema),
  }),
});
export type VacancyView = z.infer<typeof vacancyViewSchema>;

/* ---------- representation balance ---------- */
export const balanceInputSchema = z.strictObject({
  /** A healthcare-region code, `ALL` for the whole country; default the own healthcare region(s). */
  healthcareRegionCode: z
    .union([z.literal('ALL'), healthcareRegionCodeSchema])
    .nullable()
    .optional(),
});

export const balanceBucketSchema = z.strictObject({
  /** An enum code, a region code or a profession; `UNKNOWN` when not recorded. */
  key: z.string(),
  /** A readable name (region name, profession as written); null for enum codes the UI translates. */
  label: z.string().nullable(),
  count: z.number().int(),
  /** Share of the held seats in basis points; the buckets add up to 10 000 (largest remainder) unless there are none. */
  shareBp: z.number().int(),
});
export type BalanceBucket = z.infer<typeof balanceBucketSchema>;

export const balanceSchema = z.strictObject({
  asOf: z.string(),
  scope: z.enum(['ALL', 'HEALTHCARE_REGION']),
  healthcareRegionCodes: z.array(z.string()),
  /** Current seats held in national groups (a person with two seats counts twice). */
  heldSeats: z.number().int(),
  distinctPersons: z.number().int(),
  byOrganisationType: z.array(balanceBucketSchema),
  byRegion: z.array(balanceBucketSchema),
  byProfession: z.array(balanceBucketSchema),
  byGender: z.array(balanceBucketSchema),
});
export type Balance = z.infer<typeof balanceSchema>;
export const BALANCE_ORGANISATION_KEYS = [...ORGANISATION_TYPES, 'UNKNOWN'] as const;
export const BALANCE_GENDER_KEYS = [...GENDERS, 'UNKNOWN'] as const;

const ok = z.strictObject({ ok: z.literal(true) });

/* ---------- list exports (.xlsx) ---------- */
/** A cell: text, a number, or empty. Text is always written as text (never as a formula). */
const exportCell = z.union([z.string().max(4000), z.number().finite(), z.null()]);
export const EXPORT_COLUMN_FORMATS = ['text', 'integer', 'percent', 'date'] as const;
/**
 * A list as the user sees it (worded by the renderer in the chosen language), written as a workbook.
 * percent: a fraction (0.25 = 25 %); date: an ISO date (written as a real date).
 */
export const listExportInputSchema = z.strictObject({
  /** The file name's stem: letters, digits, space, - and _ (the date and .xlsx are added). */
  fileName: z.string().regex(/^[\p{L}\p{N} _-]{1,80}$/u),
  sheetName: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^\\/?*[\]:]+$/),
  columns: z
    .array(z.strictObject({ header: z.string().min(1).max(200), format: z.enum(EXPORT_COLUMN_FORMATS) }))
    .min(1)
    .max(40),
  rows: z.array(z.array(exportCell).max(40)).max(200_000),
});
export type ListExportInput = z.infer<typeof listExportInputSchema>;
export const listExportOutputSchema = z.strictObject({ fileName: z.string(), contentBase64: z.string() });

export const registerInsightChannels = {
  'vacancies:get': { input: vacanciesInputSchema, output: vacancyViewSchema },
  'balance:get': { input: balanceInputSchema, output: balanceSchema },
  'rules:list': { input: rulesListInputSchema, output: rulesListSchema },
  'rules:dismiss': { input: dismissalSchema, output: ok },
  'rules:undismiss': { input: dismissalSchema, output: ok },
  'rules:settings-get': { input: emptyInput, output: ruleSettingsSchema },
  'rules:settings-update': { input: ruleSettingsUpdateSchema, output: ruleSettingsSchema },
  'lists:export-xlsx': { input: listExportInputSchema, output: listExportOutputSchema },
  'rules:preview-allocation': { input: allocationPreviewInputSchema, output: allocationPreviewSchema },
} as const;
