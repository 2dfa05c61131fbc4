import { z } from 'zod';
import { GROUP_TYPES, MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES } from '../../domain/enums';
import { healthcareRegionCodeSchema, regionCodeSchema, uuidSchema } from '../common';

/** A calendar month `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM, e.g. 2025-03');

/**
 * Exactness: a cell's load is kept as an integer of basis-point-days (Σ share in bp × days covered in
 * the month). The share of the month is `bpDays ÷ days` (exact rational); `bp` is that value rounded
 * half-up to one decimal for display, `fte` is `bpDays ÷ (days × 10 000)` rounded to three decimals.
 * Bands are decided on the exact value.
 */
export const CAPACITY_BANDS = ['NONE', 'OK', 'HIGH', 'OVER'] as const;
export type CapacityBand = (typeof CAPACITY_BANDS)[number];

/** Under `highAtBp` OK, from `highAtBp` up to and including `overAboveBp` HIGH, above `overAboveBp` OVER; 0 is NONE. */
export const capacitySettingsSchema = z
  .strictObject({
    highAtBp: z.number().int().min(1).max(100_000),
    overAboveBp: z.number().int().min(1).max(100_000),
  })
  .refine((s) => s.highAtBp <= s.overAboveBp, { message: 'highAtBp must not be above overAboveBp', path: ['highAtBp'] });
export type CapacitySettings = z.infer<typeof capacitySettingsSchema>;
export const DEFAULT_CAPACITY_SETTINGS: CapacitySettings = { highAtBp: 5000, overAboveBp: 8000 };

export const monthColumnSchema = z.strictObject({
  month: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  days: z.number().int(),
});
export type MonthColumn = z.infer<typeof monthColumnSchema>;

export const capacityGridInputSchema = z.strictObject({
  from: monthSchema,
  monthCount: z.number().int().min(12, 'perioden ska vara 12–36 månader').max(36, 'perioden ska vara 12–36 månader').default(12),
  /** The person's region. */
  regionCode: regionCodeSchema.nullable().default(null),
  /** Persons of the member regions of a healthcare region. */
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
  organisationId: uuidSchema.nullable().default(null),
  /** Persons with a membership of this group type (or in this group) overlapping the window. */
  groupType: z.enum(GROUP_TYPES).nullable().default(null),
  groupId: uuidSchema.nullable().default(null),
  /** false: cells show each selected person's whole load; true: only the memberships matching the group filters. */
  countOnlyMatching: z.boolean().default(false),
  /** Keep only persons whose peak band reaches this band. */
  minBand: z.enum(['HIGH', 'OVER']).nullable().default(null),
  sort: z.enum(['NAME', 'PEAK_DESC']).default('NAME'),
  /**
   * A column header's order, over `sort`: by name, by one month of the window (its index) or by the
   * peak, ascending or descending; equal values keep the name order (placeholder rows after the persons).
   */
  order: z
    .strictObject({ by: z.enum(['NAME', 'MONTH', 'PEAK']), month: z.number().int().min(0).max(35).default(0), descending: z.boolean() })
    .nullable()
    .default(null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(200),
  /** false: skip the totals section (e.g. when only scrolling to another page of rows). */
  withTotals: z.boolean().default(true),
});
export type CapacityGridInput = z.output<typeof capacityGridInputSchema>;

export const capacityCellSchema = z.strictObject({
  bpDays: z.number().int(),
  bp: z.number(),
  band: z.enum(CAPACITY_BANDS),
});
export type CapacityCell = z.infer<typeof capacityCellSchema>;

/**
 * A row for time planned but not given to a named person: a vacant seat of the own healthcare region
 * (SEAT) or an RPT role its activity level expects (ROLE), from `from` at `allocationBp`.
 */
export const capacityPlaceholderSchema = z.strictObject({
  kind: z.enum(['SEAT', 'ROLE']),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  seatLabel: z.string().nullable(),
  role: z.enum(MEMBERSHIP_ROLES),
  from: z.string(),
  allocationBp: z.number().int(),
});
export type CapacityPlaceholder = z.infer<typeof capacityPlaceholderSchema>;

export const capacityRowSchema = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  regionCode: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** Aligned with `months`. */
  cells: z.array(capacityCellSchema),
  peakBp: z.number(),
  peakBand: z.enum(CAPACITY_BANDS),
  /** Set on a placeholder row (`personId` is then `seat:…` or `role:…`, not a person). */
  placeholder: capacityPlaceholderSchema.nullable(),
});
export type CapacityRow = z.infer<typeof capacityRowSchema>;

/** Sums aligned with `months`: exact basis-point-days and full-time equivalents (3 decimals). */
export const monthlySumSchema = z.strictObject({
  bpDays: z.array(z.number().int()),
  fte: z.array(z.number()),
  /** Average FTE over the window (day-weighted), 3 decimals. */
  averageFte: z.number(),
});
export type MonthlySum = z.infer<typeof monthlySumSchema>;

export const capacityTotalsSchema = z.strictObject({
  persons: z.number().int(),
  all: monthlySumSchema,
  byRegion: z.array(
    monthlySumSchema.extend({ regionCode: z.string().nullable(), regionName: z.string().nullable(), persons: z.number().int() }),
  ),
  byOrganisation: z.array(
    monthlySumSchema.extend({ organisationId: z.string().nullable(), organisationName: z.string().nullable(), persons: z.number().int() }),
  ),
  /** The placeholder rows' sum (included in `all`, not in `persons`, `byRegion` or `byOrganisation`). */
  planned: monthlySumSchema.extend({ rows: z.number().int() }),
  /** Cells per band over all selected rows. */
  bandCounts: z.strictObject({ NONE: z.number().int(), OK: z.number().int(), HIGH: z.number().int(), OVER: z.number().int() }),
});
export type CapacityTotals = z.infer<typeof capacityTotalsSchema>;

export const capacityGridSchema = z.strictObject({
  months: z.array(monthColumnSchema),
  settings: z.strictObject({ highAtBp: z.number().int(), overAboveBp: z.number().int() }),
  totalRows: z.number().int(),
  /** How many of `totalRows` are placeholder rows (the rest are persons). */
  plannedRows: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  rows: z.array(capacityRowSchema),
  totals: capacityTotalsSchema.nullable(),
});
export type CapacityGrid = z.infer<typeof capacityGridSchema>;

export const capacityCellInputSchema = z.strictObject({ personId: uuidSchema, month: monthSchema });

export const cellMembershipSchema = z.strictObject({
  membershipId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  role: z.enum(MEMBERSHIP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  allocationBp: z.number().int(),
  daysCovered: z.number().int(),
  bpDays: z.number().int(),
  bp: z.number(),
});
export type CellMembership = z.infer<typeof cellMembershipSchema>;

export const capacityCellDetailSchema = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  month: monthColumnSchema,
  cell: capacityCellSchema,
  memberships: z.array(cellMembershipSchema),
});
export type CapacityCellDetail = z.infer<typeof capacityCellDetailSchema>;
