import { createHash } from 'node:crypto';
import { wordMessage } from '@shared/messages';
import { refusal } from '@shared/contract/errors';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { progressEvery, throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { generatorReference, registerRecordCount } from '../../repositories/generator-reference';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { RecordStore } from '../../repositories/packages/record-store';
import { requireOwner } from '../../repositories/records';
import { buildDataset } from './build-dataset';
import { GENERATED_TYPES, type Dataset, type GeneratedType, type Scale } from './model';

export type GenerateOptions = { readonly scale: Scale; readonly seed: number };

/** What `generate` wrote: counts per record type, a fingerprint of the data, and how long each step took. */
export type GenerateSummary = {
  scale: Scale;
  seed: number;
  counts: Record<GeneratedType, number>;
  totalRecords: number;
  /** SHA-256 of the generated rows in insert order: the same seed gives the same value on every machine. */
  datasetSha256: string;
  buildMs: number;
  writeMs: number;
};

export const NOT_EMPTY_MESSAGE = wordMessage('en', 'generator.notEmpty');

/** SHA-256 over every row (its column values in column order) of every type in insert order. */
export function datasetHash(dataset: Dataset): string {
  const hash = createHash('sha256');
  for (const type of GENERATED_TYPES) {
    for (const row of dataset[type]) hash.update(`${type}\t${JSON.stringify(Object.values(row))}\n`);
  }
  return hash.digest('hex');
}

function countsOf(dataset: Dataset): Record<GeneratedType, number> {
  return Object.fromEntries(GENERATED_TYPES.map((t) => [t, dataset[t].length])) as Record<GeneratedType, number>;
}

/** Writes the rows in ONE synchronous transaction: cancelling (or any error) leaves the database unchanged. */
function writeDataset(
  ctx: ServiceContext,
  dataset: Dataset,
  summary: Omit<GenerateSummary, 'writeMs'>,
  hooks: ProgressHooks | undefined,
): void {
  const store = new RecordStore(ctx.conn);
  const tick = progressEvery(hooks, summary.totalRecords, 'write', 5000);
  transaction(ctx.conn, () => {
    if (registerRecordCount(ctx.conn) > 0) throw refusal('CONFLICT', 'generator.notEmpty');
    let done = 0;
    for (const type of GENERATED_TYPES) {
      for (const row of dataset[type]) {
        store.upsert(type, row);
        done += 1;
        tick(done);
      }
    }
    const { counts, scale, seed, datasetSha256 } = summary;
    createAuditWriter(ctx.conn, ctx.actor, ctx.now().toISOString()).append({
      action: 'dataset:generate',
      entity: 'dataset',
      recordId: null,
      before: null,
      after: { scale, seed, datasetSha256, counts },
    });
  });
}

/**
 * Generates the deterministic test dataset (issue #8) into a database that `init` created: persons,
 * organisations, groups with activity-level histories, memberships over 2023–2027, NPO hostings with
 * cost items and every region's care-pathway statuses. Refuses a register that already holds data.
 */
export async function generateDataset(ctx: ServiceContext, options: GenerateOptions, hooks?: ProgressHooks): Promise<GenerateSummary> {
  requireOwner(ctx.conn);
  if (registerRecordCount(ctx.conn) > 0) throw refusal('CONFLICT', 'generator.notEmpty');
  const started = performance.now();
  hooks?.onProgress?.(0, 1, 'build');
  const dataset = buildDataset(generatorReference(ctx.conn), options.scale, options.seed);
  const counts = countsOf(dataset);
  const totalRecords = GENERATED_TYPES.reduce((sum, t) => sum + counts[t], 0);
  const base = {
    scale: options.scale,
    seed: options.seed,
    counts,
    totalRecords,
    datasetSha256: datasetHash(dataset),
    buildMs: Math.round(performance.now() - started),
  };
  throwIfCancelled(hooks);
  const writeStarted = performance.now();
  writeDataset(ctx, dataset, base, hooks);
  return { ...base, writeMs: Math.round(performance.now() - writeStarted) };
}
