/**
 * The fast read paths of issue #8 give the figures of the plain calculation on a generated dataset:
 * the yearly cost report without lines (each distinct costing input costed once, only the year's
 * memberships read) and the capacity grid (cells only for the page, bands counted from the loads).
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { YearReport } from '../../src/shared/contract/cost/reports';
import type { CapacityGrid } from '../../src/shared/contract/planning/capacity';
import { yearReport } from '../../src/main/domain/cost-plan/year-report';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { loadPlan } from '../../src/main/services/costs/load-plan';
import { generateDataset } from '../../src/main/services/generator/generate-service';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

async function generated(owner: string, seed: number): Promise<StartedApp> {
  const app = await startTestApp();
  await caller(app).ok('setup:complete', { ownerCode: owner });
  await generateDataset(app.ctx, { scale: 'small', seed });
  return app;
}

describe('read paths at scale', () => {
  it('costs the generated representatives, and the year report without lines has the figures of the full calculation', async () => {
    const app = await generated('VASTRA', 11);
    // chairs of Region Uppsala lose their default salary: those memberships must fail the same way on both paths
    app.ctx.sqlite
      .prepare("UPDATE default_salaries SET deleted_at = '2025-02-01T00:00:00.000Z' WHERE owner = '03' AND role = 'CHAIR'")
      .run();
    const { ok } = caller(app);
    for (const year of [2024, 2026]) {
      const fast = await ok('cost-report:year', { year });
      const full = await ok('cost-report:year', { year, withLines: true });
      const plain = JSON.parse(JSON.stringify(yearReport(loadPlan(app.ctx), year, null, null)));
      expect(full).toEqual(plain);
      expect(fast).toEqual({ ...full, regions: full.regions.map((r) => ({ ...r, memberships: [] })) });
      const lines = full.regions.flatMap((r) => r.memberships);
      expect(lines.length).toBeGreaterThan(500);
      const failed = full.regions.flatMap((r) => r.warnings).filter((w) => w.code === 'MEMBERSHIP_FAILED');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.length).toBeLessThan(lines.length / 10);
      for (const r of full.regions) expect(r.membershipsOre).toBe(r.memberships.reduce((a, m) => a + m.costOre, 0));
      expect(full.totals.membershipsOre).toBeGreaterThan(0);
    }
    await app.opened.close();
  });

  it('a page of the capacity grid is that slice of the whole sorted list, with the same totals', async () => {
    const app = await generated('STOCKHOLM_GOTLAND', 12);
    const { ok } = caller(app);
    const base = { from: '2025-01', monthCount: 12, healthcareRegionCode: 'SODRA' };
    for (const sort of ['NAME', 'PEAK_DESC'] as const) {
      const all: CapacityGrid = await ok('capacity:grid', { ...base, sort, limit: 5000 });
      expect(all.totalRows).toBeGreaterThan(40);
      expect(all.rows).toHaveLength(all.totalRows);
      const page: CapacityGrid = await ok('capacity:grid', { ...base, sort, offset: 20, limit: 15 });
      expect(page.rows).toEqual(all.rows.slice(20, 35));
      expect(page.totals).toEqual(all.totals);
      const bands = { NONE: 0, OK: 0, HIGH: 0, OVER: 0 };
      for (const row of all.rows) for (const cell of row.cells) bands[cell.band] += 1;
      expect(all.totals?.bandCounts).toEqual(bands);
      const high: CapacityGrid = await ok('capacity:grid', { ...base, sort, minBand: 'HIGH', limit: 5000 });
      expect(high.rows).toEqual(all.rows.filter((r) => r.peakBand === 'HIGH' || r.peakBand === 'OVER'));
    }
    await app.opened.close();
  });

  it('remembers a view only while nothing is written, through this connection or any other', async () => {
    const app = await generated('VASTRA', 13);
    const { ok } = caller(app);
    const gridInput = { from: '2025-01', monthCount: 12, healthcareRegionCode: 'VASTRA' };
    const plain = async () => {
      const full = JSON.parse(JSON.stringify(yearReport(loadPlan(app.ctx), 2025, null, null))) as YearReport;
      return { ...full, regions: full.regions.map((r) => ({ ...r, memberships: [] })) };
    };
    const before = {
      cost: await ok('cost-report:year', { year: 2025 }),
      grid: await ok('capacity:grid', gridInput),
      vacancies: await ok('vacancies:get', {}),
    };
    expect(await ok('cost-report:year', { year: 2025 })).toEqual(before.cost);
    expect(await ok('capacity:grid', { ...gridInput, offset: 10 })).toEqual({
      ...before.grid,
      offset: 10,
      rows: (await ok('capacity:grid', { ...gridInput, limit: 5000 })).rows.slice(10, 210),
    });

    app.ctx.sqlite.prepare('UPDATE memberships SET allocation_bp = allocation_bp + 100 WHERE deleted_at IS NULL').run();
    const own = await ok('cost-report:year', { year: 2025 });
    expect(own.totals.membershipsOre).toBeGreaterThan(before.cost.totals.membershipsOre);
    expect(own).toEqual(await plain());
    expect((await ok('capacity:grid', gridInput)).totals?.all.bpDays).not.toEqual(before.grid.totals?.all.bpDays);

    const other = new Database(app.ctx.dbPath);
    other.prepare('UPDATE memberships SET allocation_bp = allocation_bp + 100 WHERE deleted_at IS NULL').run();
    other.prepare("UPDATE memberships SET deleted_at = '2025-03-01T00:00:00.000Z' WHERE seat_id IS NOT NULL").run();
    other.close();
    const elsewhere = await ok('cost-report:year', { year: 2025 });
    expect(elsewhere.totals.membershipsOre).not.toBe(own.totals.membershipsOre);
    expect(elsewhere).toEqual(await plain());
    const vacancies = await ok('vacancies:get', {});
    expect(vacancies).not.toEqual(before.vacancies);
    expect(vacancies.rows.flatMap((r) => r.cells).every((c) => c.holders.length === 0)).toBe(true);
    await app.opened.close();
  });
});
