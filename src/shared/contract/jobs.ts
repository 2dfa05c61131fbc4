import { z } from 'zod';
import { appErrorSchema } from './errors';
import { exchangeReceiveInputSchema, exchangeReceiveOutputSchema } from './exchange';
import { exportInputSchema, exportOutputSchema, importInputSchema, importOutputSchema } from './packages';

/**
 * Long-running work (package import and export, dataset generation, the exchange folder's pick-up) runs in a worker with its own
 * database connection. The UI starts a job, polls its status to drive a progress bar, and may cancel
 * it; a cancelled or failed job leaves the database unchanged.
 */

export const JOB_KINDS = ['package-import', 'package-export', 'generate', 'exchange-receive'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Sizes of a generated test dataset: the whole country, or a small one for quick checks. */
export const GENERATE_SCALES = ['national', 'small'] as const;
export type GenerateScale = (typeof GENERATE_SCALES)[number];

const count = z.number().int().min(0);
const jobIdSchema = z.uuid();

export const packageImportJobSchema = importInputSchema.extend({ kind: z.literal('package-import') });
export const packageExportJobSchema = exportInputSchema.extend({ kind: z.literal('package-export') });
export const generateJobSchema = z.strictObject({
  kind: z.literal('generate'),
  scale: z.enum(GENERATE_SCALES),
  seed: z.number().int().min(0).max(2_147_483_647),
});

/** The exchange folder's pick-up (list, read, verify, preview, import what may be imported): `exchange:receive` and the routine run it. */
export const exchangeReceiveJobSchema = exchangeReceiveInputSchema.extend({ kind: z.literal('exchange-receive') });

export const jobStartInputSchema = z.discriminatedUnion('kind', [
  packageImportJobSchema,
  packageExportJobSchema,
  generateJobSchema,
  exchangeReceiveJobSchema,
]);
export type JobStartInput = z.output<typeof jobStartInputSchema>;
export type JobInputOf<K extends JobKind> = Extract<JobStartInput, { kind: K }>;

/** What a generation run wrote (src/main/services/generator): counts per record type and a fingerprint of the data. */
export const generateResultSchema = z.strictObject({
  scale: z.enum(GENERATE_SCALES),
  seed: z.number().int(),
  counts: z.record(z.string(), count),
  totalRecords: count,
  datasetSha256: z.string(),
  buildMs: count,
  writeMs: count,
});

export const jobStartOutputSchema = z.strictObject({ jobId: z.string() });
export const jobRefSchema = z.strictObject({ jobId: jobIdSchema });

const statusFields = {
  jobId: z.string(),
  state: z.enum(JOB_STATES),
  /** Work done so far and the total expected in the current phase (0 of 0 while unknown). */
  done: count,
  total: count,
  /** A short phase name: starting, verify, apply, select, build, … */
  phase: z.string(),
  error: appErrorSchema.nullable(),
};

export const jobStatusSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...statusFields, kind: z.literal('package-import'), result: importOutputSchema.nullable() }),
  z.strictObject({ ...statusFields, kind: z.literal('package-export'), result: exportOutputSchema.nullable() }),
  z.strictObject({ ...statusFields, kind: z.literal('generate'), result: generateResultSchema.nullable() }),
  z.strictObject({ ...statusFields, kind: z.literal('exchange-receive'), result: exchangeReceiveOutputSchema.nullable() }),
]);
export type JobStatus = z.infer<typeof jobStatusSchema>;
export type JobResultOf<K extends JobKind> = NonNullable<Extract<JobStatus, { kind: K }>['result']>;

export const jobChannels = {
  'jobs:start': { input: jobStartInputSchema, output: jobStartOutputSchema },
  'jobs:status': { input: jobRefSchema, output: jobStatusSchema },
  'jobs:cancel': { input: jobRefSchema, output: jobStatusSchema },
} as const;
