import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backendOk, openBackend } from '../helpers/setup';
import { tempDir } from '../helpers/temp';

const GRID = { from: '2026-01', monthCount: 12, healthcareRegionCode: 'NORRA' };

function savedKeys(dbPath: string): string[] {
  const raw = new Database(dbPath, { readonly: true });
  try {
    return (raw.prepare('SELECT key FROM saved_answers ORDER BY key').all() as { key: string }[]).map((r) => r.key);
  } finally {
    raw.close();
  }
}

/** Rewrites the saved capacity grid: an answer read from the file can then be told from a computed one. */
function rewriteSavedGrid(dbPath: string, change: (grid: Record<string, unknown>) => Record<string, unknown>): void {
  const raw = new Database(dbPath);
  try {
    const row = raw.prepare("SELECT key, body FROM saved_answers WHERE key LIKE '%capacity:grid%'").get() as { key: string; body: string };
    raw
      .prepare('UPDATE saved_answers SET body = ? WHERE key = ?')
      .run(JSON.stringify(change(JSON.parse(row.body) as Record<string, unknown>)), row.key);
  } finally {
    raw.close();
  }
}

const totalRows = (grid: unknown) => (grid as { totalRows: number }).totalRows;

describe('the national views answer from the last shutdown while nothing changed', { timeout: 120_000 }, () => {
  it('saves at shutdown and answers from the file after a restart; computes again after a change, a new version, another shape', async () => {
    const dbPath = path.join(tempDir(), 'samplan.db');
    let backend = await openBackend(dbPath);
    await backendOk(backend, 'setup:complete', { ownerCode: '23' });
    await backendOk(backend, 'example:load', {});
    const grid = await backendOk(backend, 'capacity:grid', GRID);
    const report = await backendOk(backend, 'cost-report:year', { year: 2026 });
    await backend.shutdown();
    // the two answers, the grid's ranked rows and the year's region parts (a first view after a change catches up
    // from them: grid-seeds.test.ts)
    expect(savedKeys(dbPath)).toHaveLength(4);
    expect(savedKeys(dbPath).filter((k) => k.startsWith('grid rows ') || k === 'year parts 2026')).toHaveLength(2);
    // the grid's placeholder rows depend on today, so its answer is saved for the day; a year's cost report is
    // the same on any day, so the first start of the next morning still answers from the file
    const keys = savedKeys(dbPath);
    expect(keys.find((k) => k.includes('capacity:grid'))).toMatch(/^\d{4}-\d{2}-\d{2} /);
    expect(keys.find((k) => k.includes('cost-report:year'))).toMatch(/^any day /);

    // unchanged: the first calls return what was saved (a rewritten total shows it came from the file)
    rewriteSavedGrid(dbPath, (g) => ({ ...g, totalRows: totalRows(g) + 1000 }));
    backend = await openBackend(dbPath);
    expect(totalRows(await backendOk(backend, 'capacity:grid', GRID))).toBe(totalRows(grid) + 1000);
    expect(await backendOk(backend, 'cost-report:year', { year: 2026 })).toEqual(report);
    await backend.shutdown();

    // a saved answer that is not of the output's shape is computed again
    rewriteSavedGrid(dbPath, (g) => ({ ...g, totalRows: 'many' }));
    backend = await openBackend(dbPath);
    expect(await backendOk(backend, 'capacity:grid', GRID)).toEqual(grid);
    await backend.shutdown();

    // another app version computes again
    rewriteSavedGrid(dbPath, (g) => ({ ...g, totalRows: totalRows(g) + 1000 }));
    backend = await openBackend(dbPath, '1.0.1');
    expect(await backendOk(backend, 'capacity:grid', GRID)).toEqual(grid);
    await backend.shutdown();

    // a change since the shutdown computes again
    rewriteSavedGrid(dbPath, (g) => ({ ...g, totalRows: totalRows(g) + 1000 }));
    backend = await openBackend(dbPath, '1.0.1');
    await backendOk(backend, 'settings:update', { language: 'en' });
    expect(await backendOk(backend, 'capacity:grid', GRID)).toEqual(grid);
    await backend.shutdown();
  });

  it('an erasure deletes the saved answers (a saved grid names persons)', async () => {
    const dbPath = path.join(tempDir(), 'samplan.db');
    let backend = await openBackend(dbPath);
    await backendOk(backend, 'setup:complete', { ownerCode: '23' });
    await backendOk(backend, 'example:load', {});
    await backendOk(backend, 'capacity:grid', GRID);
    await backend.shutdown();
    expect(savedKeys(dbPath)).toHaveLength(2);
    backend = await openBackend(dbPath);
    const { rows } = (await backendOk(backend, 'persons:search', { query: '', regionCode: '23' })) as {
      rows: { id: string; name: string }[];
    };
    const person = rows[0]!;
    await backendOk(backend, 'privacy:erase', { personId: person.id, confirmName: person.name });
    expect(savedKeys(dbPath)).toEqual([]);
    await backend.shutdown();
  });
});
