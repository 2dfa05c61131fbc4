import { z } from 'zod';
import { GROUP_LEVELS, GROUP_TYPES } from '../domain/enums';
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

export const importRowResultSchema = z.strictObject({
  /** The row as numbered in the spreadsheet (the header is usually row 1). */
  row: z.number().int(),
  kind: z.enum(IMPORT_ROW_KINDS),
  name: z.string().nullable(),
  group: z.string().nullable(),
  /** The row also creates its person. */
  createsPerson: z.boolean(),
  reason: z.string().nullable(),
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
});
export type UnknownGroup = z.infer<typeof unknownGroupSchema>;

export const importReportSchema = z.strictObject({
  fileName: z.string(),
  sheet: z.string().nullable(),
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

export const registerImportChannels = {
  'register:import-preview': { input: importPreviewSchema, output: importReportSchema },
  'register:import-apply': { input: importApplySchema, output: importReportSchema },
  'register:export': { input: emptyInput, output: registerExportSchema },
} as const;
