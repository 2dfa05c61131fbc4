import { z } from 'zod';
import { GROUP_LEVELS, GROUP_TYPES, MEMBERSHIP_ROLES } from '../domain/enums';
import { emptyInput } from './common';
import { base64FileSchema } from './file-content';

/** The register fields a spreadsheet column can feed; `ignore` skips a column. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'organisation',
  'organisationType',
  'profession',
  'region',
  'group',
  'groupType',
  'role',
  'startDate',
  'endDate',
  'allocation',
  'seat',
  'gender',
  'status',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const MAPPING_TARGETS = [...IMPORT_FIELDS, 'ignore'] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** The largest spreadsheet accepted (base64 in the request, about 27 MB of text). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const base64 = base64FileSchema(MAX_IMPORT_BYTES);

export const createGroupSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(GROUP_TYPES),
  level: z.enum(GROUP_LEVELS),
});
export type CreateGroupRequest = z.infer<typeof createGroupSchema>;

const importFields = {
  fileName: z.string().trim().min(1).max(260),
  contentBase64: base64,
  /** A named worksheet of an .xlsx file; the first one when absent. */
  sheet: z.string().trim().min(1).max(100).optional(),
  /** Header → field overrides of the automatic mapping. */
  mapping: z.record(z.string().trim().min(1).max(200), z.enum(MAPPING_TARGETS)).optional(),
  /** Unknown groups to create; a group is never created unless listed here. */
  createGroups: z.array(createGroupSchema).max(500).default([]),
};
export const importPreviewSchema = z.strictObject(importFields);
export const importApplySchema = z.strictObject({ ...importFields, confirm: z.literal(true) });
export type ImportInput = z.output<typeof importPreviewSchema>;

export const IMPORT_ROW_KINDS = ['create-person', 'create-membership', 'update-membership', 'unchanged', 'duplicate', 'rejected'] as const;
export type ImportRowKind = (typeof IMPORT_ROW_KINDS)[number];

/**
 * Why a row is rejected, reported or changed: a code and its parameters, worded by the renderer (and the CLI)
 * in the user's language. `value` is always the text as the file has it.
 */
export const IMPORT_REASON_CODES = [
  'nameMissing',
  'tooLong',
  'badEmail',
  'unknownRegion',
  'unknownWord',
  'detailsWithoutGroup',
  'startMissing',
  'badDate',
  'noSuchDate',
  'endBeforeStart',
  'badShare',
  'shareOutOfRange',
  'endedNeedsEnd',
  'ambiguousPerson',
  'ambiguousGroup',
  'unknownGroup',
  'unknownNationalGroup',
  'personInRow',
  'sameAsRow',
  'personExists',
  'readOnlyAssignment',
  'unknownSeat',
  'seatTaken',
  'changes',
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

export const importReasonSchema = z.strictObject({
  code: z.enum(IMPORT_REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportReason = z.infer<typeof importReasonSchema>;

/** The values a row will save (for an unchanged or rejected row: what could be read). */
export const importRowValuesSchema = z.strictObject({
  name: z.string().nullable(),
  /** The group's registered name when matched, else as written. */
  group: z.string().nullable(),
  role: z.enum(MEMBERSHIP_ROLES).nullable(),
  /** Share of a full-time post in basis points, after the group's default when the file leaves it empty. */
  allocationBp: z.number().int().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** The seat taken, as its label ("NORRA", "NORRA 2"); null outside seats. */
  seat: z.string().nullable(),
});
export type ImportRowValues = z.infer<typeof importRowValuesSchema>;

export const importRowResultSchema = z.strictObject({
  /** The row as numbered in the spreadsheet (the header is usually row 1). */
  row: z.number().int(),
  kind: z.enum(IMPORT_ROW_KINDS),
  name: z.string().nullable(),
  group: z.string().nullable(),
  /** The row also creates its person. */
  createsPerson: z.boolean(),
  reason: importReasonSchema.nullable(),
  values: importRowValuesSchema,
});
export type ImportRowResult = z.infer<typeof importRowResultSchema>;

export const importCountsSchema = z.strictObject({
  rows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  personsToCreate: z.number().int(),
  membershipsToCreate: z.number().int(),
  organisationsToCreate: z.number().int(),
  groupsToCreate: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const columnMappingSchema = z.strictObject({
  header: z.string(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  source: z.enum(['auto', 'given', 'none']),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const unknownGroupSchema = z.strictObject({
  name: z.string(),
  suggestedType: z.enum(GROUP_TYPES).nullable(),
  suggestedLevel: z.enum(GROUP_LEVELS),
  rows: z.array(z.number().int()),
  /** Listed in createGroups: created on apply. */
  willCreate: z.boolean(),
  /** National groups are reference data: never created by an import, at most a registered one suggested. */
  creatable: z.boolean(),
  /** The registered group the name probably means ("NPO Akut vård" for "NPO Akutvård"). */
  suggestion: z.string().nullable(),
});
export type UnknownGroup = z.infer<typeof unknownGroupSchema>;

export const importReportSchema = z.strictObject({
  fileName: z.string(),
  sheet: z.string().nullable(),
  /** Every worksheet of an .xlsx workbook, in order (empty for a .csv). */
  sheets: z.array(z.string()),
  applied: z.boolean(),
  headers: z.array(z.string()),
  mapping: z.array(columnMappingSchema),
  counts: importCountsSchema,
  rows: z.array(importRowResultSchema),
  unknownGroups: z.array(unknownGroupSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const registerExportSchema = z.strictObject({
  fileName: z.string(),
  contentBase64: z.string(),
  persons: z.number().int(),
  memberships: z.number().int(),
});
export type RegisterExport = z.infer<typeof registerExportSchema>;

export const importFileSchema = z.strictObject({
  fileName: z.string(),
  contentBase64: z.string(),
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** The rejected rows of a file as they were, with the reason in a last column worded by the caller. */
export const importRejectedSchema = z.strictObject({
  ...importFields,
  /** Row number → the reason as the user reads it. */
  reasons: z.record(z.string().regex(/^\d+$/), z.string().max(1000)),
  reasonHeader: z.string().trim().min(1).max(100),
});

export const registerImportChannels = {
  'register:import-preview': { input: importPreviewSchema, output: importReportSchema },
  'register:import-apply': { input: importApplySchema, output: importReportSchema },
  'register:import-template': { input: emptyInput, output: importFileSchema },
  'register:import-rejected': { input: importRejectedSchema, output: importFileSchema },
  'register:export': { input: emptyInput, output: registerExportSchema },
} as const;
