import type { GenerateSummary } from '../../services/generator/generate-service';
import { validated, type Command } from '../command';
import { runCliJob } from '../worker-job';

/** The generator on the command line (docs/cli.md, "Generated datasets"); it runs in a worker thread. */

async function optionsSchema() {
  const { z } = await import('zod');
  return z.strictObject({
    scale: z.enum(['national', 'small']),
    seed: z.coerce.number().int().min(0).max(4_294_967_295),
  });
}

function summaryText(s: GenerateSummary): string {
  const counts = Object.entries(s.counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return [
    `Generated the ${s.scale} dataset with seed ${s.seed}: ${s.totalRecords} records (${counts}).`,
    `Dataset SHA-256: ${s.datasetSha256}`,
    `Built in ${s.buildMs} ms, written in ${s.writeMs} ms.`,
  ].join('\n');
}

const generate: Command = {
  name: 'generate',
  summary: 'write the deterministic test dataset (national: 30 000 persons; small: for tests) into a new database',
  usage: 'generate --scale national|small --seed N',
  options: { scale: { type: 'string' }, seed: { type: 'string' } },
  async run(ctx) {
    const options = await validated(optionsSchema, { scale: ctx.values.scale, seed: ctx.values.seed }, this.usage);
    const summary = await runCliJob(ctx, 'generate', { kind: 'generate', ...options });
    ctx.out.print(summary, () => summaryText(summary));
  },
};

export const generateCommands: Command[] = [generate];
