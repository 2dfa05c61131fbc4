/**
 * The read model (issue #13) gives, after any sequence of writes, exactly what the tables say: the
 * register mirror equals the join of the tables read with plain SQL (and their GROUP BY counts per
 * region), the capacity grid equals the grid ranked anew from those rows, the year cost report equals
 * the whole calculation on a plan whose memberships come from plain SQL. The oracle never goes through
 * the read model's own loading code. The writes are random (seeded): updates, tombstones, hard deletes
 * whose rowid a new row reuses, inserts, INSERT OR REPLACE, renamed persons and groups, moved persons,
 * writes from another connection, a pruned log, and finance edits (person salaries, default salaries,
 * cost items, allocation key shares, populations) interleaved with them.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { capacityPage, comparePersonsByName, rankCapacity, type CapacityPerson } from '../../src/main/domain/capacity/grid';
import { selectPlaceholders, withPlaceholders } from '../../src/main/domain/capacity/placeholders';
import { computePlaceholders } from '../../src/main/services/planning/capacity-placeholders';
import { isoDay } from '../../src/shared/calendar';
import { monthWindow } from '../../src/shared/calendar';
import { yearReport } from '../../src/main/domain/cost-plan/year-report';
import { pruneChangeLog } from '../../src/main/db/change-log';
import { readCapacitySettings } from '../../src/main/repositories/capacity-settings';
import { regionNames } from '../../src/main/repositories/planning-queries';
import type { PlanMembership } from '../../src/main/domain/cost-plan/types';
import type { MembershipStatus } from '@shared/domain/enums';
import type { ReadModel } from '../../src/main/read-model';
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

type Pool = { persons: string[]; groups: string[] };

function insertMembership(
  sqlite: Sqlite,
  prng: Prng,
  verb: 'INSERT' | 'INSERT OR REPLACE',
  id: string = crypto.randomUUID(),
  pool: Pool = { persons: ids(sqlite, 'persons'), groups: ids(sqlite, 'groups') },
): void {
  const start = `202${prng.int(4, 6)}-0${prng.int(1, 9)}-01`;
  sqlite
    .prepare(
      `${verb} INTO memberships (id, owner, version, created_at, updated_at, person_id, group_id, role, start_date, end_date, allocation_bp, status)
    VALUES (?, '01', 1, ?, ?, ?, ?, 'MEMBER', ?, NULL, ?, 'DECIDED')`,
    )
    .run(id, NOW, NOW, pick(prng, pool.persons), pick(prng, pool.groups), start, prng.int(1, 40) * 100);
}

/** Many new memberships at once (the persons and groups they pick from read once). */
function insertMemberships(sqlite: Sqlite, prng: Prng, count: number): void {
  const pool = { persons: ids(sqlite, 'persons'), groups: ids(sqlite, 'groups') };
  for (let i = 0; i < count; i++) insertMembership(sqlite, prng, 'INSERT', crypto.randomUUID(), pool);
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

/** A finance edit: what the cost report reads besides the memberships. */
function randomFinanceEdit(db: Sqlite, prng: Prng): void {
  const one = (sql: string) => db.prepare(sql).pluck().get() as string | undefined;
  switch (prng.int(0, 5)) {
    case 0: {
      const id = one('SELECT id FROM person_salaries WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) db.prepare('UPDATE person_salaries SET monthly_salary_ore = ? WHERE id = ?').run(prng.int(30, 90) * 100_000, id);
      return;
    }
    case 1: {
      const person = pick(prng, ids(db, 'persons'));
      db.prepare(
        `INSERT INTO person_salaries (id, owner, version, created_at, updated_at, person_id, effective_date, monthly_salary_ore)
        VALUES (?, '01', 1, ?, ?, ?, ?, ?)`,
      ).run(
        crypto.randomUUID(),
        NOW,
        NOW,
        person,
        `202${prng.int(3, 6)}-0${prng.int(1, 9)}-1${prng.int(0, 9)}`,
        prng.int(30, 90) * 100_000,
      );
      return;
    }
    case 2: {
      const id = one('SELECT id FROM default_salaries WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) db.prepare('UPDATE default_salaries SET monthly_salary_ore = ? WHERE id = ?').run(prng.int(30, 90) * 100_000, id);
      return;
    }
    case 3: {
      const id = one('SELECT id FROM cost_items WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id)
        db.prepare(
          "UPDATE cost_items SET amount_ore = CASE WHEN kind = 'FIXED_AMOUNT' THEN ? ELSE NULL END, allocation_bp = CASE WHEN kind = 'STAFFED_ROLE' THEN ? ELSE allocation_bp END WHERE id = ?",
        ).run(prng.int(1, 500) * 100_000, prng.int(0, 100) * 100, id);
      return;
    }
    case 4: {
      const id = one('SELECT id FROM allocation_key_shares WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) db.prepare('UPDATE allocation_key_shares SET share_bp = ? WHERE id = ?').run(prng.int(0, 100) * 100, id);
      return;
    }
    default: {
      const id = one('SELECT id FROM healthcare_region_member_populations WHERE deleted_at IS NULL ORDER BY random() LIMIT 1');
      if (id) db.prepare('UPDATE healthcare_region_member_populations SET population = ? WHERE id = ?').run(prng.int(10, 2000) * 1000, id);
      return;
    }
  }
}

type SqlMembership = PlanMembership & { status: MembershipStatus; personRegionCode: string | null; groupRegionCode: string | null };

/** The oracle: live memberships of live persons in live groups, joined and ordered by plain SQL (the plan's order). */
function sqlMemberships(sqlite: Sqlite): SqlMembership[] {
  return sqlite
    .prepare(
      `SELECT m.id, m.person_id AS personId, m.group_id AS groupId, m.role, m.status, m.start_date AS startDate, m.end_date AS endDate,
        m.allocation_bp AS allocationBp, p.name AS personName, p.region_code AS personRegionCode, p.profession,
        g.name AS groupName, g.type AS groupType, g.region_code AS groupRegionCode
      FROM memberships m
      JOIN persons p ON p.id = m.person_id AND p.deleted_at IS NULL
      JOIN groups g ON g.id = m.group_id AND g.deleted_at IS NULL
      WHERE m.deleted_at IS NULL
      ORDER BY p.name, g.name, m.start_date, m.id`,
    )
    .all() as SqlMembership[];
}

function expectSameMirror(readModel: ReadModel, sqlite: Sqlite): void {
  const mirror = readModel.mirror();
  const expected = sqlMemberships(sqlite);
  expect(mirror.inPlanOrder().map(({ span: _span, ...m }) => m)).toEqual(expected);
  const persons = sqlite.prepare('SELECT id, name FROM persons WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
  expect(mirror.personsByName().map((p) => p.id)).toEqual(
    persons
      .map((p) => ({ ...p, regionCode: null, organisationId: null, organisationName: null }))
      .sort(comparePersonsByName)
      .map((p) => p.id),
  );
  const perRegion = sqlite
    .prepare(
      `SELECT coalesce(p.region_code, '') AS code, count(*) AS n FROM memberships m
      JOIN persons p ON p.id = m.person_id AND p.deleted_at IS NULL
      JOIN groups g ON g.id = m.group_id AND g.deleted_at IS NULL
      WHERE m.deleted_at IS NULL GROUP BY code ORDER BY code`,
    )
    .all() as { code: string; n: number }[];
  expect(
    mirror
      .regionCodes()
      .map((code) => ({ code, n: mirror.regionMemberships(code).length }))
      .filter((r) => r.n > 0)
      .sort((a, b) => (a.code < b.code ? -1 : 1)),
  ).toEqual(perRegion);
}

async function expectedGrid(
  app: StartedApp,
  question: { from: string; regionCodes: string[] | null; sort: 'NAME' | 'PEAK_DESC' },
): Promise<unknown> {
  const months = monthWindow(question.from, 12);
  const settings = readCapacitySettings(app.ctx.conn);
  const first = months[0]!.firstDay;
  const last = months[11]!.lastDay;
  const rows = sqlMemberships(app.ctx.sqlite).filter(
    (m) =>
      m.startDate <= last &&
      (m.endDate === null || m.endDate >= first) &&
      (question.regionCodes === null || (m.personRegionCode !== null && question.regionCodes.includes(m.personRegionCode))),
  );
  const people = app.ctx.sqlite
    .prepare(
      `SELECT p.id, p.name, p.region_code AS regionCode, p.organisation_id AS organisationId, o.name AS organisationName
      FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.deleted_at IS NULL`,
    )
    .all() as CapacityPerson[];
  const selected = new Set(rows.map((m) => m.personId));
  const persons = new Map(people.filter((p) => selected.has(p.id)).map((p) => [p.id, p]));
  const options = {
    months,
    settings,
    regionNames: regionNames(app.ctx.conn),
    groupType: null,
    groupId: null,
    countOnlyMatching: false,
    minBand: null,
    sort: question.sort,
  };
  // the placeholder rows read afresh (the grid remembers them on the read model while nothing changed)
  const placeholders = selectPlaceholders(await computePlaceholders(app.ctx, months, null, isoDay(app.ctx.now())), {
    regionCodes: question.regionCodes,
    healthcareRegionCode: question.regionCodes ? 'STOCKHOLM_GOTLAND' : null,
    organisationId: null,
    groupType: null,
    groupId: null,
  });
  const grid = withPlaceholders(rankCapacity(persons, rows.reverse(), options), placeholders, {
    months,
    settings,
    minBand: null,
    sort: question.sort,
  });
  return JSON.parse(JSON.stringify(capacityPage(grid, { months, settings, offset: 0, limit: 5000, withTotals: true })));
}

async function expectedCosts(app: StartedApp, year: number): Promise<unknown> {
  const memberships = sqlMemberships(app.ctx.sqlite)
    .filter((m) => m.personRegionCode !== null && m.startDate <= `${year}-12-31` && (m.endDate === null || m.endDate >= `${year}-01-01`))
    .map(({ status: _status, groupRegionCode: _group, ...m }) => m);
  const plan = { ...loadPlan(app.ctx, { memberships: false }), memberships };
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
      for (let i = prng.int(0, 2); i > 0; i--) randomFinanceEdit(prng.chance(0.2) ? other : sqlite, prng);
      if (round === 25) pruneChangeLog(other); // as another opening would: the mirror must notice the gap
      expectSameMirror(app.ctx.readModel, sqlite);
      const q = questions[round % 2]!;
      expect(await ask(q)).toEqual(await expectedGrid(app, q));
      expect(await ok('cost-report:year', { year: 2026 })).toEqual(await expectedCosts(app, 2026));
    }
    other.close();
    await app.opened.close();
  }, 300_000); // fixed work (40 rounds, each checked against the whole calculation): only a slow machine takes longer

  it('a warm-up in steps, with writes between the steps, ends in the same mirror as a fresh read', async () => {
    const app = await startTestApp();
    await caller(app).ok('setup:complete', { ownerCode: 'VASTRA' });
    await generateDataset(app.ctx, { scale: 'small', seed: 22 });
    const sqlite = app.ctx.sqlite;
    const other = new Database(app.ctx.dbPath);
    const prng = new Prng(7);
    // the chunks are 2 000 memberships: make sure the load takes several
    insertMemberships(sqlite, prng, 6000);
    const steps = app.ctx.readModel.warmUpSteps();
    let count = 0;
    while (!steps.next().done) {
      count += 1;
      randomWrite(sqlite, other, prng);
      if (count === 3) expectSameMirror(app.ctx.readModel, sqlite); // a refresh in the middle finishes the load and catches up
    }
    expect(count).toBeGreaterThanOrEqual(3);
    expectSameMirror(app.ctx.readModel, sqlite);
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
    insertMemberships(app.ctx.sqlite, prng, 6000);
    const other = new Database(app.ctx.dbPath);
    const steps = app.ctx.readModel.warmUpSteps();
    steps.next(); // persons and groups are read; the memberships come in later steps
    other
      .prepare(
        "UPDATE persons SET name = 'Öberg ' || name WHERE id IN (SELECT person_id FROM memberships WHERE deleted_at IS NULL LIMIT 50)",
      )
      .run();
    for (let i = 0; i < 3; i++) randomWrite(other, other, prng);
    while (!steps.next().done);
    expectSameMirror(app.ctx.readModel, app.ctx.sqlite);
    other.close();
    await app.opened.close();
  });

  it('the change log records inserts, updates and deletes with a growing sequence, and opening empties it', async () => {
    const app = await startTestApp();
    const sqlite = app.ctx.sqlite;
    const last = () => sqlite.prepare('SELECT entity, op, record_id, row_id FROM change_log ORDER BY seq DESC LIMIT 1').get();
    const before = sqlite.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
    const group = sqlite.prepare('SELECT rowid, id FROM groups LIMIT 1').get() as { rowid: number; id: string };
    sqlite.prepare("UPDATE groups SET name = name || ' (ny)' WHERE id = ?").run(group.id);
    expect(last()).toEqual({ entity: 'groups', op: 'U', record_id: group.id, row_id: group.rowid });
    sqlite
      .prepare("INSERT INTO persons (id, owner, created_at, updated_at, name) VALUES (?, '01', ?, ?, 'Åsa Öberg')")
      .run(crypto.randomUUID(), NOW, NOW);
    insertMembership(sqlite, new Prng(1), 'INSERT');
    const inserted = sqlite.prepare('SELECT rowid, id FROM memberships ORDER BY rowid DESC LIMIT 1').get() as { rowid: number; id: string };
    expect(last()).toEqual({ entity: 'memberships', op: 'I', record_id: inserted.id, row_id: inserted.rowid });
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('test.key', 'x')").run();
    expect(last()).toMatchObject({ entity: 'settings', op: 'I', record_id: 'test.key' });
    sqlite.prepare('DELETE FROM memberships WHERE id = ?').run(inserted.id);
    expect(last()).toEqual({ entity: 'memberships', op: 'D', record_id: inserted.id, row_id: inserted.rowid });
    expect(sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before + 5);
    const sequence = app.ctx.readModel.mirror().sequence();
    const dbPath = app.ctx.dbPath;
    await app.opened.close();
    const reopened = new Database(dbPath);
    expect(reopened.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before + 5);
    reopened.close();
    const { startServices } = await import('../../src/main/services/bootstrap');
    const { RESOURCES_DIR } = await import('../helpers/temp');
    const again = await startServices({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't', actor: 't', create: false });
    expect(again.ctx.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
    // emptied, but the sequence goes on: a read model never mistakes a later write for "nothing changed"
    expect(again.ctx.readModel.mirror().sequence()).toBe(sequence);
    await again.opened.close();
  });

  it('a second database opened in the same process gets its own read model', async () => {
    const first = await startTestApp();
    const second = await startTestApp();
    await caller(first).ok('setup:complete', { ownerCode: 'VASTRA' });
    await caller(second).ok('setup:complete', { ownerCode: 'NORRA' });
    await generateDataset(first.ctx, { scale: 'small', seed: 31 });
    await generateDataset(second.ctx, { scale: 'small', seed: 32 });
    expect(first.ctx.readModel).not.toBe(second.ctx.readModel);
    expect(first.ctx.readModel.mirror().memberships.size).toBe(sqlMemberships(first.ctx.sqlite).length);
    expect(second.ctx.readModel.mirror().memberships.size).toBe(sqlMemberships(second.ctx.sqlite).length);
    expect(first.ctx.readModel.mirror().inPlanOrder()[0]?.id).not.toBe(second.ctx.readModel.mirror().inPlanOrder()[0]?.id);
    expect(await caller(second).ok('cost-report:year', { year: 2026 })).toEqual(await expectedCosts(second, 2026));
    expect(await caller(first).ok('cost-report:year', { year: 2026 })).toEqual(await expectedCosts(first, 2026));
    // a write to one database changes its own views only
    insertMembership(second.ctx.sqlite, new Prng(3), 'INSERT');
    expect(second.ctx.readModel.mirror().memberships.size).toBe(sqlMemberships(second.ctx.sqlite).length);
    expectSameMirror(first.ctx.readModel, first.ctx.sqlite);
    await first.opened.close();
    await second.opened.close();
  });
});
