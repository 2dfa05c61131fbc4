/**
 * The first capacity grid and year cost report after a start catch up from the rows and region parts saved at
 * the last shutdown (read-model/grid-seeds.ts, year-seeds.ts) when the data changed while the app was closed:
 * they must equal a fresh computation in a separate app on the same file (the grid: a new read model ranking
 * every person from a full read; the cost report: the whole calculation on the full plan),
 * whatever was written meanwhile — memberships edited, ended, tombstoned, inserted or moved to another
 * person, persons renamed, moved or tombstoned, groups renamed or tombstoned, organisations renamed, finance
 * rows edited — and fall back to the full read on a log gap or on more changes than a catch-up takes.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend/backend';
import { CATCH_UP_AT_MOST } from '../../src/main/read-model/saved-answers';
import { getCapacityGrid } from '../../src/main/services/planning/capacity';
import { loadPlan } from '../../src/main/services/costs/load-plan';
import { yearReport } from '../../src/main/domain/cost-plan/year-report';
import { generateDataset } from '../../src/main/services/generator/generate-service';
import { Prng } from '../../src/main/services/generator/prng';
import { capacityGridInputSchema } from '../../src/shared/contract/planning/capacity';
import { backendOk, openBackend, withFreshApp } from '../helpers/setup';
import { tempDir } from '../helpers/temp';

const NOW = '2026-11-23T10:00:00.000Z';
const REGIONS = ['01', '03', '12', '14', '25'];
const QUESTIONS = [
  { from: '2026-01', healthcareRegionCode: 'STOCKHOLM_GOTLAND', limit: 5000, withTotals: true },
  { from: '2025-07', monthCount: 18, sort: 'PEAK_DESC', limit: 5000, withTotals: true },
] as const;

/** The 2026 cost report computed afresh: the whole calculation on the full plan, in another app on the same file. */
async function freshCostReport(dbPath: string): Promise<unknown> {
  return withFreshApp<unknown>(dbPath, (app) =>
    JSON.parse(JSON.stringify(yearReport(loadPlan(app.ctx, { year: 2026 }), 2026, null, null, { lines: false }))),
  );
}

/** One finance edit while the app is closed: a person's salary, a default salary, a cost item, a key's population. */
function financeWhileClosed(db: Database.Database, prng: Prng): void {
  const one = (sql: string) => db.prepare(sql).pluck().get() as string | undefined;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  switch (prng.int(0, 3)) {
    case 0: {
      const id = one('SELECT id FROM person_salaries WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) run('UPDATE person_salaries SET monthly_salary_ore = ?, version = version + 1 WHERE id = ?', prng.int(30, 90) * 100_000, id);
      return;
    }
    case 1: {
      const id = one('SELECT id FROM default_salaries WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) run('UPDATE default_salaries SET monthly_salary_ore = monthly_salary_ore + 10000, version = version + 1 WHERE id = ?', id);
      return;
    }
    case 2: {
      const id = one("SELECT id FROM cost_items WHERE deleted_at IS NULL AND kind = 'FIXED_AMOUNT' ORDER BY random() LIMIT 1");
      if (id) run('UPDATE cost_items SET amount_ore = amount_ore + 100000, version = version + 1 WHERE id = ?', id);
      return;
    }
    default: {
      const id = one('SELECT id FROM healthcare_region_member_populations WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) run('UPDATE healthcare_region_member_populations SET population = population + 1000 WHERE id = ?', id);
    }
  }
}

/** The grid computed afresh by another app on the same file (its own read model, nothing saved at its close). */
async function freshGrid(dbPath: string, question: unknown): Promise<unknown> {
  return withFreshApp<unknown>(dbPath, async (app) =>
    JSON.parse(JSON.stringify(await getCapacityGrid(app.ctx, capacityGridInputSchema.parse(question)))),
  );
}

function ctxOf(backend: Backend) {
  if (!backend.app) throw new Error('the backend did not start');
  return backend.app.ctx;
}

function pick<T>(prng: Prng, list: readonly T[]): T {
  return list[prng.int(0, list.length - 1)]!;
}

const ids = (db: Database.Database, table: string) =>
  db.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY rowid`).pluck().all() as string[];

function insertMembership(db: Database.Database, prng: Prng, verb: 'INSERT' | 'INSERT OR REPLACE', id: string): void {
  db.prepare(
    `${verb} INTO memberships (id, owner, version, created_at, updated_at, person_id, group_id, role, start_date, end_date, allocation_bp, status)
    VALUES (?, '01', 1, ?, ?, ?, ?, 'MEMBER', ?, NULL, ?, 'DECIDED')`,
  ).run(
    id,
    NOW,
    NOW,
    pick(prng, ids(db, 'persons')),
    pick(prng, ids(db, 'groups')),
    `202${prng.int(5, 6)}-0${prng.int(1, 9)}-01`,
    prng.int(1, 40) * 100,
  );
}

/** One write while the app is closed (as a CLI edit or another user's package would make it). */
function writeWhileClosed(db: Database.Database, prng: Prng): void {
  const membership = pick(prng, ids(db, 'memberships'));
  const person = pick(prng, ids(db, 'persons'));
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  switch (prng.int(0, 10)) {
    case 0:
      return void run('UPDATE memberships SET allocation_bp = ?, version = version + 1 WHERE id = ?', prng.int(0, 50) * 100, membership);
    case 1:
      return void run(
        "UPDATE memberships SET end_date = '2026-06-30', status = 'ENDED' WHERE id = ? AND start_date <= '2026-06-30'",
        membership,
      );
    case 2:
      return void run('UPDATE memberships SET deleted_at = ? WHERE id = ?', NOW, membership);
    case 3:
      return insertMembership(db, prng, 'INSERT', crypto.randomUUID());
    case 4:
      return insertMembership(db, prng, 'INSERT OR REPLACE', membership); // the same membership, another person
    case 5:
      return void run('UPDATE persons SET name = ? WHERE id = ?', `Åsa Öberg ${prng.int(0, 999)}`, person);
    case 6:
      return void run('UPDATE persons SET region_code = ? WHERE id = ?', pick(prng, REGIONS), person);
    case 7:
      return void run('UPDATE persons SET deleted_at = ? WHERE id = ?', NOW, person);
    case 8:
      return prng.chance(0.7)
        ? void run('UPDATE groups SET name = ? WHERE id = ?', `Grupp ${prng.int(0, 999)}`, pick(prng, ids(db, 'groups')))
        : void run('UPDATE groups SET deleted_at = ? WHERE id = ?', NOW, pick(prng, ids(db, 'groups')));
    case 9: {
      const organisation = db.prepare('SELECT id FROM organisations ORDER BY random() LIMIT 1').pluck().get() as string | undefined;
      if (organisation) run('UPDATE organisations SET name = ? WHERE id = ?', `Org ${prng.int(0, 999)}`, organisation);
      return;
    }
    default: {
      const salary = db.prepare('SELECT id FROM person_salaries ORDER BY random() LIMIT 1').pluck().get() as string | undefined;
      if (salary) run('UPDATE person_salaries SET monthly_salary_ore = ? WHERE id = ?', prng.int(30, 90) * 100_000, salary);
    }
  }
}

/** A membership of 2026 that counts moved to a person of another region (the same id: INSERT OR REPLACE, as a package may). */
function moveMembership(db: Database.Database): void {
  const m = db
    .prepare(
      `SELECT m.id, p.region_code AS region FROM memberships m JOIN persons p ON p.id = m.person_id
      WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL AND m.allocation_bp > 0 AND m.start_date <= '2026-12-31'
        AND (m.end_date IS NULL OR m.end_date >= '2026-01-01') ORDER BY random() LIMIT 1`,
    )
    .get() as { id: string; region: string } | undefined;
  const to = db
    .prepare('SELECT id FROM persons WHERE deleted_at IS NULL AND region_code IS NOT NULL AND region_code <> ? ORDER BY random() LIMIT 1')
    .pluck()
    .get(m?.region ?? '') as string | undefined;
  if (!m || !to) return;
  db.prepare(
    `INSERT OR REPLACE INTO memberships (id, owner, version, created_at, updated_at, person_id, group_id, role, start_date, end_date, allocation_bp, status)
    SELECT id, owner, version + 1, created_at, updated_at, ?, group_id, role, start_date, end_date, allocation_bp, status FROM memberships WHERE id = ?`,
  ).run(to, m.id);
}

function whileClosed(dbPath: string, work: (db: Database.Database) => void): void {
  const db = new Database(dbPath);
  try {
    work(db);
  } finally {
    db.close();
  }
}

async function newDatabase(seed: number): Promise<string> {
  const dbPath = path.join(tempDir(), 'samplan.db');
  const backend = await openBackend(dbPath);
  await backendOk(backend, 'setup:complete', { ownerCode: 'STOCKHOLM_GOTLAND' });
  await generateDataset(ctxOf(backend), { scale: 'small', seed });
  for (const q of QUESTIONS) await backendOk(backend, 'capacity:grid', q);
  await backendOk(backend, 'cost-report:year', { year: 2026 });
  await backend.shutdown();
  return dbPath;
}

describe('the first grid and cost report after a start catch up from what was saved at the last shutdown', { timeout: 300_000 }, () => {
  it('after random writes while the app was closed, equals a fresh computation without reading the whole register', async () => {
    const dbPath = await newDatabase(31);
    const prng = new Prng(5);
    for (let round = 0; round < 9; round++) {
      // every fourth start nothing changed: the saved answers answer, and the rows to catch up from must outlive that start
      whileClosed(dbPath, (db) => {
        if (round % 4 === 2) return;
        for (let i = prng.int(1, 6); i > 0; i--) writeWhileClosed(db, prng);
        if (round % 2 === 0) moveMembership(db);
        if (round % 3 === 2) financeWhileClosed(db, prng);
      });
      const backend = await openBackend(dbPath);
      for (const q of QUESTIONS) {
        expect(await backendOk(backend, 'capacity:grid', q)).toEqual(await freshGrid(dbPath, q));
        // answered from the saved rows: the register was not read in full
        expect(ctxOf(backend).readModel.mirrorLoaded()).toBe(false);
      }
      expect(await backendOk(backend, 'cost-report:year', { year: 2026 })).toEqual(await freshCostReport(dbPath));
      // from the saved region parts too — unless the finance edit changed what every region reads (a staffed role, the hostings' order)
      if (round % 3 !== 2) expect(ctxOf(backend).readModel.mirrorLoaded()).toBe(false);
      if (round % 2 === 1) {
        // the mirror warmed up: the live grid takes the rows over and follows later writes
        for (const step of ctxOf(backend).readModel.warmUpSteps()) void step;
        whileClosed(dbPath, (db) => writeWhileClosed(db, prng));
        for (const q of QUESTIONS) expect(await backendOk(backend, 'capacity:grid', q)).toEqual(await freshGrid(dbPath, q));
        expect(await backendOk(backend, 'cost-report:year', { year: 2026 })).toEqual(await freshCostReport(dbPath));
      }
      await backend.shutdown();
    }
  });

  it("the cost report's saved person parts: many touched persons, and parts that no longer read, still answer right", async () => {
    const dbPath = await newDatabase(33);
    const prng = new Prng(7);
    const cases: ((db: Database.Database) => void)[] = [
      // more ids than a substring search takes (every region's parts are read), fewer than a catch-up takes
      (db) => {
        for (let i = 0; i < 100; i++) insertMembership(db, prng, 'INSERT', crypto.randomUUID());
        moveMembership(db);
      },
      // a region's saved parts of another shape: the report is computed in full instead
      (db) => {
        writeWhileClosed(db, prng);
        moveMembership(db);
        const row = db.prepare("SELECT key, body FROM saved_answers WHERE key = 'year parts 2026'").get() as { key: string; body: string };
        // the first line is the regions' reports, then one line per region: code, a tab, its persons' parts
        const [head, ...regions] = row.body.split('\n');
        const body = [head, ...regions.map((line) => `${line.slice(0, line.indexOf('\t'))}\t[["not", "a part"]]`)].join('\n');
        db.prepare('UPDATE saved_answers SET body = ? WHERE key = ?').run(body, row.key);
      },
    ];
    for (const change of cases) {
      whileClosed(dbPath, change);
      const backend = await openBackend(dbPath);
      expect(await backendOk(backend, 'cost-report:year', { year: 2026 })).toEqual(await freshCostReport(dbPath));
      await backend.shutdown();
    }
  });

  it('a log gap or more changes than a catch-up takes reads the whole register (and still answers right)', async () => {
    const dbPath = await newDatabase(32);
    const prng = new Prng(6);
    const cases: ((db: Database.Database) => void)[] = [
      (db) => {
        writeWhileClosed(db, prng);
        db.prepare('DELETE FROM change_log').run(); // pruned: the log no longer says what changed
      },
      (db) => {
        for (let i = 0; i <= CATCH_UP_AT_MOST; i++) insertMembership(db, prng, 'INSERT', crypto.randomUUID());
      },
    ];
    for (const change of cases) {
      whileClosed(dbPath, change);
      const backend = await openBackend(dbPath);
      const q = QUESTIONS[0];
      expect(await backendOk(backend, 'cost-report:year', { year: 2026 })).toEqual(await freshCostReport(dbPath));
      expect(ctxOf(backend).readModel.mirrorLoaded()).toBe(true);
      expect(await backendOk(backend, 'capacity:grid', q)).toEqual(await freshGrid(dbPath, q));
      await backend.shutdown();
    }
  });
});
