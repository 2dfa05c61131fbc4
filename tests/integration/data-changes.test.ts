/**
 * `data:changes` tells the renderer which domains' data changed since a sequence number it saw: a write
 * through any channel, or by another connection on the same file, names its domain; a read names none;
 * a log emptied by another open of the file (the CLI, a restore) answers "everything".
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneChangeLog } from '../../src/main/db/change-log';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { personFields, startRegionApp, type Api } from '../helpers/setup';

let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp());
});
afterEach(() => app.opened.close());

async function sequenceNow(): Promise<number> {
  return (await api.ok('data:changes', { since: 0 })).sequence;
}

describe('data:changes', () => {
  it('names the domain of a write and nothing after a read', async () => {
    const before = await sequenceNow();
    const created = await api.ok('persons:create', { ...personFields, name: 'Anna Holm' });
    const afterWrite = await api.ok('data:changes', { since: before });
    expect(afterWrite).toEqual({ sequence: expect.any(Number) as number, domains: ['register'], everything: false });
    expect(afterWrite.sequence).toBeGreaterThan(before);

    await api.ok('persons:get', { id: created.id });
    await api.ok('groups:list', { type: null, level: null, query: '' });
    expect(await api.ok('data:changes', { since: afterWrite.sequence })).toEqual({
      sequence: afterWrite.sequence,
      domains: [],
      everything: false,
    });
  });

  it('names every domain written since, each once', async () => {
    const before = await sequenceNow();
    await api.ok('default-salaries:set', { year: 2026, role: 'MEMBER', monthlySalaryOre: 9_000_000 });
    await api.ok('persons:create', { ...personFields, name: 'Bo Lind' });
    await api.ok('persons:create', { ...personFields, name: 'Cecilia Ek' });
    const changes = await api.ok('data:changes', { since: before });
    expect(changes.domains).toEqual(['costs', 'register']);
    expect(changes.everything).toBe(false);
    // asking again from the middle names only what came after
    const middle = await api.ok('data:changes', { since: changes.sequence });
    expect(middle.domains).toEqual([]);
  });

  it('sees a write made by another connection on the same file (the CLI, another window)', async () => {
    const created = await api.ok('persons:create', { ...personFields, name: 'Dora Berg' });
    const before = await sequenceNow();
    const other = new Database(app.ctx.dbPath);
    try {
      other.prepare('UPDATE persons SET name = ? WHERE id = ?').run('Dora Bergström', created.id);
    } finally {
      other.close();
    }
    expect(await api.ok('data:changes', { since: before })).toMatchObject({ domains: ['register'], everything: false });
  });

  it('answers "everything" when the log was emptied by another open of the file, or the sequence went back', async () => {
    const before = await sequenceNow();
    await api.ok('persons:create', { ...personFields, name: 'Erik Sund' });
    pruneChangeLog(app.ctx.sqlite);
    const afterPrune = await api.ok('data:changes', { since: before });
    expect(afterPrune).toMatchObject({ domains: [], everything: true });
    expect(afterPrune.sequence).toBeGreaterThan(before);
    // a restored older file hands out numbers below what the renderer saw
    expect(await api.ok('data:changes', { since: afterPrune.sequence + 100 })).toMatchObject({ everything: true });
    // and from the new sequence on, it is exact again
    await api.ok('persons:create', { ...personFields, name: 'Fia Sund' });
    expect(await api.ok('data:changes', { since: afterPrune.sequence })).toMatchObject({ domains: ['register'], everything: false });
  });
});
