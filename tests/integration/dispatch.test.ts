import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import type { Channel, ChannelOutput } from '../../src/shared/contract/channels';
import type { Result } from '../../src/shared/contract/errors';
import { createHandlers, type Handlers } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { logicalDump, startTestApp } from '../helpers/temp';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';

let app: StartedApp;
let handlers: Handlers;

beforeEach(async () => {
  app = await startTestApp();
  handlers = createHandlers(app);
});
afterEach(() => app.opened.close());

async function call<C extends Channel>(channel: C, input: unknown): Promise<Result<ChannelOutput<C>>> {
  return (await dispatch(handlers, channel, input)) as Result<ChannelOutput<C>>;
}

describe('dispatch', () => {
  it.each([
    [
      'a spreadsheet over 20 MB',
      'register:import-preview',
      'A'.repeat(28_000_000),
      'Filen är större än 20 MB.',
      'file.tooLarge',
      { megabytes: 20 },
    ],
    ['a package over 50 MB', 'packages:inspect', 'A'.repeat(70_000_000), 'Filen är större än 50 MB.', 'file.tooLarge', { megabytes: 50 }],
    ['an empty file', 'packages:inspect', '', 'Filen är tom.', 'file.empty', {}],
    [
      'a file that is not base64',
      'register:import-preview',
      'ab$=',
      'Filens innehåll kunde inte läsas (inte giltig base64).',
      'file.notBase64',
      {},
    ],
  ])('refuses %s in Swedish without the field name, with a detail', async (_name, channel, content, message, key, params) => {
    const result = await dispatch(handlers, channel, { fileName: 'fil.xlsx', contentBase64: content });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message, detail: { key, params } } });
  });

  it('answers a valid call with the validated output', async () => {
    const result = await dispatch(handlers, 'app:info', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ owner: null, language: 'sv', schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it.each([
    ['unknown channel', 'app:nope', {}, 'UNKNOWN_CHANNEL'],
    ['non-string channel', 42, {}, 'UNKNOWN_CHANNEL'],
    ['prototype key as channel', '__proto__', {}, 'UNKNOWN_CHANNEL'],
    ['unknown field (strict schema)', 'app:info', { extra: 1 }, 'VALIDATION'],
    ['wrong type', 'setup:complete', { ownerCode: 23 }, 'VALIDATION'],
    ['missing field', 'setup:complete', {}, 'VALIDATION'],
    ['null input', 'settings:update', null, 'VALIDATION'],
    ['unknown language', 'settings:update', { language: 'de' }, 'VALIDATION'],
    ['unknown region code', 'setup:complete', { ownerCode: '99' }, 'VALIDATION'],
  ])('rejects %s with a typed one-line error and writes nothing', async (_name, channel, input, code) => {
    const before = logicalDump(app);
    const result = await dispatch(handlers, channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).not.toContain('\n');
      expect(result.error.message.length).toBeGreaterThan(0);
    }
    expect(logicalDump(app)).toBe(before);
  });

  it('sets the owner once, by code or by name, and refuses to change it', async () => {
    const set = await call('setup:complete', { ownerCode: 'Region Jämtland Härjedalen' });
    expect(set.ok && set.value.owner).toEqual({ kind: 'REGION', code: '23', name: 'Region Jämtland Härjedalen' });
    const again = await dispatch(handlers, 'setup:complete', { ownerCode: 'NORRA' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
  });

  it('resolves a region typed as part of its name ("Jämtland") on first run, and keeps the name given with it', async () => {
    const named = await call('settings:update', { userName: 'Karin Berg' });
    expect(named.ok && named.value.userName).toBe('Karin Berg');
    const set = await call('setup:complete', { ownerCode: 'Jämtland' });
    expect(set.ok && set.value.owner).toEqual({ kind: 'REGION', code: '23', name: 'Region Jämtland Härjedalen' });
    expect(set.ok && set.value.userName).toBe('Karin Berg');
  });

  it('loads the example data once; a second load adds nothing', async () => {
    const first = await call('example:load', {});
    expect(first.ok && first.value.persons).toBeGreaterThan(25);
    const dump = logicalDump(app).replace(/"example_loaded_at","value":"[^"]+"/, '');
    const second = await call('example:load', {});
    expect(second.ok && second.value).toEqual({
      organisations: 0,
      persons: 0,
      groups: 0,
      memberships: 0,
      activityLevelChanges: 0,
      costRecords: 0,
    });
    const info = await call('app:info', {});
    expect(info.ok && info.value.exampleDataLoaded).toBe(true);
    const rows = (table: string) => (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(rows('persons')).toBe(first.ok ? first.value.persons : -1);
    expect(dump.length).toBeGreaterThan(0);
  });

  it('writes a hash-chained audit entry for each change', async () => {
    await dispatch(handlers, 'setup:complete', { ownerCode: '23' });
    await dispatch(handlers, 'example:load', {});
    const rows = app.ctx.sqlite.prepare('SELECT action, prev_hash, hash FROM audit_log ORDER BY seq').all() as {
      action: string;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows.map((r) => r.action)).toEqual(['setup', 'example:load']);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
  });
});
