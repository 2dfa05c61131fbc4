import { domainErrorOf } from '@shared/contract/errors';
import type { ReceivedPackage } from '@shared/contract/exchange';
import type { JobRegistry } from '../../jobs/registry';
import type { ReceiveInput } from './exchange-receive';

/**
 * The exchange folder's pick-up as a job of the app (`exchange-receive`, jobs/execute.ts): the files are
 * listed, read, verified and previewed in the job's worker thread, so a large package in the folder never
 * stalls the backend's other calls. Resolves when the job has ended; a failed or cancelled pick-up
 * rejects with its refusal (another job running is `job.busy`).
 */
export async function pickUpInJob(jobs: JobRegistry, input: ReceiveInput): Promise<{ packages: ReceivedPackage[] }> {
  // a pick-up already under way (the start page and the folder view both ask) is joined, not refused as busy
  const running = jobs.running();
  const joined = running?.kind === 'exchange-receive' && !input.dryRun && !input.confirm ? running.jobId : null;
  const jobId = joined ?? jobs.start({ kind: 'exchange-receive', dryRun: input.dryRun, confirm: input.confirm }).jobId;
  const status = await jobs.ended(jobId);
  if (status.kind === 'exchange-receive' && status.state === 'done' && status.result) return status.result;
  throw domainErrorOf(status.error ?? { code: 'INTERNAL', message: 'The pick-up ended without a result' });
}
