import type { Result } from '@shared/contract/errors';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { z } from 'zod';
import { jobStartInputSchema } from '@shared/contract/jobs';
import type { exportInputSchema, importInputSchema } from '@shared/contract/packages';
import { exportOutputSchema, importOutputSchema } from '@shared/contract/packages';
import { dispatch } from '../src/main/ipc/dispatch';
import { executeJob } from '../src/main/jobs/execute';
import type { StartedApp } from '../src/main/services/bootstrap';
import type { Handlers } from '../src/main/ipc/handlers';

/** Timing helpers of the benchmark: wall-clock milliseconds with performance.now(). */

export type Sample = { runs: number; p50Ms: number; p95Ms: number; minMs: number; maxMs: number };

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured; `before` runs unmeasured before each call. */
export async function sample(fn: (run: number) => unknown, runs: number, warmup = 2, before?: () => void): Promise<Sample> {
  for (let i = 0; i < warmup; i++) {
    before?.();
    await fn(i);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const started = performance.now();
    await fn(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    minMs: round(times[0]!),
    maxMs: round(times[times.length - 1]!),
  };
}

/** Calls a channel exactly as the UI does (validation of input and output included); throws on an error result. */
export async function call<C extends Channel>(handlers: Handlers, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await dispatch(handlers, channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * Runs a package job's work as its worker does (jobs/execute.ts, input checked by the `jobs:start`
 * schema, the result by its own), on this thread: the import and export rows time the work, not the
 * start of a worker thread and its connection.
 */
export async function packageExportJob(app: StartedApp, input: Omit<z.input<typeof exportInputSchema>, 'kind'>) {
  const job = jobStartInputSchema.parse({ kind: 'package-export', ...input });
  return exportOutputSchema.parse(await executeJob(app.ctx, job, {}));
}

export async function packageImportJob(app: StartedApp, input: Omit<z.input<typeof importInputSchema>, 'kind'>) {
  const job = jobStartInputSchema.parse({ kind: 'package-import', ...input });
  return importOutputSchema.parse(await executeJob(app.ctx, job, {}));
}
