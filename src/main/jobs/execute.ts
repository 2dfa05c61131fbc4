import type { JobStartInput } from '@shared/contract/jobs';
import type { ServiceContext } from '../lib/context';
import type { ProgressHooks } from '../lib/progress';
import { generateDataset } from '../services/generator/generate-service';
import { exportPackage } from '../services/packages/export-service';
import { importPackage } from '../services/packages/import-service';
import { installationSigningKey } from '../services/packages/keys-service';

/** Runs one job's service with progress and cancellation (inside the worker, on the worker's own connection). */
export async function executeJob(ctx: ServiceContext, input: JobStartInput, hooks: ProgressHooks): Promise<unknown> {
  switch (input.kind) {
    case 'package-import':
      return importPackage(ctx, input, hooks);
    case 'package-export':
      return exportPackage(ctx, input, input.sign ? installationSigningKey(ctx) : null, hooks);
    case 'generate':
      return generateDataset(ctx, { scale: input.scale, seed: input.seed }, hooks);
  }
}
