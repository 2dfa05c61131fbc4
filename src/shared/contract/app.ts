import { z } from 'zod';
import { emptyInput, languageSchema } from './common';
import { exchangeSettingsSchema, exchangeSettingsUpdateSchema } from './exchange';
import { DOMAINS } from './domains';

export const ownerKindSchema = z.enum(['REGION', 'HEALTHCARE_REGION']);
export type OwnerKind = z.infer<typeof ownerKindSchema>;

export const ownerSchema = z.strictObject({
  kind: ownerKindSchema,
  code: z.string(),
  name: z.string(),
});
export type Owner = z.infer<typeof ownerSchema>;

export const countsSchema = z.strictObject({
  healthcareRegions: z.number().int(),
  regions: z.number().int(),
  groups: z.number().int(),
  nationalGroups: z.number().int(),
  seats: z.number().int(),
  organisations: z.number().int(),
  persons: z.number().int(),
  memberships: z.number().int(),
  activityLevelChanges: z.number().int(),
  carePathways: z.number().int(),
});
export type Counts = z.infer<typeof countsSchema>;

export const appInfoSchema = z.strictObject({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  installationId: z.string(),
  owner: ownerSchema.nullable(),
  language: languageSchema,
  exampleDataLoaded: z.boolean(),
  counts: countsSchema,
  /** The exchange folder and its routine (contract/exchange.ts). */
  exchange: exchangeSettingsSchema,
  /** "Ditt namn": whom the audit log and the histories name for this installation's changes; null until set. */
  userName: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const setupInputSchema = z.strictObject({
  ownerCode: z.string().trim().min(1, 'choose a region or healthcare region').max(80),
});

/** The user's name as written in the audit log: one line, blank clears it (the OS login is used again). */
export const userNameSchema = z
  .string()
  .trim()
  .max(120)
  .regex(/^[^\u0000-\u001f\u007f]*$/);

/** Only the settings given change; at least one is given. */
export const settingsUpdateSchema = z
  .strictObject({
    language: languageSchema.optional(),
    userName: userNameSchema.nullable().optional(),
    exchange: exchangeSettingsUpdateSchema.optional(),
  })
  .refine((v) => v.language !== undefined || v.userName !== undefined || v.exchange !== undefined, 'give a setting to change');

export const exampleLoadResultSchema = z.strictObject({
  organisations: z.number().int(),
  persons: z.number().int(),
  groups: z.number().int(),
  memberships: z.number().int(),
  activityLevelChanges: z.number().int(),
  /** Rows of the example cost plan (hostings, cost items, PO-pålägg, default salaries, fixed contributions). */
  costRecords: z.number().int(),
});
export type ExampleLoadResult = z.infer<typeof exampleLoadResultSchema>;

/** What changed in the database since a sequence number the caller saw (see src/shared/contract/domains.ts). */
export const dataChangesInputSchema = z.strictObject({ since: z.number().int().nonnegative() });
export const dataChangesSchema = z.strictObject({
  /** The change log's sequence now: pass it as `since` next time. */
  sequence: z.number().int().nonnegative(),
  /** The domains whose data changed after `since`. */
  domains: z.array(z.enum(DOMAINS)),
  /** The changes since `since` are no longer known (another process opened the file, a backup was restored): assume everything. */
  everything: z.boolean(),
});
export type DataChanges = z.infer<typeof dataChangesSchema>;

export const appChannels = {
  'app:info': { input: emptyInput, output: appInfoSchema },
  'setup:complete': { input: setupInputSchema, output: appInfoSchema },
  'settings:update': { input: settingsUpdateSchema, output: appInfoSchema },
  'example:load': { input: emptyInput, output: exampleLoadResultSchema },
  'data:changes': { input: dataChangesInputSchema, output: dataChangesSchema },
} as const;
