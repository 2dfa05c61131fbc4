import path from 'node:path';
import type { JobStatus } from '@shared/contract/jobs';
import { nodeBackendHost } from '../src/main/backend/node-host';
import type { BackendOptions } from '../src/main/backend/protocol';
import { moduleDir } from '../src/main/lib/runtime';
import { hostCall, idleLoop, watchLoop, type Watched } from './backend-relay';
import { isRelayRequest, type RelayAnswer, type RelayReply, type RelayTask, type Watch } from './relay-protocol';

/**
 * The bench's relaying process (out/node/bench-relay.js), standing in for Electron's main process: a
 * small process that never opens the database. It starts the backend host on the national database,
 * relays calls and job polling over the host's link, and watches its own event loop meanwhile; the
 * bench (bench/first-calls.ts, which holds the generated dataset) only sends it tasks and records the
 * figures. One task at a time, in the order asked.
 */
if (!process.send) throw new Error('the relay must be started with an IPC channel (child_process.fork)');

/** The backend's Node bundle beside this one (out/node). */
const ENTRY = path.join(moduleDir(import.meta.url), 'backend.js');

const watch = ({ ms, maxLoopDelayMs, p99LoopDelayMs }: Watched<unknown>): Watch => ({ ms, maxLoopDelayMs, p99LoopDelayMs });

async function firstCall(options: BackendOptions, channel: string, input: unknown): Promise<RelayAnswer['first-call']> {
  const host = nodeBackendHost(ENTRY, options, { autoRestart: false });
  try {
    const start = await watchLoop(() => host.start());
    const call = await watchLoop(() => hostCall(host, channel, input));
    return { start: watch(start), call: watch(call), rssMb: Math.round(process.memoryUsage().rss / 1024 ** 2) };
  } finally {
    await host.stop();
  }
}

/** A national package export as a job in the backend, polled as the UI polls it. */
async function exportJob(options: BackendOptions): Promise<RelayAnswer['export-job']> {
  const host = nodeBackendHost(ENTRY, options, { autoRestart: false });
  try {
    await host.start();
    const { jobId } = await hostCall<{ jobId: string }>(host, 'jobs:start', { kind: 'package-export', scope: 'healthcare-region' });
    const watched = await watchLoop(async () => {
      for (;;) {
        const status = await hostCall<JobStatus>(host, 'jobs:status', { jobId });
        if (status.state !== 'running') return status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    if (watched.value.state !== 'done') throw new Error(`export job ended ${watched.value.state}: ${JSON.stringify(watched.value.error)}`);
    return watch(watched);
  } finally {
    await host.stop();
  }
}

async function run(task: RelayTask): Promise<unknown> {
  if (task.kind === 'idle') return watch(await idleLoop(task.ms));
  if (task.kind === 'first-call') return firstCall(task.options, task.channel, task.input);
  return exportJob(task.options);
}

let queue: Promise<void> = Promise.resolve();
process.on('message', (message: unknown) => {
  if (!isRelayRequest(message)) return;
  queue = queue.then(async () => {
    let reply: RelayReply;
    try {
      reply = { id: message.id, ok: true, value: await run(message.task) };
    } catch (error) {
      reply = { id: message.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    process.send?.(reply);
  });
});
process.on('disconnect', () => void queue.then(() => process.exit(0)));
