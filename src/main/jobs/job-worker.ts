import { parentPort, workerData } from 'node:worker_threads';
import { appErrorOf, runJob } from './job-runner';
import type { WorkerMessage, WorkerSetup } from './protocol';

/**
 * The worker thread of a job (browser mode and the CLI): runs it with progress; a cancel is a shared
 * flag read between batches, so the open transaction rolls back. The main thread stays free.
 */

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(setup: WorkerSetup): Promise<void> {
  const flag = new Int32Array(setup.cancelFlag);
  await runJob(setup, post, () => Atomics.load(flag, 0) === 1);
}

if (parentPort) {
  run(workerData as WorkerSetup).catch((error: unknown) => post({ type: 'failed', error: appErrorOf(error) }));
}
