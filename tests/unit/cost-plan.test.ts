import { describe, expect, it } from 'vitest';
import { changeBp, compareScenario, multiYear } from '../../src/main/domain/cost-plan/analysis';
import { resolveParameters } from '../../src/main/domain/cost-plan/parameters';
import { applyScenario } from '../../src/main/domain/cost-plan/scenario';
import type { PlanData } from '../../src/main/domain/cost-plan/types';
import { yearReport } from '../../src/main/domain/cost-plan/year-report';
import { invoiceBasis } from '../../src/main/domain/cost-plan/invoice-basis';
import { invoiceWords } from '../../src/main/reports/invoice-labels';
import { upgradeYearReportSnapshot } from '../../src/main/domain/cost-plan/snapshot-upgrade';
import { yearReportSchema } from '../../src/shared/contract/cost/reports';
import { NORRA, planHosting } from './cost-plan-fixture';

const POP = { '22': 242_148, '23': 132_572, '24': 278_729, '25': 248_480 } as const;

function plan(): PlanData {
  const leader = {
    hostingId: 'h1',
    kind: 'STAFFED_ROLE' as const,
    role: 'PROCESS_LEADER',
    profession: null,
    allocationBp: 10_000,
    monthlySalaryOre: 6_500_000,
    salaryEffectiveDate: null,
    salaryChanges: [],
    amountOre: null,
  };
  return {
    installationOwner: 'NORRA',
    hostings: [planHosting()],
    items: [2024, 2025].flatMap((year) => [
      { ...leader, id: `a${year}`, year, label: 'Processledare A' },
      { ...leader, id: `b${year}`, year, label: 'Processledare B' },
    ]),
    keys: [],
    parameters: [{ owner: 'NORRA', rows: [{ year: 2024, poSurchargeBp: 5228, salaryIndexBp: 10_000 }], defaultSalaries: [] }],
    referenceParameters: [{ year: 2023, poSurchargeBp: 5228, salaryIndexBp: 10_000 }],
    referenceSource: 'test',
    personSalaries: {},
    memberships: [],
    contributions: [],
    populations: [
      ...NORRA.map((regionCode) => ({
        healthcareRegionCode: 'NORRA',
        regionCode,
        year: 2023,
        population: POP[regionCode as keyof typeof POP],
      })),
      ...['07', '10', '12', '13'].map((regionCode) => ({ healthcareRegionCode: 'SODRA', regionCode, year: 2023, population: 100_000 })),
    ],
    members: [
      ...NORRA.map((regionCode) => ({ healthcareRegionCode: 'NORRA', regionCode })),
      ...['07', '10', '12', '13'].map((regionCode) => ({ healthcareRegionCode: 'SODRA', regionCode })),
    ],
    regionNames: { '23': 'Region Jämtland Härjedalen' },
    poOverrides: [],
    indexOverrides: [],
  };
}

describe('cost plan assembly', () => {
  it('reproduces seed 001 from plain data and flags an assumed PO-pålägg', () => {
    const y2024 = yearReport(plan(), 2024, null, null);
    expect(y2024.hostings[0]?.split?.shares.map((s) => s.shareOre)).toEqual([63_778_800, 34_917_800, 73_413_700, 65_446_500]);
    expect(y2024.totals).toMatchObject({ hostingsOre: 237_556_800, regionsOre: 237_556_800 });
    const y2025 = yearReport(plan(), 2025, null, null);
    expect(y2025.hostings[0]?.parameters).toMatchObject({ poYear: 2024, poAssumed: true });
    // one warning for the key (one date for every region), worded by the renderer from its params
    expect(y2025.hostings[0]?.warnings.map((w) => w.code)).toEqual(['PO_ASSUMED', 'POPULATION_FALLBACK']);
    expect(y2025.hostings[0]?.warnings[1]?.params).toEqual({
      wantedYear: 2024,
      usedYear: 2023,
      regions: '22, Region Jämtland Härjedalen, 24, 25',
    });
  });

  it('names the regions that lack the population date in the invoice basis, as the key and the split do', () => {
    const basis = invoiceBasis({
      report: yearReport(plan(), 2025, null, null),
      input: { regionCode: '23', hostHealthcareRegionCode: 'NORRA', year: 2025, instalments: 'yearly', budgetId: null },
      sender: { code: 'NORRA', name: 'Norra sjukvårdsregionen', organisationNumber: null },
      recipient: { code: '23', name: 'Region Jämtland Härjedalen', organisationNumber: '232100-0214' },
      budget: null,
    });
    const fallback = basis.notes.find((n) => n.code === 'POPULATION_FALLBACK');
    expect(fallback).toMatchObject({ year: 2024, usedYear: 2023, regions: ['22', 'Region Jämtland Härjedalen', '24', '25'] });
    expect(invoiceWords('sv').note(fallback as (typeof basis.notes)[number])).toBe(
      'Endokrina sjukdomar: befolkningen 31 december 2024 saknas för 22, Region Jämtland Härjedalen, 24, 25; hela nyckeln använder 31 december 2023.',
    );
  });

  it('invoices the sum of the shares and states the rounding beside the exact cost', () => {
    const data = plan();
    data.items = [{ ...(data.items[0] as PlanData['items'][number]), kind: 'FIXED_AMOUNT', amountOre: 10_000_050, role: null, year: 2024 }];
    const report = yearReport(data, 2024, null, null);
    const split = report.hostings[0]?.split;
    expect(split).toMatchObject({ invoicedTotalOre: 10_000_100, roundingDifferenceOre: 50 });
    expect(split?.shares.reduce((acc, s) => acc + s.shareOre, 0)).toBe(10_000_100);
    expect(report.totals).toMatchObject({ hostingsOre: 10_000_050, invoicedOre: 10_000_100 });
    expect(report.regions.reduce((acc, r) => acc + r.hostingOre, 0)).toBe(report.totals.invoicedOre);
  });

  it('opens a budget snapshot stored before salaries by day and invoiced totals', () => {
    const current = yearReport(plan(), 2024, null, null);
    const added = ['segments', 'invoicedTotalOre', 'roundingDifferenceOre', 'invoicedOre'];
    const old = JSON.parse(JSON.stringify(current), function (this: object, key: string, value: unknown) {
      const splitTrace = 'quotas' in this && ['populationYearWanted', 'populationYearUsed'].includes(key);
      return added.includes(key) || splitTrace ? undefined : value;
    }) as unknown;
    expect(yearReportSchema.safeParse(old).success).toBe(false);
    const upgraded = yearReportSchema.parse(upgradeYearReportSnapshot(old));
    expect(upgraded).toEqual(current);
  });

  it('falls back from the owner to the installation owner to the reference parameters', () => {
    const data = plan();
    expect(resolveParameters(data, '23', 2024, [])?.used).toMatchObject({ owner: 'NORRA', source: 'STORED' });
    data.parameters = [];
    const warnings: never[] = [];
    expect(resolveParameters(data, 'NORRA', 2024, warnings)?.used).toMatchObject({ owner: 'REFERENCE', source: 'REFERENCE', poYear: 2023 });
    expect(resolveParameters(data, 'NORRA', 2022, [])).toBeNull();
  });

  it('moves a hosting from a year without touching the loaded data', () => {
    const data = plan();
    const overrides = [
      { kind: 'HOSTING_HOST' as const, hostingId: 'h1', fromYear: 2025, hostHealthcareRegionCode: 'SODRA', allocationKeyId: null },
    ];
    expect(applyScenario(data, overrides, 2024).data.hostings[0]?.hostHealthcareRegionCode).toBe('NORRA');
    expect(applyScenario(data, overrides, 2025).data.hostings[0]?.hostHealthcareRegionCode).toBe('SODRA');
    expect(data.hostings[0]?.hostHealthcareRegionCode).toBe('NORRA');
    const compare = compareScenario(data, { id: 's', name: 'S', overrides }, 2024, 2025, null);
    expect(compare.years[1]?.regions.map((r) => [r.regionCode, r.deltaOre])).toEqual([
      ['07', 59_389_200],
      ['10', 59_389_200],
      ['12', 59_389_200],
      ['13', 59_389_200],
      ['22', -63_778_800],
      ['23', -34_917_800],
      ['24', -73_413_700],
      ['25', -65_446_500],
    ]);
    const missing = applyScenario(data, [{ kind: 'REMOVE_COST_ITEM', costItemId: 'gone' }], 2024);
    expect(missing.warnings.map((w) => w.code)).toEqual(['SCENARIO_TARGET_MISSING']);
  });

  it('drops a planning copy when the host’s own record of the group runs in the year', () => {
    const data = plan();
    data.hostings.push(planHosting({ id: 'copy', owner: '23', planningCopy: true }));
    const report = yearReport(data, 2024, null, null);
    expect(report.hostings.map((h) => h.hostingId)).toEqual(['h1']);
    expect(report.warnings.map((w) => [w.code, w.ref])).toEqual([['PLANNING_COPY_SKIPPED', 'copy']]);
  });

  it('reports the change per year exactly, rounded half away from zero', () => {
    expect(changeBp(1, 3)).toBe(3333);
    expect(changeBp(-1, 8)).toBe(-1250);
    expect(changeBp(1, 20_000)).toBe(1); // 0.5 bp → 1
    expect(changeBp(5, 0)).toBeNull();
    const years = multiYear(plan(), '23', 2024, 2025, null).years;
    expect(years.map((y) => [y.totalOre, y.changeOre])).toEqual([
      [34_917_800, null],
      [34_917_800, 0],
    ]);
  });
});
