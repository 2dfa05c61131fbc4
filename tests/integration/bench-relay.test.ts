import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startRelay } from '../../bench/relay-client';
import type { Watch } from '../../bench/relay-protocol';
import { NODE_OUT_DIR } from '../helpers/build-node';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

const dir = tempDir();
const options = { dbPath: path.join(dir, 'samplan.db'), resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test' };
const relay = startRelay(NODE_OUT_DIR);
afterAll(async () => {
  await relay.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A watch is whole: wall time, the loop's delays, and the parts of its longest stall within it. */
function expectWatch(watch: Watch): void {
  expect(watch.ms).toBeGreaterThan(0);
  expect(watch.maxLoopDelayMs).toBeGreaterThanOrEqual(watch.p99LoopDelayMs);
  expect(watch.cpuInLongestGapMs).toBeLessThanOrEqual(watch.longestGapMs);
  expect(watch.longestOwnWorkMs).toBeGreaterThanOrEqual(watch.cpuInLongestGapMs);
}

describe("the bench's relaying process (bench/relay-child.ts), standing in for Electron's main process", () => {
  it('starts a backend on the database, relays a first call and reports its own loop per phase, staying small', async () => {
    const idle = await relay.run({ kind: 'idle', ms: 50 });
    expectWatch(idle);
    const first = await relay.run({ kind: 'first-call', options, channel: 'setup:complete', input: { ownerCode: '23' } });
    expectWatch(first.start);
    expectWatch(first.call);
    // the relay never opens the database: it is a small process, as Electron's main process is
    expect(first.rssMb).toBeLessThan(150);
    expect(fs.existsSync(options.dbPath)).toBe(true);
  });

  it('a call the backend refuses comes back as a failed task, and the relay goes on with the next', async () => {
    await expect(relay.run({ kind: 'first-call', options, channel: 'persons:get', input: { id: 'no-such-person' } })).rejects.toThrow(
      /persons:get/,
    );
    expectWatch(await relay.run({ kind: 'idle', ms: 50 }));
  });
});
