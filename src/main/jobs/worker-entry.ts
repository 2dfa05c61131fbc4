import { parentPort, workerData } from 'node:worker_threads';
import { appErrorOf, runJob } from './execute';
import type { WorkerMessage, WorkerSetup } from './messages';

/**
 * The entry of a job's worker thread (built as `job-worker.js` beside the backend bundle): runs the job
 * with progress; a cancel is a shared flag read between batches, so the open transaction rolls back.
 * The backend's request loop stays free meanwhile, in every host (Electron, browser mode, CLI).
 */

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function run(setup: WorkerSetup): Promise<void> {
  const flag = new Int32Array(setup.cancelFlag);
  await runJob(setup, post, () => Atomics.load(flag, 0) === 1);
}

function start(setup: WorkerSetup): void {
  run(setup).catch((error: unknown) => post({ type: 'failed', error: appErrorOf(error) }));
}

// A worker started with its setup runs at once; a prepared one (runner.ts, prepareJobWorker) has loaded
// this code and waits for its setup as the first message.
if (parentPort) {
  if (workerData) start(workerData as WorkerSetup);
  else parentPort.once('message', (message: { type: 'setup'; setup: WorkerSetup }) => start(message.setup));
}
