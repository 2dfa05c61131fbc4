import { describe, expect, it } from 'vitest';
import { watchStalls } from '../../bench/stall-watch';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Keeps this thread computing until the process has used `ms` of CPU time (work done, not wall time). */
function compute(ms: number): void {
  const until = cpuMs() + ms;
  while (cpuMs() < until) Math.sqrt(Math.random());
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('what a stall of the event loop was made of (bench/stall-watch.ts)', () => {
  it('a stretch of own work without yielding is counted whole, within one gap', async () => {
    const stalls = watchStalls();
    await tick();
    compute(60);
    await tick();
    const parts = stalls.stop();
    // the watch and the work read the clock at slightly different moments: most of the 60 ms, in one gap
    expect(parts.longestOwnWorkMs).toBeGreaterThanOrEqual(40);
    expect(parts.longestGapMs).toBeGreaterThanOrEqual(parts.longestOwnWorkMs);
    expect(parts.cpuInLongestGapMs).toBeLessThanOrEqual(parts.longestGapMs);
  });

  it('a thread that only waits spends less CPU time in any one gap than one that computes', async () => {
    const waiting = watchStalls();
    for (let i = 0; i < 10; i++) await tick();
    const waited = waiting.stop();
    const computing = watchStalls();
    await tick();
    compute(40);
    await tick();
    const computed = computing.stop();
    expect(waited.longestOwnWorkMs).toBeLessThan(computed.longestOwnWorkMs);
  });
});
