import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Result } from '@shared/contract/errors';
import type { BackendHost } from '../src/main/backend/host';
import { nodeBackendHost } from '../src/main/backend/node-host';
import type { BackendOptions } from '../src/main/backend/protocol';

/**
 * Measurements of the backend as a separate process, from the relaying parent's side (as Electron's
 * main process sees it): how long a call takes end to end, and how long the parent's own event loop was
 * blocked meanwhile (perf_hooks.monitorEventLoopDelay, 1 ms resolution). The bench's rows and
 * tests/integration/backend-host.test.ts call these.
 */
export type Watched<T> = { value: T; ms: number; maxLoopDelayMs: number; p99LoopDelayMs: number };

/** Runs `work` while watching the event loop of this process; `ms` is the wall time of `work`. */
export async function watchLoop<T>(work: () => Promise<T>): Promise<Watched<T>> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const start = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - start, maxLoopDelayMs: histogram.max / 1e6, p99LoopDelayMs: histogram.percentile(99) / 1e6 };
  } finally {
    histogram.disable();
  }
}

/** One call through the host; throws on a typed error so a bench row never measures a failure. */
export async function hostCall<T = unknown>(host: BackendHost, channel: string, input: unknown): Promise<T> {
  const result: Result<unknown> = await host.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * The same watch over an idle wait of `ms`: the machine's own scheduling jitter, the baseline to take
 * alternately with the measurements above (on a loaded machine an idle loop alone stalls for tens of ms).
 */
export function idleLoop(ms: number): Promise<Watched<null>> {
  return watchLoop(() => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)));
}

export type FirstCall = { operation: string; openMs: number; firstCallMs: number; maxLoopDelayMs: number; p99LoopDelayMs: number };

/** The national first screens, each as the first call after a fresh backend opened `options.dbPath`. */
export const FIRST_CALLS: readonly { operation: string; channel: string; input: unknown }[] = [
  {
    operation: 'capacity grid, STOCKHOLM_GOTLAND, first call after opening (through the backend process)',
    channel: 'capacity:grid',
    input: { from: '2026-01', monthCount: 12, healthcareRegionCode: 'STOCKHOLM_GOTLAND' },
  },
  {
    operation: 'cost report for 2026, first call after opening (through the backend process)',
    channel: 'cost-report:year',
    input: { year: 2026 },
  },
];

/**
 * Starts a backend (the Node bundle at `entry`) on an existing database for each first call, times
 * the opening and the call from this side of the link, and stops it cleanly again.
 */
export async function measureFirstCalls(entry: string, options: BackendOptions): Promise<FirstCall[]> {
  const rows: FirstCall[] = [];
  for (const { operation, channel, input } of FIRST_CALLS) {
    const host = nodeBackendHost(entry, options);
    try {
      const opened = await watchLoop(() => host.start());
      const call = await watchLoop(() => hostCall(host, channel, input));
      rows.push({
        operation,
        openMs: opened.ms,
        firstCallMs: call.ms,
        maxLoopDelayMs: Math.max(opened.maxLoopDelayMs, call.maxLoopDelayMs),
        p99LoopDelayMs: Math.max(opened.p99LoopDelayMs, call.p99LoopDelayMs),
      });
    } finally {
      await host.stop();
    }
  }
  return rows;
}
