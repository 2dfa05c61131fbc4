import { appErrorOf, runJob } from './job-runner';
import { isProcessJobRequest, type WorkerMessage } from './protocol';

/**
 * The process of a job: in Electron a utility process (`utilityProcess.fork`, messages through
 * `process.parentPort`), elsewhere a Node child process (`child_process.fork`, messages through
 * `process.send`; the tests use this). It waits for `start`, runs the job and posts its messages;
 * `cancel` is read between batches when the job yields, and the parent ends the process when it does
 * not stop in time — SQLite then discards the uncommitted transaction.
 */

type ElectronParentPort = { on(event: 'message', listener: (event: { data: unknown }) => void): void; postMessage(message: unknown): void };
type Port = { onMessage: (listener: (message: unknown) => void) => void; post: (message: WorkerMessage) => void };

function parentPort(): Port | null {
  const electron = (process as NodeJS.Process & { parentPort?: ElectronParentPort }).parentPort;
  if (electron)
    return {
      onMessage: (listener) => electron.on('message', (event) => listener(event.data)),
      post: (message) => electron.postMessage(message),
    };
  if (process.send) return { onMessage: (listener) => process.on('message', listener), post: (message) => void process.send?.(message) };
  return null;
}

const port = parentPort();
let cancelled = false;
let started = false;
port?.onMessage((message) => {
  if (!isProcessJobRequest(message)) return;
  if (message.type === 'cancel') {
    cancelled = true;
    return;
  }
  if (started) return;
  started = true;
  runJob(message.setup, port.post, () => cancelled).catch((error: unknown) => port.post({ type: 'failed', error: appErrorOf(error) }));
});
