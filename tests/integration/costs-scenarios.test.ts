import { describe, expect, it } from 'vitest';
import { caller } from '../helpers/call';
import { groupId, SEED001_SHARES, SEED001_TOTAL_ORE, setUpSeed001 } from '../helpers/costs';
import { logicalDump, startTestApp } from '../helpers/temp';
import { personFields } from '../helpers/setup';

async function openHosting(app: Awaited<ReturnType<typeof startTestApp>>) {
  const { ok } = caller(app);
  const seed = await setUpSeed001(app);
  const hosting = await ok('hostings:get', { id: seed.hostingId });
  // the hosting runs on: the same leaders in 2025 (PO 2025 not set → 2024's figure, flagged)
  for (const item of hosting.items) {
    await ok('cost-items:create', {
      hostingId: seed.hostingId,
      year: 2025,
      kind: 'STAFFED_ROLE',
      label: item.label,
      role: 'PROCESS_LEADER',
      allocationBp: 10_000,
      monthlySalaryOre: 6_500_000,
    });
  }
  return seed;
}

describe('scenarios', () => {
  it('moves a hosting to another host from a year: deltas per region and year, plan untouched', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    const { hostingId } = await openHosting(app);
    const scenario = await ok('scenarios:create', {
      name: 'Södra tar över Endokrina 2025',
      overrides: [{ kind: 'HOSTING_HOST', hostingId, fromYear: 2025, hostHealthcareRegionCode: 'SODRA' }],
    });
    expect(scenario.overrides[0]).toMatchObject({ kind: 'HOSTING_HOST', allocationKeyId: null });
    const before = logicalDump(app);
    const compare = await ok('scenarios:compare', { scenarioId: scenario.id, fromYear: 2024, toYear: 2025 });
    expect(logicalDump(app)).toBe(before);
    const [y2024, y2025] = compare.years;
    expect(y2024?.regions.every((r) => r.deltaOre === 0)).toBe(true);
    expect(y2024?.deltaOre).toBe(0);
    const delta = (code: string) => y2025?.regions.find((r) => r.regionCode === code);
    // 2025 is split by the population of 31 Dec 2024
    expect(delta('23')).toMatchObject({
      scenarioOre: 0,
      deltaOre: -(delta('23')?.planOre ?? 0),
      deltaBp: -10_000,
      hostingDeltaOre: -(delta('23')?.planOre ?? 0),
    });
    expect(delta('23')?.planOre).toBeGreaterThan(34_000_000);
    expect(delta('12')?.deltaOre).toBeGreaterThan(0); // Skåne pays a share under Södra
    expect(delta('12')?.deltaBp).toBeNull();
    expect(y2025?.hostings[0]).toMatchObject({ planHost: 'NORRA', scenarioHost: 'SODRA', deltaOre: 0 });
    expect(y2025?.regions.reduce((a, r) => a + r.deltaOre, 0)).toBe(0);
    const scenarioYear = await ok('cost-report:year', { year: 2025, scenarioId: scenario.id });
    expect(scenarioYear.hostings[0]?.split?.shares.map((s) => s.regionCode)).toEqual(['07', '10', '12', '13']);
    expect(scenarioYear.scenario).toEqual({ id: scenario.id, name: scenario.name });
    await app.opened.close();
  });

  it('applies PO, member allocation and item overrides, and validates overrides when saved', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId, items } = await openHosting(app);
    const person = await ok('persons:create', { ...personFields, name: 'Cecilia Berg' });
    await ok('memberships:create', {
      personId: person.id,
      groupId: await groupId(app, 'Levnadsvanor'),
      seatId: null,
      role: 'MEMBER',
      startDate: '2024-01-01',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
      notes: null,
    });
    await ok('default-salaries:set', { year: 2024, role: 'MEMBER', monthlySalaryOre: 9_000_000 });
    const scenario = await ok('scenarios:create', {
      name: 'Alla NPO-ledamöter 15 %',
      overrides: [
        { kind: 'MEMBER_ALLOCATION', groupType: 'NPO', fromYear: 2024, allocationBp: 1500 },
        { kind: 'PO_SURCHARGE', year: 2024, poSurchargeBp: 5000 },
        { kind: 'REMOVE_COST_ITEM', costItemId: items[1]?.id ?? '' },
        {
          kind: 'ADD_COST_ITEM',
          hostingId,
          fromYear: 2024,
          toYear: 2024,
          item: { kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 5_000_000 },
        },
      ],
    });
    const hosting = await ok('cost-report:hosting', { hostingId, year: 2024, scenarioId: scenario.id });
    // one leader at PO 50 %: 6 500 000 × 12 × 1.5 = 117 000 000, plus travel 5 000 000
    expect(hosting.lines.map((l) => [l.costItemId === null, l.costOre])).toEqual([
      [false, 117_000_000],
      [true, 5_000_000],
    ]);
    expect(hosting.parameters).toMatchObject({ source: 'SCENARIO', poSurchargeBp: 5000 });
    const region = await ok('cost-report:region', { regionCode: '23', year: 2024, scenarioId: scenario.id });
    expect(region.memberships[0]).toMatchObject({ allocationBp: 1500, costOre: 24_300_000 }); // 90 000 × 12 × 1.5 × 15 %
    const plan = await ok('cost-report:region', { regionCode: '23', year: 2024 });
    expect(plan.memberships[0]).toMatchObject({ allocationBp: 1000, costOre: 16_446_240 });
    const dump = logicalDump(app);
    const bad = await raw('scenarios:create', {
      name: 'Fel',
      overrides: [{ kind: 'HOSTING_STATUS', hostingId: '00000000-0000-4000-8000-000000000000', fromYear: 2025, status: 'DORMANT' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', detail: { key: 'scenarioOverride.hostingMissing', params: { n: 1 } } },
    });
    expect(await raw('scenarios:create', { name: 'Alla NPO-ledamöter 15 %', overrides: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await raw('scenarios:create', { name: 'X', overrides: [{ kind: 'PO_SURCHARGE', year: 2024 }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(logicalDump(app)).toBe(dump);
    await app.opened.close();
  });
});

describe('budgets and actual outcomes', () => {
  it('locks a budget that later edits do not change, and compares budget, forecast and actual per hosting', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId, items } = await setUpSeed001(app);
    const budget = await ok('budget:lock', { year: 2024, name: 'Budget 2024' });
    expect(budget).toMatchObject({ year: 2024, revision: 1, intact: true, hostingsOre: SEED001_TOTAL_ORE, scenarioId: null });
    const item = items[0];
    if (!item) throw new Error('no item');
    await ok('cost-items:update', {
      id: item.id,
      version: item.version,
      year: 2024,
      kind: 'STAFFED_ROLE',
      label: item.label,
      role: 'PROCESS_LEADER',
      allocationBp: 5000,
      monthlySalaryOre: 6_500_000,
    });
    const locked = await ok('budget:get', { id: budget.id });
    expect(locked.budget.intact).toBe(true);
    expect(locked.report.hostings[0]?.totalOre).toBe(SEED001_TOTAL_ORE);
    expect(locked.report.hostings[0]?.split?.shares.map(({ regionCode, shareOre }) => ({ regionCode, shareOre }))).toEqual(SEED001_SHARES);
    expect(() => app.ctx.sqlite.prepare('UPDATE cost_budgets SET hostings_ore = 1').run()).toThrow(/cannot be changed/);
    const second = await ok('budget:lock', { year: 2024, name: 'Budget 2024 rev' });
    expect(second).toMatchObject({ revision: 2, hostingsOre: 178_167_600 });
    expect((await ok('budget:list', { year: 2024 })).map((b) => b.revision)).toEqual([2, 1]);

    await ok('actuals:set', { hostingId, year: 2024, amountOre: 200_000_000, note: 'Bokslut' });
    const compare = await ok('actuals:compare', { year: 2024, budgetId: budget.id });
    expect(compare.rows).toEqual([
      {
        hostingId,
        groupName: 'Endokrina sjukdomar',
        hostHealthcareRegionCode: 'NORRA',
        budgetOre: 237_556_800,
        forecastOre: 178_167_600,
        actualOre: 200_000_000,
        forecastMinusBudgetOre: -59_389_200,
        actualMinusBudgetOre: -37_556_800,
        actualMinusForecastOre: 21_832_400,
      },
    ]);
    expect(compare.totals.actualOre).toBe(200_000_000);
    const latest = await ok('actuals:compare', { year: 2024 });
    expect(latest.budget?.revision).toBe(2);
    expect(latest.rows[0]?.actualMinusBudgetOre).toBe(21_832_400);

    const [actual] = await ok('actuals:list', { year: 2024 });
    const dump = logicalDump(app);
    expect(await raw('actuals:set', { hostingId, year: 2024, amountOre: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await raw('actuals:set', { hostingId, year: 2023, amountOre: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await raw('actuals:compare', { year: 2025, budgetId: budget.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(logicalDump(app)).toBe(dump);
    expect(await ok('actuals:set', { hostingId, year: 2024, amountOre: null, version: actual?.version ?? 0 })).toEqual([]);
    await app.opened.close();
  });

  it('shows a region’s commitment over several years with the change against the year before', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    await openHosting(app);
    await ok('fixed-contributions:create', {
      regionCode: '23',
      year: 2025,
      recipient: 'SKR',
      label: 'Öppna jämförelser',
      amountOre: 38_500_000,
    });
    const report = await ok('cost-report:multi-year', { regionCode: '23', fromYear: 2023, toYear: 2025 });
    expect(report.years.map((y) => [y.year, y.totalOre, y.changeOre, y.changeBp])).toEqual([
      [2023, 0, null, null],
      [2024, 34_917_800, 34_917_800, null],
      // 2025: 2 375 568 kr by population of 2024 (22 and 25 fall back to 2023) + 385 000 kr
      [2025, expect.any(Number), expect.any(Number), expect.any(Number)],
    ]);
    const y2025 = report.years[2];
    expect(y2025?.fixedContributionsOre).toBe(38_500_000);
    expect(y2025?.changeOre).toBe((y2025?.totalOre ?? 0) - 34_917_800);
    expect(y2025?.warningCount).toBeGreaterThan(0);
    await app.opened.close();
  });
});
