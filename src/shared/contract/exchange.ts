import { z } from 'zod';
import { emptyInput } from './common';
import { errorDetailSchema } from './errors';
import {
  importOutcomeSchema,
  outcomeCountsSchema,
  PACKAGE_RECORD_TYPES,
  PACKAGE_SCOPES,
  packageSummarySchema,
  signerSchema,
} from './packages';

/**
 * The exchange folder (issue #16.3, docs/package-format.md "Exchange folder"): a folder shared between
 * installations where outgoing packages go into `till-<KOD>/` and incoming ones are picked up from the
 * installation's own box and `till-alla/`. The settings travel with app:info and settings:update.
 */

const count = z.number().int().min(0);
const recipientCode = z.string().regex(/^(\d{2}|[A-Z][A-Z_]{1,39})$/, 'an owner code such as 23 or NORRA');

export const exchangeSettingsSchema = z.strictObject({
  /** The shared folder (an absolute path), or null when exchange through a folder is off. */
  folder: z.string().min(1).max(1000).nullable(),
  /** Packages from a trusted, signed sender are imported without asking (when nothing in them needs a confirmation). */
  autoImportTrusted: z.boolean(),
  /** Send the changes to every recipient this often (hours), or never (null). */
  sendEveryHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 31)
    .nullable(),
});
export type ExchangeSettings = z.infer<typeof exchangeSettingsSchema>;
export const exchangeSettingsUpdateSchema = exchangeSettingsSchema.partial();

export const exchangeSendInputSchema = z.strictObject({
  /** One recipient; without it, every recipient already sent to in the scope (or `till-alla` when none). */
  recipient: recipientCode.nullable().default(null),
  scope: z.enum(PACKAGE_SCOPES).default('own'),
  /** Everything of the scope, not only the changes since the last package to the recipient. */
  full: z.boolean().default(false),
});
export const sentPackageSchema = z.strictObject({
  recipient: z.string().nullable(),
  box: z.string(),
  /** `written`: a package is in the box; `unchanged`: nothing changed since the last package, nothing written. */
  status: z.enum(['written', 'unchanged']),
  fileName: z.string().nullable(),
  packageId: z.string().nullable(),
  totalRecords: count,
});
export const exchangeSendOutputSchema = z.strictObject({ packages: z.array(sentPackageSchema) });

export const RECEIVE_STATUSES = ['applied', 'already-imported', 'needs-confirmation', 'rejected'] as const;
export type ReceiveStatus = (typeof RECEIVE_STATUSES)[number];

export const exchangeReceiveInputSchema = z.strictObject({
  /** Look only: nothing is imported and nothing is remembered. */
  dryRun: z.boolean().default(false),
  /** The user confirms every package that needs a confirmation (wrong recipient, older, rejected records, mass deletion). */
  confirm: z.boolean().default(false),
});
export const receivedPackageSchema = z.strictObject({
  /** The content hash of the file: how the pick-up is remembered. */
  sha256: z.string(),
  fileName: z.string(),
  box: z.string(),
  packageId: z.string().nullable(),
  sender: z.string().nullable(),
  status: z.enum(RECEIVE_STATUSES),
  /** Why it is rejected or needs a confirmation, worded by the renderer or the CLI. */
  reasons: z.array(errorDetailSchema),
  /** Per record type what the import did (applied) or would do (needs confirmation); null when not read. */
  byType: z.record(z.enum(PACKAGE_RECORD_TYPES), outcomeCountsSchema).nullable(),
  totals: outcomeCountsSchema.nullable(),
});
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;
export const exchangeReceiveOutputSchema = z.strictObject({ packages: z.array(receivedPackageSchema) });

/** A package waiting on the start page ("Paket att granska"). */
export const pendingPackageSchema = z.strictObject({
  sha256: z.string(),
  fileName: z.string(),
  packageId: z.string(),
  sender: z.string(),
  pickedAt: z.string(),
});
export const exchangePendingOutputSchema = z.strictObject({ folder: z.string().nullable(), packages: z.array(pendingPackageSchema) });

export const exchangeRefSchema = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
/** A waiting package's content, for the existing preview (packages:inspect) and import (jobs:start). */
export const exchangeOpenOutputSchema = z.strictObject({
  fileName: z.string(),
  contentBase64: z.string(),
  summary: packageSummarySchema,
  signer: signerSchema,
  preview: importOutcomeSchema,
});

export const exchangeChannels = {
  'exchange:send': { input: exchangeSendInputSchema, output: exchangeSendOutputSchema },
  'exchange:receive': { input: exchangeReceiveInputSchema, output: exchangeReceiveOutputSchema },
  'exchange:pending': { input: emptyInput, output: exchangePendingOutputSchema },
  'exchange:open': { input: exchangeRefSchema, output: exchangeOpenOutputSchema },
  'exchange:dismiss': { input: exchangeRefSchema, output: exchangePendingOutputSchema },
} as const;
