/**
 * A year's cost calculation as an .xlsx workbook for finance: a summary sheet, one sheet per hosting
 * (items and split) and the internal cost report of each region (hosting shares, own staff, contributions; the invoice basis is invoice-xlsx.ts). Amounts are numbers in kronor
 * with the format `#,##0.00 "kr"` (Swedish Excel shows `1 234 567,50 kr`); every sum is a SUM formula
 * with its cached result set, so the workbook can be re-checked and also read without recalculation.
 */
import ExcelJS from 'exceljs';
import type { CostWarning, HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import { wordCostWarning } from '@shared/messages/cost-warnings';
import { parseFraction } from '@shared/domain/costs';
import { costWords, roundedOre, type CostReportWords } from './cost-labels';
import type { Language } from '@shared/contract/common';

export const KRONOR_FORMAT = '#,##0.00 "kr"';
const PERCENT_FORMAT = '0.00%';
const WEIGHT_FORMAT = '0.0000%';

type Cell = string | number | null;

const kronor = (ore: number): number => ore / 100;

function sheetName(base: string, used: Set<string>): string {
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Blad';
  let name = clean;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function header(sheet: ExcelJS.Worksheet, values: Cell[]): void {
  sheet.addRow(values).font = { bold: true };
}

/** Adds a row; the columns listed in `money` hold kronor amounts from öre. */
function dataRow(sheet: ExcelJS.Worksheet, values: Cell[], money: readonly number[], formats: Record<number, string> = {}): ExcelJS.Row {
  const row = sheet.addRow(values.map((v, i) => (money.includes(i + 1) && typeof v === 'number' ? kronor(v) : v)));
  for (const col of money) row.getCell(col).numFmt = KRONOR_FORMAT;
  for (const [col, format] of Object.entries(formats)) row.getCell(Number(col)).numFmt = format;
  return row;
}

/** A bold total row whose money columns are SUM formulas over the rows above, with cached results. */
function sumRow(sheet: ExcelJS.Worksheet, label: string, firstRow: number, lastRow: number, sums: Record<number, number>): void {
  const row = sheet.addRow([label]);
  row.font = { bold: true };
  for (const [col, ore] of Object.entries(sums)) {
    const letter = sheet.getColumn(Number(col)).letter;
    const cell = row.getCell(Number(col));
    cell.value = lastRow >= firstRow ? { formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`, result: kronor(ore) } : 0;
    cell.numFmt = KRONOR_FORMAT;
  }
}

function summarySheet(wb: ExcelJS.Workbook, report: YearReport, w: CostReportWords, name: string): void {
  const sheet = wb.addWorksheet(name);
  sheet.columns = [{ width: 44 }, { width: 20 }, { width: 20 }, { width: 20 }, { width: 20 }];
  sheet.addRow([`${w.title} ${report.year}`]).font = { bold: true, size: 14 };
  sheet.addRow([report.scenario ? `${w.scenario}: ${report.scenario.name}` : w.plan]);
  sheet.addRow([]);
  header(sheet, [w.hosting, w.host, w.status, w.cost]);
  const first = sheet.rowCount + 1;
  for (const h of report.hostings)
    dataRow(sheet, [h.groupName, w.hostName(h.hostHealthcareRegionCode), w.statuses[h.status], h.totalOre], [4]);
  sumRow(sheet, w.common.total, first, sheet.rowCount, { 4: report.totals.hostingsOre });
  sheet.addRow([]);
  header(sheet, [w.common.region, w.hostingShares, w.representation, w.contributions, w.common.total]);
  const firstRegion = sheet.rowCount + 1;
  for (const r of report.regions) {
    const row = dataRow(
      sheet,
      [`${r.regionName} (${r.regionCode})`, r.hostingOre, r.membershipsOre, r.fixedContributionsOre, null],
      [2, 3, 4, 5],
    );
    row.getCell(5).value = { formula: `SUM(B${row.number}:D${row.number})`, result: kronor(r.totalOre) };
  }
  const sum = (pick: (r: RegionReport) => number) => report.regions.reduce((acc, r) => acc + pick(r), 0);
  sumRow(sheet, w.common.total, firstRegion, sheet.rowCount, {
    2: sum((r) => r.hostingOre),
    3: sum((r) => r.membershipsOre),
    4: sum((r) => r.fixedContributionsOre),
    5: report.totals.regionsOre,
  });
  warningRows(sheet, [...report.warnings, ...report.hostings.flatMap((h) => h.warnings), ...report.regions.flatMap((r) => r.warnings)], w);
}

function itemCells(line: HostingReport['lines'][number], w: CostReportWords): Cell[] {
  const t = line.trace;
  if (t.kind === 'FIXED_AMOUNT') return [line.label, w.kinds.FIXED_AMOUNT, null, null, line.costOre];
  const salary = kronor(roundedOre(t.salary.monthlySalaryOre));
  const source = t.salary.source === 'DEFAULT' ? ` (${w.defaultSalary})` : '';
  return [`${line.label}${source}`, w.kinds.STAFFED_ROLE, t.allocationBp / 10_000, salary, line.costOre];
}

function hostingSheet(wb: ExcelJS.Workbook, h: HostingReport, w: CostReportWords, name: string): void {
  const sheet = wb.addWorksheet(name);
  sheet.columns = [{ width: 40 }, { width: 18 }, { width: 16 }, { width: 18 }, { width: 20 }, { width: 24 }];
  sheet.addRow([`${h.groupName} ${h.year}`]).font = { bold: true, size: 14 };
  sheet.addRow([w.host, w.hostName(h.hostHealthcareRegionCode), w.statuses[h.status]]);
  sheet.addRow([w.period, `${h.startDate} – ${h.endDate ?? w.open}`]);
  sheet.addRow([w.key, h.key.isDefault ? w.keyKinds[h.key.kind] : `${w.keyKinds[h.key.kind]} (${h.key.name})`]);
  if (h.parameters) dataRow(sheet, [w.po, h.parameters.poSurchargeBp / 10_000, h.parameters.poYear], [], { 2: PERCENT_FORMAT });
  sheet.addRow([]);
  header(sheet, [w.item, w.kind, w.share, w.monthlySalary, w.cost]);
  const first = sheet.rowCount + 1;
  for (const line of h.lines) dataRow(sheet, itemCells(line, w), [5], { 3: PERCENT_FORMAT, 4: KRONOR_FORMAT });
  sumRow(sheet, w.common.total, first, sheet.rowCount, { 5: h.totalOre });
  sheet.addRow([]);
  if (!h.split) return;
  sheet.addRow([`${w.split} (${w.rounding}: ${w.units[h.split.unit]})`]).font = { bold: true };
  header(sheet, [w.common.region, w.population, w.populationYear, w.weight, w.share, w.exactWeight]);
  const firstShare = sheet.rowCount + 1;
  for (const s of h.split.shares) {
    const weight = h.split.trace.weights.find((x) => x.regionCode === s.regionCode);
    const exact = weight ? parseFraction(weight.weight) : null;
    const ratio = exact ? Number(exact.num) / Number(exact.den) : null;
    dataRow(
      sheet,
      [
        `${s.regionName} (${s.regionCode})`,
        weight?.population ?? null,
        weight?.populationYearUsed ?? null,
        ratio,
        s.shareOre,
        weight?.weight ?? null,
      ],
      [5],
      { 4: WEIGHT_FORMAT },
    );
  }
  sumRow(sheet, w.sumOfShares, firstShare, sheet.rowCount, { 5: h.split.roundedTotalOre });
  dataRow(sheet, [w.roundedTotal, null, null, null, h.split.roundedTotalOre], [5]);
  dataRow(sheet, [w.invoicedTotal, null, null, null, h.split.invoicedTotalOre], [5]);
  dataRow(sheet, [w.roundingDifference, null, null, null, h.split.roundingDifferenceOre], [5]);
  warningRows(sheet, h.warnings, w);
}

/** The warnings in words (the shared catalogue, the workbook's language) under a heading, each once. */
function warningRows(sheet: ExcelJS.Worksheet, warnings: readonly CostWarning[], w: CostReportWords): void {
  const lines = [...new Set(warnings.map((x) => wordCostWarning(w.language, x)))];
  if (lines.length === 0) return;
  sheet.addRow([]);
  sheet.addRow([w.warnings]).font = { bold: true };
  for (const line of lines) sheet.addRow([line]);
}

function invoiceSheet(wb: ExcelJS.Workbook, r: RegionReport, w: CostReportWords, name: string): void {
  const sheet = wb.addWorksheet(name);
  sheet.columns = [{ width: 22 }, { width: 30 }, { width: 50 }, { width: 20 }];
  sheet.addRow([`${w.invoiceBasis} ${r.regionName} (${r.regionCode}) ${r.year}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  header(sheet, [w.category, w.payee, w.item, w.amount]);
  const first = sheet.rowCount + 1;
  for (const s of r.hostingShares) dataRow(sheet, [w.payees.HOSTING, w.hostName(s.hostHealthcareRegionCode), s.groupName, s.shareOre], [4]);
  for (const m of r.memberships) dataRow(sheet, [w.payees.OWN_STAFF, r.regionName, `${m.personName} – ${m.groupName}`, m.costOre], [4]);
  for (const c of r.contributions) dataRow(sheet, [w.payees.CONTRIBUTION, c.recipient, c.label, c.amountOre], [4]);
  sumRow(sheet, w.common.total, first, sheet.rowCount, { 4: r.totalOre });
  warningRows(sheet, r.warnings, w);
}

export async function costWorkbook(
  report: YearReport,
  language: Language,
  created: Date,
  hostNames: Readonly<Record<string, string>>,
): Promise<Buffer> {
  const w = costWords(language, hostNames);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samplan';
  wb.created = created;
  wb.modified = created;
  const used = new Set<string>();
  summarySheet(wb, report, w, sheetName(w.summary, used));
  for (const h of report.hostings) hostingSheet(wb, h, w, sheetName(h.groupName, used));
  for (const r of report.regions) invoiceSheet(wb, r, w, sheetName(`${w.invoiceSheet} ${r.regionCode}`, used));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
