/**
 * The register mirror and the views kept up to date from it (issue #8) give, after any sequence of
 * writes, exactly what a fresh read gives: the mirror equals a mirror loaded from scratch, the capacity
 * grid equals the grid ranked anew, the year cost report equals the whole calculation. The writes are
 * random (seeded): updates, tombstones, hard deletes whose rowid a new row reuses, inserts, INSERT OR
 * REPLACE, renamed persons and groups, moved persons, writes from another connection, and a pruned log.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { capacityPage, rankCapacity } from '../../src/main/domain/capacity/grid';
import { monthWindow } from '../../src/main/domain/capacity/months';
import { yearReport } from '../../src/main/domain/cost-plan/year-report';
import { pruneChangeLog } from '../../src/main/db/change-log';
import { readCapacitySettings } from '../../src/main/repositories/capacity-settings';
import { capacityMemberships, regionNames } from '../../src/main/repositories/planning-queries';
import { RegisterMirror, registerMirror, warmUpRegisterMirror } from '../../src/main/repositories/register-mirror';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { loadPlan } from '../../src/main/services/costs/load-plan';
import { generateDataset } from '../../src/main/services/generator/generate-service';
import { Prng } from '../../src/main/services/generator/prng';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

type Sqlite = StartedApp['ctx']['sqlite'];
const NOW = '2026-11-23T10:00:00.000Z';
const REGIONS = ['01', '03', '12', '14', '25'];

function pick<T>(prng: Prng, list: readonly T[]): T {
  return list[prng.int(0, list.length - 1)]!;
}

function ids(sqlite: Sqlite, table: string): string[] {
  return sqlite.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY rowid`).pluck().all() as string[];
}

function insertMembership(sqlite: Sqlite, prng: Prng, verb: 'INSERT' | 'INSERT OR REPLACE', id: string = crypto.randomUUID()): void {
  const start = `202${prng.int(4, 6)}-0${prng.int(1, 9)}-01`;
  sqlite
    .prepare(
      `${verb} INTO memberships (id, owner, version, created_at, updated_at, person_id, group_id, role, start_date, end_date, allocation_bp, status)
    VALUES (?, '01', 1, ?, ?, ?, ?, 'MEMBER', ?, NULL, ?, 'DECIDED')`,
    )
    .run(id, NOW, NOW, pick(prng, ids(sqlite, 'persons')), pick(prng, ids(sqlite, 'groups')), start, prng.int(1, 40) * 100);
}

/** One random write; `other` is a second connection to the same file. */
function randomWrite(sqlite: Sqlite, other: Sqlite, prng: Prng): void {
  const db = prng.chance(0.2) ? other : sqlite;
  const membership = pick(prng, ids(db, 'memberships'));
  const person = pick(prng, ids(db, 'persons'));
  switch (prng.int(0, 9)) {
    case 0:
      db.prepare('UPDATE memberships SET allocation_bp = ?, version = version + 1 WHERE id = ?').run(prng.int(0, 50) * 100, membership);
      return;
    case 1:
      db.prepare("UPDATE memberships SET end_date = ?, status = 'ENDED' WHERE id = ? AND start_date <= ?").run(
        '2026-06-30',
        membership,
        '2026-06-30',
      );
      return;
    case 2:
      db.prepare('UPDATE memberships SET deleted_at = ? WHERE id = ?').run(NOW, membership);
      return;
    case 3: {
      // the newest row goes and a new one takes its rowid
      db.prepare('DELETE FROM memberships WHERE rowid = (SELECT max(rowid) FROM memberships)').run();
      insertMembership(db, prng, 'INSERT');
      return;
    }
    case 4:
      insertMembership(db, prng, 'INSERT');
      return;
    case 5:
      insertMembership(db, prng, 'INSERT OR REPLACE', membership);
      return;
    case 6:
      db.prepare('UPDATE persons SET name = ?, profession = ? WHERE id = ?').run(
        `Åsa Ändrad ${prng.int(0, 999)}`,
        pick(prng, ['Läkare', 'Sjuksköterska', null]),
        person,
      );
      return;
    case 7:
      db.prepare('UPDATE persons SET region_code = ? WHERE id = ?').run(pick(prng, REGIONS), person);
      return;
    case 8:
      db.prepare(prng.chance(0.5) ? 'UPDATE persons SET deleted_at = ? WHERE id = ?' : 'UPDATE persons SET notes = ? WHERE id = ?').run(
        NOW,
        person,
      );
      return;
    default:
      db.prepare('UPDATE groups SET name = ? WHERE id = ?').run(`Grupp ${prng.int(0, 999)}`, pick(prng, ids(db, 'groups')));
      return;
  }
}

function expectSameMirror(sqlite: Sqlite): void {
  const live = registerMirror(sqlite);
  const fresh = new RegisterMirror(sqlite).refresh();
  expect([...live.memberships.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    [...fresh.memberships.values()].sort((a, b) => a.id.localeCompare(b.id)),
  );
  expect(live.inPlanOrder().map((m) => m.id)).toEqual(fresh.inPlanOrder().map((m) => m.id));
  expect(live.personsByName().map((p) => p.id)).toEqual(fresh.personsByName().map((p) => p.id));
  for (const code of fresh.regionCodes())
    expect(new Set([...live.regionMemberships(code)].map((m) => m.id))).toEqual(
      new Set([...fresh.regionMemberships(code)].map((m) => m.id)),
    );
}

async function expectedGrid(
  app: StartedApp,
  question: { from: string; regionCodes: string[] | null; sort: 'NAME' | 'PEAK_DESC' },
): Promise<unknown> {
  const months = monthWindow(question.from, 12);
  const settings = await readCapacitySettings(app.ctx.db);
  const fresh = new RegisterMirror(app.ctx.sqlite).refresh();
  const entries = capacityMemberships(fresh, {
    firstDay: months[0]!.firstDay,
    lastDay: months[11]!.lastDay,
    regionCodes: question.regionCodes,
    organisationId: null,
  });
  // through the generic path (persons and memberships apart, grouped again), not the live one
  const persons = new Map(entries.map((e) => [e.person.id, e.person]));
  const memberships = entries.flatMap((e) => e.memberships).reverse();
  const options = {
    months,
    settings,
    regionNames: await regionNames(app.ctx.db),
    groupType: null,
    groupId: null,
    countOnlyMatching: false,
    minBand: null,
    sort: question.sort,
  };
  return JSON.parse(
    JSON.stringify(
      capacityPage(rankCapacity(persons, memberships, options), { months, settings, offset: 0, limit: 5000, withTotals: true }),
    ),
  );
}

async function expectedCosts(app: StartedApp, year: number): Promise<unknown> {
  const fresh = new RegisterMirror(app.ctx.sqlite).refresh();
  const memberships = fresh
    .inPlanOrder()
    .filter((m) => m.personRegionCode !== null && m.startDate <= `${year}-12-31` && (m.endDate === null || m.endDate >= `${year}-01-01`));
  const plan = {
    ...(await loadPlan(app.ctx, { memberships: false })),
    memberships: memberships as ((typeof memberships)[number] & { personRegionCode: string })[],
  };
  return JSON.parse(JSON.stringify(yearReport(plan, year, null, null, { lines: false })));
}

describe('views kept up to date from the register mirror', () => {
  it('after random writes, the mirror, the capacity grid and the cost report equal a fresh read', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    await ok('setup:complete', { ownerCode: 'STOCKHOLM_GOTLAND' });
    await generateDataset(app.ctx, { scale: 'small', seed: 21 });
    const sqlite = app.ctx.sqlite;
    const other = new Database(app.ctx.dbPath);
    const prng = new Prng(2026);
    const questions = [
      { from: '2026-01', regionCodes: null, sort: 'NAME' as const },
      { from: '2025-07', regionCodes: ['01', '09'], sort: 'PEAK_DESC' as const },
    ];
    const ask = (q: (typeof questions)[number]) =>
      ok('capacity:grid', {
        from: q.from,
        monthCount: 12,
        regionCode: null,
        healthcareRegionCode: q.regionCodes ? 'STOCKHOLM_GOTLAND' : null,
        sort: q.sort,
        limit: 5000,
      });
    for (const q of questions) expect(await ask(q)).toEqual(await expectedGrid(app, q));
    expect(await ok('cost-report:year', { year: 2026 })).toEqual(await expectedCosts(app, 2026));
    for (let round = 0; round < 40; round++) {
      for (let i = prng.int(1, 4); i > 0; i--) randomWrite(sqlite, other, prng);
      if (round === 25) pruneChangeLog(other); // as another opening would: the mirror must notice the gap
      expectSameMirror(sqlite);
      const q = questions[round % 2]!;
      expect(await ask(q)).toEqual(await expectedGrid(app, q));
      expect(await ok('cost-report:year', { year: 2026 })).toEqual(await expectedCosts(app, 2026));
    }
    other.close();
    await app.opened.close();
  });

  it('a warm-up in steps, with writes between the steps, ends in the same mirror as a fresh read', async () => {
    const app = await startTestApp();
    await caller(app).ok('setup:complete', { ownerCode: 'VASTRA' });
    await generateDataset(app.ctx, { scale: 'small', seed: 22 });
    const sqlite = app.ctx.sqlite;
    const other = new Database(app.ctx.dbPath);
    const prng = new Prng(7);
    // the chunks are 2 000 memberships: make sure the load takes several
    for (let i = 0; i < 6000; i++) insertMembership(sqlite, prng, 'INSERT');
    const steps = warmUpRegisterMirror(sqlite);
    let count = 0;
    while (!steps.next().done) {
      count += 1;
      randomWrite(sqlite, other, prng);
      if (count === 3) expectSameMirror(sqlite); // a refresh in the middle finishes the load and catches up
    }
    expect(count).toBeGreaterThanOrEqual(3);
    expectSameMirror(sqlite);
    const q = { from: '2026-01', regionCodes: null, sort: 'NAME' as const };
    expect(await caller(app).ok('capacity:grid', { from: q.from, monthCount: 12, limit: 5000 })).toEqual(await expectedGrid(app, q));
    expect(await caller(app).ok('cost-report:year', { year: 2025 })).toEqual(await expectedCosts(app, 2025));
    other.close();
    await app.opened.close();
  });

  it('a warm-up that no refresh interrupts catches up the writes made during it', async () => {
    const app = await startTestApp();
    await caller(app).ok('setup:complete', { ownerCode: 'VASTRA' });
    await generateDataset(app.ctx, { scale: 'small', seed: 23 });
    const prng = new Prng(8);
    for (let i = 0; i < 6000; i++) insertMembership(app.ctx.sqlite, prng, 'INSERT');
    const other = new Database(app.ctx.dbPath);
    const steps = warmUpRegisterMirror(app.ctx.sqlite);
    steps.next(); // persons and groups are read; the memberships come in later steps
    other
      .prepare(
        "UPDATE persons SET name = 'Öberg ' || name WHERE id IN (SELECT person_id FROM memberships WHERE deleted_at IS NULL LIMIT 50)",
      )
      .run();
    for (let i = 0; i < 3; i++) randomWrite(other, other, prng);
    while (!steps.next().done);
    expectSameMirror(app.ctx.sqlite);
    other.close();
    await app.opened.close();
  });

  it('the change log records updates and deletes of the mirrored tables, and opening empties it', async () => {
    const app = await startTestApp();
    const sqlite = app.ctx.sqlite;
    const before = sqlite.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
    const region = sqlite.prepare('SELECT rowid, id FROM groups LIMIT 1').get() as { rowid: number; id: string };
    sqlite.prepare("UPDATE groups SET name = name || ' (ny)' WHERE id = ?").run(region.id);
    expect(sqlite.prepare('SELECT entity, op, record_id, row_id FROM change_log ORDER BY seq DESC LIMIT 1').get()).toEqual({
      entity: 'groups',
      op: 'U',
      record_id: region.id,
      row_id: region.rowid,
    });
    expect(sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before + 1);
    const dbPath = app.ctx.dbPath;
    await app.opened.close();
    const reopened = new Database(dbPath);
    expect(reopened.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(1);
    reopened.close();
    const { startServices } = await import('../../src/main/services/bootstrap');
    const { RESOURCES_DIR } = await import('../helpers/temp');
    const again = await startServices({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't', actor: 't', create: false });
    expect(again.ctx.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
    await again.opened.close();
  });
});
