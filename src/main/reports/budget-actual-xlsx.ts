/**
 * Budget vs actual per region and year as an .xlsx workbook for finance: one row per region and year with
 * budget, forecast and actual in kronor (numbers with the format `#,##0.00 "kr"`), the differences as
 * formulas over the row (actual − budget, its percentage, forecast − budget) with their cached results,
 * total rows per year as SUM formulas with cached results, and a sheet naming the budget version of each
 * year with its SHA-256. An empty cell means "none" (no locked budget, no recorded actual), never 0.
 */
import ExcelJS from 'exceljs';
import type { Language } from '@shared/contract/common';
import type { BudgetActual } from '@shared/contract/cost/actuals';
import { KRONOR_FORMAT } from './cost-xlsx';

const WORDS = {
  sv: {
    sheet: 'Budget och utfall',
    title: 'Budget och utfall per region',
    versions: 'Budgetversioner',
    columns: ['Region', 'År', 'Budget', 'Prognos', 'Utfall', 'Utfall − budget', 'Utfall − budget (%)', 'Prognos − budget'],
    total: 'Summa',
    versionColumns: ['År', 'Budget', 'Revision', 'Låst', 'SHA-256'],
    none: 'ingen låst budget',
  },
  en: {
    sheet: 'Budget and actual',
    title: 'Budget and actual per region',
    versions: 'Budget versions',
    columns: ['Region', 'Year', 'Budget', 'Forecast', 'Actual', 'Actual − budget', 'Actual − budget (%)', 'Forecast − budget'],
    total: 'Total',
    versionColumns: ['Year', 'Budget', 'Revision', 'Locked', 'SHA-256'],
    none: 'no locked budget',
  },
} as const;

const kronor = (ore: number | null): number | null => (ore === null ? null : ore / 100);

type Figures = Pick<BudgetActual['totals'][number], 'budgetOre' | 'forecastOre' | 'actualOre'>;

/** Columns C–E hold the amounts; F–H the differences as formulas over the row, with the cached results. */
function figureCells(row: ExcelJS.Row, f: Figures): void {
  const n = row.number;
  const values = [kronor(f.budgetOre), kronor(f.forecastOre), kronor(f.actualOre)];
  values.forEach((v, i) => {
    const cell = row.getCell(3 + i);
    if (v !== null && cell.value === null) cell.value = v;
    cell.numFmt = KRONOR_FORMAT;
  });
  const { budgetOre: b, forecastOre: p, actualOre: a } = f;
  if (a !== null && b !== null) {
    row.getCell(6).value = { formula: `E${n}-C${n}`, result: (a - b) / 100 };
    if (b !== 0) row.getCell(7).value = { formula: `(E${n}-C${n})/C${n}`, result: (a - b) / b };
  }
  if (p !== null && b !== null) row.getCell(8).value = { formula: `D${n}-C${n}`, result: (p - b) / 100 };
  row.getCell(6).numFmt = KRONOR_FORMAT;
  row.getCell(7).numFmt = '0.0%';
  row.getCell(8).numFmt = KRONOR_FORMAT;
}

/**
 * A year's total row: SUM formulas over the year's rows (cached). The differences add up the rows'
 * differences (a region without an actual adds nothing), as in the view; the percentage is the view's figure.
 */
function totalRow(sheet: ExcelJS.Worksheet, label: string, rows: readonly number[], total: BudgetActual['totals'][number]): void {
  const row = sheet.addRow([label]);
  row.font = { bold: true };
  const sums: [number, number | null][] = [
    [3, total.budgetOre],
    [4, total.forecastOre],
    [5, total.actualOre],
    [6, total.actualMinusBudgetOre],
    [8, total.forecastMinusBudgetOre],
  ];
  for (const [col, ore] of sums) {
    row.getCell(col).numFmt = KRONOR_FORMAT;
    if (ore === null || rows.length === 0) continue;
    const letter = sheet.getColumn(col).letter;
    row.getCell(col).value = { formula: `SUM(${rows.map((r) => `${letter}${r}`).join(',')})`, result: ore / 100 };
  }
  if (total.actualMinusBudgetPercent !== null) row.getCell(7).value = total.actualMinusBudgetPercent / 100;
  row.getCell(7).numFmt = '0.0%';
}

export async function budgetActualWorkbook(view: BudgetActual, language: Language, created: Date): Promise<Buffer> {
  const w = WORDS[language];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samplan';
  wb.created = created;
  wb.modified = created;
  const sheet = wb.addWorksheet(w.sheet);
  sheet.columns = [{ width: 34 }, { width: 8 }, ...Array.from({ length: 6 }, () => ({ width: 20 }))];
  sheet.addRow([`${w.title} ${view.fromYear}–${view.toYear}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow([...w.columns]).font = { bold: true };
  for (const total of view.totals) {
    const rows: number[] = [];
    for (const r of view.rows.filter((x) => x.year === total.year)) {
      const row = sheet.addRow([`${r.regionName} (${r.regionCode})`, r.year]);
      figureCells(row, r);
      rows.push(row.number);
    }
    totalRow(sheet, `${w.total} ${total.year}`, rows, total);
  }
  const versions = wb.addWorksheet(w.versions);
  versions.columns = [{ width: 8 }, { width: 34 }, { width: 10 }, { width: 20 }, { width: 70 }];
  versions.addRow([...w.versionColumns]).font = { bold: true };
  for (const { year, budget } of view.budgets) {
    versions.addRow(
      budget === null
        ? [year, w.none]
        : [year, budget.name, budget.revision, budget.lockedAt.slice(0, 16).replace('T', ' '), budget.sha256],
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
