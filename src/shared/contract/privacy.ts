import { z } from 'zod';
import { emptyInput, uuidSchema } from './common';
import { fileExportSchema } from './planning/year-plan';

/**
 * Personal-data rights (GDPR Art. 15, 17, 19): the register extract of one person (JSON and PDF),
 * erasure (of a person, or of a nomination's new candidate) with a travelling erasure marker, and the list of erasures.
 */

/** personId: a person's id, or the candidate id of a nomination's new candidate (not in the register). */
export const personExportInputSchema = z.strictObject({ personId: uuidSchema });

export const personEraseInputSchema = z.strictObject({
  personId: uuidSchema,
  /** The person's name typed by the user, as a confirmation; it must match exactly. */
  confirmName: z.string().min(1).max(300),
});

export const personEraseResultSchema = z.strictObject({
  personId: z.string(),
  erasedAt: z.string(),
  memberships: z.number().int().nonnegative(),
  salaries: z.number().int().nonnegative(),
  /** Their candidacies in nominations, blanked to tombstones. */
  candidacies: z.number().int().nonnegative(),
  auditPayloads: z.number().int().nonnegative(),
  /** Recipients the person's data was sent to: the next package to each carries the erasure. */
  recipients: z.array(z.string()),
});
export type PersonEraseResult = z.infer<typeof personEraseResultSchema>;

/**
 * Erasure of a new candidate of a nomination, who is not a person in the register (docs/privacy.md): the
 * candidate's own id is the erased subject's, and the same erasure marker travels.
 */
export const candidateEraseInputSchema = z.strictObject({
  candidateId: uuidSchema,
  /** The candidate's name typed by the user, as a confirmation; it must match exactly. */
  confirmName: z.string().min(1).max(300),
});
export const candidateEraseResultSchema = z.strictObject({
  candidateId: z.string(),
  erasedAt: z.string(),
  auditPayloads: z.number().int().nonnegative(),
  /** Recipients the candidate's data was sent to: the next package to each carries the erasure. */
  recipients: z.array(z.string()),
});
export type CandidateEraseResult = z.infer<typeof candidateEraseResultSchema>;

export const erasureRowSchema = z.strictObject({
  personId: z.string(),
  owner: z.string(),
  erasedAt: z.string(),
  /** Who erased the person here; null when the erasure arrived in a package. */
  erasedBy: z.string().nullable(),
  /** The region whose package brought the erasure; null for an erasure made here. */
  receivedFrom: z.string().nullable(),
  legalBasis: z.string(),
});
export type ErasureRowView = z.infer<typeof erasureRowSchema>;

export const erasureListSchema = z.strictObject({ rows: z.array(erasureRowSchema) });

export const privacyChannels = {
  'privacy:export-json': { input: personExportInputSchema, output: fileExportSchema },
  'privacy:export-pdf': { input: personExportInputSchema, output: fileExportSchema },
  'privacy:erase': { input: personEraseInputSchema, output: personEraseResultSchema },
  'privacy:erase-candidate': { input: candidateEraseInputSchema, output: candidateEraseResultSchema },
  'privacy:erasures': { input: emptyInput, output: erasureListSchema },
} as const;
