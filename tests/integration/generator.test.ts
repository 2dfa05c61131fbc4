import { describe, expect, it } from 'vitest';
import { getAppInfo } from '../../src/main/services/app-service';
import { buildVacancyView } from '../../src/main/domain/vacancies';
import { CANCELLED_MESSAGE } from '../../src/main/lib/progress';
import { readRuleSettings } from '../../src/main/repositories/rule-settings';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { generateDataset, NOT_EMPTY_MESSAGE } from '../../src/main/services/generator/generate-service';
import { GENERATED_TYPES } from '../../src/main/services/generator/model';
import { loadInsightScope } from '../../src/main/services/insights/scope';
import { caller } from '../helpers/call';
import { exportPackageBytes, importPackageOk } from '../helpers/packages';
import { logicalDump, startTestApp } from '../helpers/temp';

async function initialised(owner: string): Promise<StartedApp> {
  const app = await startTestApp();
  await caller(app).ok('setup:complete', { ownerCode: owner });
  return app;
}

/** The generated tables only (the audit log carries the clock and the installation id). */
function generatedDump(app: StartedApp): string {
  return JSON.stringify(GENERATED_TYPES.map((t) => app.ctx.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY id`).all()));
}

function count(app: StartedApp, sql: string): number {
  return (app.ctx.sqlite.prepare(sql).get() as { n: number }).n;
}

describe('dataset generator (small scale)', () => {
  it("writes the scale's counts, and the same seed gives the same data", async () => {
    const first = await initialised('VASTRA');
    const second = await initialised('23');
    const a = await generateDataset(first.ctx, { scale: 'small', seed: 7 });
    const b = await generateDataset(second.ctx, { scale: 'small', seed: 7 });
    expect(a.datasetSha256).toBe(b.datasetSha256);
    expect(generatedDump(first)).toBe(generatedDump(second));
    expect(a.counts).toMatchObject({
      persons: 600,
      memberships: 2400,
      hostings: 26,
      cost_items: 26 * 5 * 4,
      pathway_implementations: 21 * 49,
      allocation_keys: 6,
    });
    expect(a.totalRecords).toBe(Object.values(a.counts).reduce((x, y) => x + y, 0));
    expect(count(first, 'SELECT COUNT(DISTINCT region_code) AS n FROM persons')).toBe(21);
    expect(count(first, "SELECT COUNT(*) AS n FROM groups WHERE type = 'NAG'")).toBe(12);
    // the overview's "national groups" (NPO, NSG, the primary-care council) do not count the generated NAGs
    expect((await getAppInfo(first.ctx)).counts.nationalGroups).toBe(33);
    expect(count(first, 'SELECT COUNT(DISTINCT group_id) AS n FROM team_activity_levels')).toBe(12 + 21 * 4);
    expect(count(first, 'SELECT COUNT(*) AS n FROM memberships WHERE seat_id IS NOT NULL')).toBeGreaterThan(0);
    expect(
      count(first, "SELECT COUNT(*) AS n FROM memberships WHERE start_date > '2027-12-31' OR COALESCE(end_date, '9999') < '2023-01-01'"),
    ).toBe(0);
    expect(first.ctx.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(first.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const other = await initialised('VASTRA');
    expect((await generateDataset(other.ctx, { scale: 'small', seed: 8 })).datasetSha256).not.toBe(a.datasetSha256);
    await Promise.all([first, second, other].map((app) => app.opened.close()));
  });

  it('refuses a register that holds data, and a database nobody set up, leaving it unchanged', async () => {
    const app = await initialised('VASTRA');
    await generateDataset(app.ctx, { scale: 'small', seed: 1 });
    const before = logicalDump(app);
    await expect(generateDataset(app.ctx, { scale: 'small', seed: 2 })).rejects.toThrow(NOT_EMPTY_MESSAGE);
    expect(logicalDump(app)).toBe(before);
    const blank = await startTestApp();
    await expect(generateDataset(blank.ctx, { scale: 'small', seed: 1 })).rejects.toMatchObject({
      code: 'NOT_INITIALISED',
      detail: { key: 'installation.notChosen' },
    });
    await Promise.all([app.opened.close(), blank.opened.close()]);
  });

  it('rolls everything back when cancelled during the write', async () => {
    const app = await initialised('VASTRA');
    const before = logicalDump(app);
    const phases: string[] = [];
    let written = 0;
    const hooks = {
      onProgress: (done: number, _total: number, phase: string) => {
        phases.push(phase);
        if (phase === 'write') written = done;
      },
      isCancelled: () => written >= 5000,
    };
    await expect(generateDataset(app.ctx, { scale: 'small', seed: 1 }, hooks)).rejects.toThrow(CANCELLED_MESSAGE);
    expect(phases).toContain('write');
    expect(logicalDump(app)).toBe(before);
    await app.opened.close();
  });

  it('gives records that travel: a healthcare-region package of them imports cleanly elsewhere', async () => {
    const source = await initialised('VASTRA');
    await generateDataset(source.ctx, { scale: 'small', seed: 5 });
    const exported = await exportPackageBytes(source, { scope: 'healthcare-region' });
    expect(exported.summary.counts.memberships).toBeGreaterThan(0);
    expect(exported.summary.counts.hostings).toBeGreaterThan(0);
    const target = await initialised('NORRA');
    const result = await importPackageOk(target, { contentBase64: exported.contentBase64 });
    expect(result.status).toBe('applied');
    expect(result.outcome?.totals).toMatchObject({ rejected: 0, ignored: 0, new: exported.summary.totalRecords });
    await Promise.all([source.opened.close(), target.opened.close()]);
  });

  it('the vacancy view, reading only seat holders, equals the view over the whole register', async () => {
    const app = await initialised('VASTRA');
    await generateDataset(app.ctx, { scale: 'small', seed: 3 });
    const scope = loadInsightScope(app.ctx);
    const settings = readRuleSettings(app.ctx.conn);
    const expected = buildVacancyView(scope.snapshot, {
      today: scope.today,
      endingWithinDays: settings.endingWithinDays,
      ownHealthcareRegionCodes: scope.ownHealthcareRegionCodes,
      expiryShareThresholdBp: settings.expiryShareThresholdBp,
      groupType: null,
      healthcareRegionCode: null,
      status: null,
    });
    expect(expected.forecast.quarters.some((q) => q.expiring > 0)).toBe(true);
    expect(await caller(app).ok('vacancies:get', {})).toEqual(JSON.parse(JSON.stringify(expected)));
    const plan = app.ctx.sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM memberships WHERE deleted_at IS NULL AND seat_id IS NOT NULL ORDER BY start_date')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('memberships_seated');
    await app.opened.close();
  });
});
