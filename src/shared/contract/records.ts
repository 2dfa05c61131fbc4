import { z } from 'zod';

/** Where a record owned by another region came from (set by package import). */
export const provenanceSchema = z.strictObject({
  originOwner: z.string(),
  packageId: z.string(),
  receivedAt: z.string(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One audit-log entry as shown on a record: who, when, what, before/after. */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** The table of the record (a person's history holds its assignments too). */
  entity: z.string().default(''),
  recordId: z.string().nullable().default(null),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** The names of the records and owners the entry refers to (ids and codes → names), so no id is ever shown. */
  names: z.record(z.string(), z.string()).default({}),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
