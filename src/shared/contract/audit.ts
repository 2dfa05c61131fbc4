import { z } from 'zod';
import { emptyInput } from './common';

export const auditVerifyResultSchema = z.strictObject({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  /** Entries whose payload a person erasure blanked (valid; their digest stays in the chain). */
  erasedPayloads: z.number().int().nonnegative(),
  firstBrokenSeq: z.number().int().positive().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;

/** The columns the log can be ordered by across all its pages (in the database); 'record' groups a record's entries. */
export const AUDIT_SORT_COLUMNS = ['seq', 'at', 'actor', 'record'] as const;
export type AuditSortColumn = (typeof AUDIT_SORT_COLUMNS)[number];
export const auditSortSchema = z.strictObject({ column: z.enum(AUDIT_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) });
export type AuditSort = z.infer<typeof auditSortSchema>;

export const auditListInputSchema = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  entity: z.string().min(1).max(80).nullable().default(null),
  recordId: z.string().min(1).max(200).nullable().default(null),
  /** Newest first unless asked otherwise; ties fall back to the chain's order in the same direction. */
  sort: auditSortSchema.default({ column: 'seq', direction: 'desc' }),
});

export const auditListEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  recordId: z.string().nullable(),
  /** The record's readable name (a person's or group's, a cost item's label …); null for a record without one. */
  recordName: z.string().nullable(),
  hash: z.string(),
});
export type AuditListEntry = z.infer<typeof auditListEntrySchema>;

export const auditListResultSchema = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(auditListEntrySchema) });

/** The audit log: a paged view (sorted in the database, newest first by default, no payloads) and a full hash-chain check. */
export const auditChannels = {
  'audit:verify': { input: emptyInput, output: auditVerifyResultSchema },
  'audit:list': { input: auditListInputSchema, output: auditListResultSchema },
} as const;
