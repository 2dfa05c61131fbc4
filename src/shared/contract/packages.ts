import { z } from 'zod';
import { emptyInput, uuidSchema } from './common';
import { base64FileSchema } from './file-content';

/**
 * Package exchange between regions (docs/package-format.md): export, inspect, import and undo of
 * `*.samplan` files, the signing keys and the recipients of personal data (GDPR Art. 19).
 */

/** Record types of a package, in the order an import applies them (references before referrers). */
export const PACKAGE_RECORD_TYPES = [
  'person_erasures',
  'organisations',
  'persons',
  'groups',
  'seats',
  'memberships',
  'nomination_requests',
  'nomination_candidates',
  'team_activity_levels',
  'care_pathways',
  'pathway_implementations',
  'allocation_keys',
  'allocation_key_shares',
  'hostings',
  'cost_items',
  'cost_parameters',
  'default_salaries',
  'person_salaries',
  'fixed_contributions',
] as const;
export type PackageRecordType = (typeof PACKAGE_RECORD_TYPES)[number];

export const PACKAGE_SCOPES = ['own', 'healthcare-region', 'hosting'] as const;
export type PackageScope = (typeof PACKAGE_SCOPES)[number];

/** What an import does with one record. */
export const RECORD_OUTCOMES = ['new', 'changed', 'unchanged', 'deleted', 'ignored', 'rejected'] as const;
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

export const PACKAGE_DIRECTIONS = ['IN', 'OUT'] as const;
export const PACKAGE_STATUSES = ['SENT', 'APPLIED', 'PARTIAL', 'UNDONE'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** The preview lists at most this many records per outcome; the rest are counted. */
export const PREVIEW_LINES_PER_OUTCOME = 200;

/** The package size limit (base64 in a request: four characters per three bytes). */
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

const count = z.number().int().min(0);
const ownerCode = z.string().regex(/^(\d{2}|[A-Z][A-Z_]{1,39})$/, 'an owner code such as 23 or NORRA');
const fingerprint = z.string().regex(/^[0-9a-f]{64}$/, 'a fingerprint is 64 lowercase hex digits');
const base64 = base64FileSchema(MAX_PACKAGE_BYTES);

export const outcomeCountsSchema = z.strictObject({
  new: count,
  changed: count,
  unchanged: count,
  deleted: count,
  ignored: count,
  rejected: count,
});
export type OutcomeCounts = z.infer<typeof outcomeCountsSchema>;
const countsByTypeSchema = z.record(z.enum(PACKAGE_RECORD_TYPES), outcomeCountsSchema);
const recordCountsSchema = z.record(z.enum(PACKAGE_RECORD_TYPES), count);

/** The manifest as the UI shows it. */
export const packageSummarySchema = z.strictObject({
  packageId: z.string(),
  createdAt: z.string(),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  originOwner: z.string(),
  originInstallationId: z.string(),
  appVersion: z.string(),
  scope: z.enum(PACKAGE_SCOPES),
  recipient: z.string().nullable(),
  sequence: z.number().int(),
  counts: recordCountsSchema,
  totalRecords: count,
  payloadSha256: z.string(),
  /** SHA-256 of the whole file, as `sha256sum` prints it. */
  fileSha256: z.string(),
  byteLength: count,
  signerFingerprint: z.string().nullable(),
});
export type PackageSummary = z.infer<typeof packageSummarySchema>;

export const signerSchema = z.strictObject({
  /** unsigned: no signature; trusted: signed by a key trusted for the origin; untrusted: a valid signature by a key not trusted yet. */
  status: z.enum(['unsigned', 'trusted', 'untrusted']),
  fingerprint: z.string().nullable(),
  publicKey: z.string().nullable(),
});
export type Signer = z.infer<typeof signerSchema>;

/**
 * A sentence the user reads, as a key of the message catalogue (src/shared/messages, `package.*`) with its
 * parameters (names already resolved): the renderer and the CLI word it in the user's language.
 */
export const wordedSchema = z.strictObject({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type Worded = z.infer<typeof wordedSchema>;

export const recordRejectionSchema = z.strictObject({
  recordType: z.enum(PACKAGE_RECORD_TYPES),
  id: z.string(),
  /** English, for logs and the audit trail. */
  reason: z.string(),
  /** The record by name (e.g. "Uppdrag: Anna Lindqvist i NPO Hjärt- och kärlsjukdomar"). */
  label: wordedSchema,
  /** The reason worded for a person, naming the records involved. */
  message: wordedSchema,
});
export const ignoredGroupSchema = z.strictObject({
  owner: z.string(),
  /** The owner's name (region or healthcare region). */
  ownerName: z.string(),
  /** English, for logs. */
  reason: z.string(),
  message: wordedSchema,
  count,
});

/** A field a changed record changes, with Swedish/English label key `package.field.<field>`; values formatted, references by name. */
export const fieldChangeSchema = z.strictObject({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One record of the preview: what happens to it, by name, with its changes or the reason it is ignored or rejected. */
export const previewLineSchema = z.strictObject({
  outcome: z.enum(RECORD_OUTCOMES),
  recordType: z.enum(PACKAGE_RECORD_TYPES),
  label: wordedSchema,
  changes: z.array(fieldChangeSchema),
  reason: wordedSchema.nullable(),
});
export type PreviewLine = z.infer<typeof previewLineSchema>;

/** Notices that need an explicit confirmation before the import runs (the import job refuses without it). */
export const CONFIRMATION_KINDS = ['recipient', 'older'] as const;
export type ConfirmationKind = (typeof CONFIRMATION_KINDS)[number];
export const confirmationSchema = z.strictObject({ kind: z.enum(CONFIRMATION_KINDS), message: wordedSchema });
export const possibleDuplicateSchema = z.strictObject({
  incomingId: z.string(),
  incomingName: z.string(),
  localId: z.string(),
  localName: z.string(),
  match: z.enum(['email', 'name-and-organisation']),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;
export const massDeletionSchema = z.strictObject({
  /** True when the package deletes more than half (or more than 100) of an owner's records held here. */
  required: z.boolean(),
  owners: z.array(z.strictObject({ owner: z.string(), held: count, deleting: count })),
});

/** What an import did (or, in a preview, would do) with each record. */
export const importOutcomeSchema = z.strictObject({
  byType: countsByTypeSchema,
  totals: outcomeCountsSchema,
  rejections: z.array(recordRejectionSchema),
  /** Rejections beyond the first 500 are counted here, not listed. */
  moreRejections: count,
  ignored: z.array(ignoredGroupSchema),
  possibleDuplicates: z.array(possibleDuplicateSchema),
  massDeletion: massDeletionSchema,
  /** English, for logs. */
  warnings: z.array(z.string()),
  /** The notices worded for a person (regions by name). */
  notices: z.array(wordedSchema),
  /** What must be confirmed before importing (a package addressed to someone else, or older than one already received). */
  confirmations: z.array(confirmationSchema),
  /** The records by name, grouped by outcome in the renderer; at most PREVIEW_LINES_PER_OUTCOME per outcome. */
  lines: z.array(previewLineSchema),
  /** Records beyond the listed lines, per outcome (counted, not listed). */
  moreLines: outcomeCountsSchema,
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export const exportInputSchema = z.strictObject({
  scope: z.enum(PACKAGE_SCOPES),
  recipient: ownerCode.nullable().default(null),
  /** Only records changed since the last package of this scope to this recipient (plus what they refer to). */
  sinceLast: z.boolean().default(false),
  /** Sign with this installation's key (keys:generate). */
  sign: z.boolean().default(false),
});
export type ExportInput = z.output<typeof exportInputSchema>;
export const exportOutputSchema = z.strictObject({ fileName: z.string(), contentBase64: z.string(), summary: packageSummarySchema });

const fileName = z.string().trim().min(1).max(260);
export const inspectInputSchema = z.strictObject({ fileName, contentBase64: base64 });
export const inspectOutputSchema = z.strictObject({
  fileName: z.string(),
  summary: packageSummarySchema,
  signer: signerSchema,
  alreadyImported: z.boolean(),
  preview: importOutcomeSchema,
});
export type PackageInspection = z.infer<typeof inspectOutputSchema>;

export const importInputSchema = z.strictObject({
  fileName: fileName.optional(),
  contentBase64: base64,
  confirmMassDeletion: z.boolean().default(false),
  /** Trust the signer's key for the origin (after checking its fingerprint with the sender). */
  trustSigner: z.boolean().default(false),
  /** Import a package addressed to another recipient (the user confirmed, both parties named). */
  confirmRecipient: z.boolean().optional(),
  /** Import a package older than one already received from its sender. */
  confirmOlder: z.boolean().optional(),
  /** Import the rest of a package some of whose records are rejected. */
  acceptRejected: z.boolean().optional(),
});
export type ImportInput = z.output<typeof importInputSchema>;
export const importOutputSchema = z.strictObject({
  status: z.enum(['applied', 'already-imported']),
  summary: packageSummarySchema,
  signer: signerSchema,
  outcome: importOutcomeSchema.nullable(),
  /** File name of the verified backup taken before the import. */
  backupFileName: z.string().nullable(),
});
export type ImportResult = z.infer<typeof importOutputSchema>;

export const historyEntrySchema = z.strictObject({
  packageId: z.string(),
  direction: z.enum(PACKAGE_DIRECTIONS),
  at: z.string(),
  originOwner: z.string(),
  recipient: z.string().nullable(),
  scope: z.string(),
  sequence: z.number().int(),
  sha256: z.string(),
  status: z.enum(PACKAGE_STATUSES),
  totalRecords: count,
  /** Only the most recent import can be undone. */
  undoable: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyOutputSchema = z.strictObject({ entries: z.array(historyEntrySchema) });

export const undoOutputSchema = z.strictObject({ packageId: z.string(), originOwner: z.string(), restoredRecords: count });

export const ownKeySchema = z.strictObject({ fingerprint: z.string(), publicKey: z.string(), createdAt: z.string() });
export const trustedKeySchema = z.strictObject({
  owner: z.string(),
  fingerprint: z.string(),
  publicKey: z.string().nullable(),
  trustedAt: z.string(),
  trustedBy: z.string(),
});
export const keysOutputSchema = z.strictObject({ own: z.array(ownKeySchema), trusted: z.array(trustedKeySchema) });
export type KeysList = z.infer<typeof keysOutputSchema>;
export const trustInputSchema = z.strictObject({ owner: ownerCode, fingerprint });

export const recipientsInputSchema = z.strictObject({ personId: uuidSchema.nullable().default(null) });
export const recipientRowSchema = z.strictObject({
  personId: z.string(),
  personName: z.string().nullable(),
  /** A region or healthcare-region code, or `*` for a package addressed to no one in particular. */
  recipient: z.string(),
  packageCount: count,
  firstSentAt: z.string(),
  lastSentAt: z.string(),
});
export const recipientsOutputSchema = z.strictObject({ rows: z.array(recipientRowSchema) });

export const packageChannels = {
  'packages:inspect': { input: inspectInputSchema, output: inspectOutputSchema },
  'packages:history': { input: emptyInput, output: historyOutputSchema },
  'packages:undo-last': { input: emptyInput, output: undoOutputSchema },
  'packages:recipients': { input: recipientsInputSchema, output: recipientsOutputSchema },
  'keys:list': { input: emptyInput, output: keysOutputSchema },
  'keys:generate': { input: emptyInput, output: ownKeySchema },
  'keys:trust': { input: trustInputSchema, output: keysOutputSchema },
} as const;
