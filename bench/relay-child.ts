import path from 'node:path';
import type { JobStatus } from '@shared/contract/jobs';
import { nodeBackendHost } from '../src/main/backend/node-host';
import type { BackendOptions } from '../src/main/backend/protocol';
import { moduleDir } from '../src/main/lib/runtime';
import { hostCall, watchLoop } from './backend-relay';
import { isRelayRequest, type RelayAnswer, type RelayReply, type RelayTask, type Watch } from './relay-protocol';
import { watchStalls } from './stall-watch';

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

/** watchLoop of backend-relay.ts, with what its stalls were made of (own work, or waiting for a core) beside it. */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; watch: Watch }> {
  const stalls = watchStalls();
  try {
    const { value, ms, maxLoopDelayMs, p99LoopDelayMs } = await watchLoop(work);
    return { value, watch: { ms, maxLoopDelayMs, p99LoopDelayMs, ...stalls.stop() } };
  } finally {
    stalls.stop();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function firstCall(options: BackendOptions, channel: string, input: unknown): Promise<RelayAnswer['first-call']> {
  const host = nodeBackendHost(ENTRY, options, { autoRestart: false });
  try {
    const start = await watched(() => host.start());
    const call = await watched(() => hostCall(host, channel, input));
    return { start: start.watch, call: call.watch, rssMb: Math.round(process.memoryUsage().rss / 1024 ** 2) };
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
    const { value, watch } = await watched(async () => {
      for (;;) {
        const status = await hostCall<JobStatus>(host, 'jobs:status', { jobId });
        if (status.state !== 'running') return status;
        await sleep(100);
      }
    });
    if (value.state !== 'done') throw new Error(`export job ended ${value.state}: ${JSON.stringify(value.error)}`);
    return watch;
  } finally {
    await host.stop();
  }
}

async function run(task: RelayTask): Promise<unknown> {
  if (task.kind === 'idle') return (await watched(() => sleep(task.ms))).watch;
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
