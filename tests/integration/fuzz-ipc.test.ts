import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type Channel } from '@shared/contract/channels';
import { ERROR_CODES } from '@shared/contract/errors';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createHandlers, type Handlers } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { inputsFor } from '../helpers/fuzz';
import { logicalDump, startTestApp } from '../helpers/temp';

/**
 * Checklist E6(c): every channel of the contract (read at run time, so new channels are covered
 * automatically) gets at least SAMPLAN_FUZZ_RUNS (default 1 000) malformed inputs. Each must come
 * back as a typed one-line error, nothing may throw, and nothing may be written: `total_changes()`
 * of the connection is compared after every input, the audit-log length and a hash of the logical
 * dump after every 250 inputs and at the end of each channel. An input that happens to be valid is
 * not counted; on a read-only channel it is still sent and must not write either.
 */
const RUNS = Number(process.env.SAMPLAN_FUZZ_RUNS ?? 1000);
const READ_ONLY = /:(info|get|list|search|verify|grid|cell|matrix|board|compare|history|recipients|planned-time|settings-get)$/;

let app: StartedApp;
let handlers: Handlers;
const errors: string[] = [];
const stats: { channel: string; malformed: number; validReadOnly: number; ms: number }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  await caller(app).ok('setup:complete', { ownerCode: '23' });
  await caller(app).ok('example:load', {});
  handlers = createHandlers(app);
});
afterAll(async () => {
  await app.opened.close();
  const total = stats.reduce((n, s) => n + s.malformed, 0);
  const ms = stats.reduce((n, s) => n + s.ms, 0);
  const min = Math.min(...stats.map((s) => s.malformed));
  process.stdout.write(
    `[fuzz-ipc] ${stats.length} channels, ${total} malformed inputs (min ${min} per channel), ${stats.reduce((n, s) => n + s.validReadOnly, 0)} valid read-only inputs, ${(ms / 1000).toFixed(1)} s\n`,
  );
});

function changes(): number {
  return (app.ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

function fingerprint(): string {
  const audit = (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  return `${audit}:${createHash('sha256').update(logicalDump(app)).digest('hex')}`;
}

function expectTypedError(channel: Channel, result: unknown): void {
  expect(() => JSON.stringify(result), `${channel}: the reply must be serialisable`).not.toThrow();
  const reply = result as { ok: boolean; error?: { code: string; message: string } };
  expect(reply.ok, `${channel} accepted a malformed input`).toBe(false);
  expect(ERROR_CODES).toContain(reply.error?.code);
  expect(typeof reply.error?.message).toBe('string');
  expect(reply.error!.message.length).toBeGreaterThan(0);
  expect(reply.error!.message, `${channel}: one line`).not.toMatch(/[\r\n]/);
  expect(reply.error!.message.length).toBeLessThan(2000);
}

describe('IPC fuzzing: malformed input on every channel', () => {
  it('covers the whole contract', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(5);
    expect(CHANNEL_NAMES).toContain('backups:restore');
  });

  it.each(CHANNEL_NAMES.map((c) => [c]))('%s', { timeout: 300_000 }, async (channel) => {
    const started = Date.now();
    const schema = channels[channel].input;
    const before = fingerprint();
    let malformed = 0;
    let validReadOnly = 0;
    await fc.assert(
      fc.asyncProperty(inputsFor(schema), async (input) => {
        const valid = schema.safeParse(input).success;
        if (valid && !READ_ONLY.test(channel)) return fc.pre(false);
        const changesBefore = changes();
        const result = await dispatch(handlers, channel, input, { error: (m) => errors.push(m) });
        expect(changes(), `${channel} wrote to the database`).toBe(changesBefore);
        expect(Object.keys(Object.prototype), `${channel} polluted Object.prototype`).toEqual([]);
        expect(Object.keys(Array.prototype)).toEqual([]);
        expect(Object.prototype).not.toHaveProperty('polluted');
        if (valid) {
          validReadOnly += 1;
          expect(typeof result.ok).toBe('boolean');
          return fc.pre(false);
        }
        expectTypedError(channel, result);
        malformed += 1;
        if (malformed % 250 === 0) expect(fingerprint()).toBe(before);
      }),
      { numRuns: RUNS, maxSkipsPerRun: 1000 },
    );
    expect(fingerprint()).toBe(before);
    expect(malformed).toBeGreaterThanOrEqual(RUNS);
    expect(errors, 'no handler ran into an internal error').toEqual([]);
    stats.push({ channel, malformed, validReadOnly, ms: Date.now() - started });
  });
});
