import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { LedgerMapping } from '../../src/shared/contract/cost/actuals';
import { caller } from '../helpers/call';
import { setUpSeed001 } from '../helpers/costs';
import { logicalDump, startTestApp } from '../helpers/temp';

/** Jämtland's ledger export: the share of Norra's hosting, own staff time, a contribution; one unmapped and two unreadable rows. */
const LEDGER = [
  'Konto;Kostnadsställe;Period;Belopp;Text',
  '6550;9100;2024-06;"200 000,50";Endokrina halvår 1',
  '6550;9100;2024-12;150 000 kr;Endokrina halvår 2',
  '7010;9200;202403;-1234.5;Lönekorrigering',
  '7011;9200;2024-04;"12 345,00";Lön NPO',
  '6980;;2024;385000;SKR',
  '4010;9100;2024-05;999;Förbrukning',
  '6550;9100;2024-13;100;Fel period',
  '6550;9100;2024-07;12,345;Tre decimaler',
  '6550;9100;2025-02;"10 000";Endokrina 2025',
].join('\n');

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function mapping(hostingId: string, year: number | null = null): LedgerMapping {
  return {
    columns: { account: 'Konto', costCentre: 'Kostnadsställe', period: 'Period', amount: 'Belopp', text: 'Text' },
    rules: [
      { account: '6550', costCentre: '9100', category: 'hosting', hostingId },
      { account: '70*', costCentre: null, category: 'staff', hostingId: null },
      { account: '6980', costCentre: null, category: 'contribution', hostingId: null },
    ],
    year,
  };
}

/** Jämtland (23) as the installation, Norra's Endokrina hosting planned 2024–2025 with its two leaders both years. */
async function jamtland(): Promise<{ app: StartedApp; hostingId: string }> {
  const app = await startTestApp();
  const { ok } = caller(app);
  const { hostingId, items } = await setUpSeed001(app, '23');
  for (const item of items) {
    await ok('cost-items:create', {
      hostingId,
      year: 2025,
      kind: 'STAFFED_ROLE',
      label: item.label,
      role: 'PROCESS_LEADER',
      allocationBp: 10_000,
      monthlySalaryOre: 6_500_000,
    });
  }
  return { app, hostingId };
}

describe('a region’s actual outcomes imported from its ledger', () => {
  it('previews every row with what it saves or why not, and a preview leaves the database unchanged', async () => {
    const { app, hostingId } = await jamtland();
    const { ok } = caller(app);
    const before = logicalDump(app);
    const file = { fileName: 'huvudbok.csv', contentBase64: base64(LEDGER), mapping: mapping(hostingId, 2024) };
    const preview = await ok('region-actuals:import-preview', file);
    expect(logicalDump(app)).toBe(before);
    expect(preview.applied).toBe(false);
    expect(preview.rows.map((r) => [r.row, r.status, r.amountOre, r.reason?.key ?? null])).toEqual([
      [2, 'save', 20_000_050, null],
      [3, 'save', 15_000_000, null],
      [4, 'save', -123_450, null],
      [5, 'save', 1_234_500, null],
      [6, 'save', 38_500_000, null],
      [7, 'rejected', 99_900, 'ledger.noRule'],
      [8, 'rejected', 10_000, 'ledger.periodUnreadable'],
      [9, 'rejected', null, 'ledger.amountTooPrecise'],
      [10, 'rejected', 1_000_000, 'ledger.otherYear'],
    ]);
    expect(preview.rows[6]?.reason?.params).toEqual({ value: '2024-13' });
    expect(preview.counts).toEqual({ save: 5, rejected: 4 });
    expect(preview.targets).toEqual([
      { year: 2024, category: 'hosting', hostingId, groupName: 'Endokrina sjukdomar', rows: 2, amountOre: 35_000_050, previousOre: null },
      { year: 2024, category: 'staff', hostingId: null, groupName: null, rows: 2, amountOre: 1_111_050, previousOre: null },
      { year: 2024, category: 'contribution', hostingId: null, groupName: null, rows: 1, amountOre: 38_500_000, previousOre: null },
    ]);
    expect(await ok('region-actuals:mapping', {})).toBeNull();
    await app.opened.close();
  });

  it('applies in one go, remembers the mapping, and a second import of the same file changes no amount', async () => {
    const { app, hostingId } = await jamtland();
    const { ok } = caller(app);
    const file = { fileName: 'huvudbok.csv', contentBase64: base64(LEDGER), mapping: mapping(hostingId), confirm: true as const };
    const applied = await ok('region-actuals:import-apply', file);
    expect(applied).toMatchObject({ applied: true, counts: { save: 6, rejected: 3 } });
    const stored = await ok('region-actuals:list', { fromYear: 2024, toYear: 2025 });
    expect(stored.map((a) => [a.year, a.category, a.amountOre, a.regionCode, a.readOnly])).toEqual([
      [2024, 'contribution', 38_500_000, '23', false],
      [2024, 'hosting', 35_000_050, '23', false],
      [2024, 'staff', 1_111_050, '23', false],
      [2025, 'hosting', 1_000_000, '23', false],
    ]);
    expect(await ok('region-actuals:mapping', {})).toEqual(mapping(hostingId));
    const again = await ok('region-actuals:import-apply', file);
    expect(again.targets.every((t) => t.previousOre === t.amountOre)).toBe(true);
    const after = await ok('region-actuals:list', { fromYear: 2024, toYear: 2025 });
    expect(after.map((a) => a.amountOre)).toEqual(stored.map((a) => a.amountOre));
    await app.opened.close();
  });

  it('refuses a mapping whose column is not in the file, and a healthcare region records no region outcome', async () => {
    const { app, hostingId } = await jamtland();
    const { raw } = caller(app);
    const bad = mapping(hostingId);
    const result = await raw('region-actuals:import-preview', {
      fileName: 'huvudbok.csv',
      contentBase64: base64(LEDGER),
      mapping: { ...bad, columns: { ...bad.columns, amount: 'Summa' } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'ledger.columnMissing' } } });
    await app.opened.close();

    const norra = await startTestApp();
    const seed = await setUpSeed001(norra);
    const refused = await caller(norra).raw('region-actuals:set', {
      year: 2024,
      category: 'hosting',
      hostingId: seed.hostingId,
      amountOre: 1,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', detail: { key: 'ledger.regionOnly' } } });
    await norra.opened.close();
  });
});

describe('budget vs actual per region over years, and two budget versions', () => {
  it('shows budget, forecast, actual and the differences per region and year', async () => {
    const { app, hostingId } = await jamtland();
    const { ok } = caller(app);
    const b2024 = await ok('budget:lock', { year: 2024, name: 'Budget 2024' });
    await ok('budget:lock', { year: 2025, name: 'Budget 2025' });
    await ok('region-actuals:set', { year: 2024, category: 'hosting', hostingId, amountOre: 35_000_000 });
    await ok('region-actuals:set', { year: 2025, category: 'hosting', hostingId, amountOre: 30_000_000 });
    const view = await ok('budget:versus-actual', { fromYear: 2024, toYear: 2025 });
    expect(view.budgets.map((b) => [b.year, b.budget?.name])).toEqual([
      [2024, 'Budget 2024'],
      [2025, 'Budget 2025'],
    ]);
    const jamt = view.rows.filter((r) => r.regionCode === '23');
    expect(jamt.map((r) => r.year)).toEqual([2024, 2025]);
    // 2024: Jämtland's share of seed 001 is 349 178 kr
    expect(jamt[0]).toMatchObject({
      budgetOre: 34_917_800,
      forecastOre: 34_917_800,
      actualOre: 35_000_000,
      actualMinusBudgetOre: 82_200,
      actualMinusBudgetPercent: 0.2,
      forecastMinusBudgetOre: 0,
    });
    expect(jamt[0]?.categories.find((c) => c.category === 'hosting')).toMatchObject({ budgetOre: 34_917_800, actualOre: 35_000_000 });
    expect(jamt[0]?.categories.find((c) => c.category === 'staff')).toMatchObject({ actualOre: null, actualMinusBudgetOre: null });
    const y2025 = jamt[1]!;
    expect(y2025.actualMinusBudgetOre).toBe(30_000_000 - (y2025.budgetOre ?? 0));
    expect(view.totals.map((t) => t.year)).toEqual([2024, 2025]);
    expect(view.totals[0]?.actualOre).toBe(35_000_000);
    // the year's difference adds up the rows' differences: regions without an actual are not an underspend
    expect(view.totals[0]).toMatchObject({ actualMinusBudgetOre: 82_200, actualMinusBudgetPercent: 0.2 });
    expect(view.totals[0]?.budgetOre).toBe(237_556_800);
    // other regions have a budget and a forecast but no recorded actual
    expect(view.rows.find((r) => r.regionCode === '22' && r.year === 2024)).toMatchObject({ budgetOre: 63_778_800, actualOre: null });

    const chosen = await ok('budget:versus-actual', { fromYear: 2024, toYear: 2024, budgetIds: [b2024.id] });
    expect(chosen.budgets[0]?.budget?.id).toBe(b2024.id);

    // the .xlsx: amounts as numbers in kronor, differences and totals as formulas with their cached results
    const file = await ok('budget:versus-actual-xlsx', { fromYear: 2024, toYear: 2025 });
    expect(file.fileName).toBe('budget-och-utfall-2024-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Budget och utfall')!;
    const rowOf = (label: string) => sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === label)!;
    const jamtRow = sheet
      .getRows(1, sheet.rowCount)!
      .find((r) => r.getCell(1).value === 'Region Jämtland Härjedalen (23)' && r.getCell(2).value === 2024)!;
    expect([3, 4, 5].map((c) => jamtRow.getCell(c).value)).toEqual([349_178, 349_178, 350_000]);
    const n = jamtRow.number;
    expect(jamtRow.getCell(6).value).toEqual({ formula: `E${n}-C${n}`, result: 822 });
    expect(jamtRow.getCell(7).value).toMatchObject({ formula: `(E${n}-C${n})/C${n}` });
    const total = rowOf('Summa 2024');
    // read through the cell model: exceljs's cell.value drops a cached result of 0 (exceljs issue #2943), the file has it
    const models = sheet.getRows(1, sheet.rowCount)!.flatMap((r) => [3, 4, 5, 6, 7, 8].map((c) => r.getCell(c).model));
    const formulas = models.filter((m) => typeof m.formula === 'string');
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.filter((m) => typeof m.result !== 'number')).toEqual([]);
    expect((total.getCell(5).value as ExcelJS.CellFormulaValue).result).toBe(350_000);
    expect(wb.getWorksheet('Budgetversioner')!.getRow(2).getCell(2).value).toBe('Budget 2024');
    await app.opened.close();
  });

  it('compares two locked versions per region and hosting, in öre', async () => {
    const { app } = await jamtland();
    const { ok } = caller(app);
    const first = await ok('budget:lock', { year: 2024, name: 'Budget 2024' });
    const hosting = (await ok('hostings:list', {}))[0]!;
    const detail = await ok('hostings:get', { id: hosting.id });
    const item = detail.items.find((i) => i.year === 2024)!;
    await ok('cost-items:update', { ...itemBody(item), allocationBp: 5000 });
    const second = await ok('budget:lock', { year: 2024, name: 'Budget 2024 rev' });
    const compare = await ok('budget:compare', { fromId: first.id, toId: second.id });
    expect(compare.hostings).toEqual([
      {
        hostingId: hosting.id,
        groupName: 'Endokrina sjukdomar',
        hostHealthcareRegionCode: 'NORRA',
        fromOre: 237_556_800,
        toOre: 178_167_600,
        differenceOre: -59_389_200,
      },
    ]);
    expect(compare.regions.find((r) => r.regionCode === '23')).toMatchObject({ fromOre: 34_917_800 });
    expect(compare.totals.regions.differenceOre).toBe(compare.regions.reduce((s, r) => s + r.differenceOre, 0));
    expect(compare.totals.hostings).toEqual({ fromOre: 237_556_800, toOre: 178_167_600, differenceOre: -59_389_200 });
    await app.opened.close();
  });
});

type Item = { id: string; version: number; year: number; label: string; monthlySalaryOre: number | null };
function itemBody(item: Item) {
  return {
    id: item.id,
    version: item.version,
    year: item.year,
    kind: 'STAFFED_ROLE' as const,
    label: item.label,
    role: 'PROCESS_LEADER',
    allocationBp: 10_000,
    monthlySalaryOre: item.monthlySalaryOre ?? 0,
  };
}
