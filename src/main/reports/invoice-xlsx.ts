/**
 * The invoice basis (fakturaunderlag) as an .xlsx workbook: the basis sheet (parties, reference,
 * period, budget, one row per hosting, the total, the instalments) and a sheet with each hosting's key.
 * Amounts are kronor numbers with the format of the cost workbook; every sum is a formula with its
 * cached result, so the file reads right without recalculation and re-checks when recalculated.
 */
import ExcelJS from 'exceljs';
import type { Language } from '@shared/contract/common';
import type { InvoiceBasis } from '@shared/contract/cost/invoice';
import { KRONOR_FORMAT } from './cost-xlsx';
import { invoiceWords, partyNumber, type InvoiceWords } from './invoice-labels';

const WEIGHT_FORMAT = '0.0000%';
const kronor = (ore: number): number => ore / 100;

function money(cell: ExcelJS.Cell, ore: number): void {
  cell.value = kronor(ore);
  cell.numFmt = KRONOR_FORMAT;
}

function sum(cell: ExcelJS.Cell, column: string, first: number, last: number, ore: number): void {
  cell.value = last >= first ? { formula: `SUM(${column}${first}:${column}${last})`, result: kronor(ore) } : 0;
  cell.numFmt = KRONOR_FORMAT;
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

function headBlock(sheet: ExcelJS.Worksheet, b: InvoiceBasis, w: InvoiceWords): void {
  sheet.addRow([`${w.title} ${b.reference}`]).font = { bold: true, size: 14 };
  const facts: [string, string][] = [
    [w.reference, b.reference],
    [w.period, `${b.period.from} – ${b.period.to}`],
    [w.sender, b.sender.name],
    [w.organisationNumber, partyNumber(b.sender.organisationNumber, w)],
    [w.recipient, b.recipient.name],
    [w.organisationNumber, partyNumber(b.recipient.organisationNumber, w)],
    [w.basis, b.budget ? w.budget(b.budget.name, b.budget.revision, b.budget.lockedAt) : w.plan],
  ];
  if (b.budget) facts.push([w.checksum, b.budget.sha256]);
  for (const [label, value] of facts) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([w.scope]);
  sheet.addRow([]);
}

function linesBlock(sheet: ExcelJS.Worksheet, b: InvoiceBasis, w: InvoiceWords): void {
  bold(sheet.addRow([w.hosting, w.key, w.populationDate, w.share, w.hostingInvoiced, w.amount]));
  const first = sheet.rowCount + 1;
  for (const l of b.lines) {
    const own = l.weights.find((x) => x.regionCode === b.recipient.code);
    const row = sheet.addRow([
      l.hosting,
      w.keyText(l.keyIsDefault ? null : l.keyName, l.keyKind, null),
      l.populationYear === null ? null : `${l.populationYear}-12-31`,
    ]);
    row.getCell(4).value = (own?.weightPercent ?? 0) / 100;
    row.getCell(4).numFmt = WEIGHT_FORMAT;
    money(row.getCell(5), l.hostingInvoicedOre);
    money(row.getCell(6), l.amountOre);
  }
  const total = sheet.addRow([w.total]);
  bold(total);
  sum(total.getCell(6), 'F', first, sheet.rowCount - 1, b.totalOre);
  sheet.addRow([]);
}

function instalmentBlock(sheet: ExcelJS.Worksheet, b: InvoiceBasis, w: InvoiceWords): void {
  sheet.addRow([w.instalments(b.instalmentPlan)]).font = { bold: true };
  bold(sheet.addRow([w.number, w.period, w.from, w.to, null, w.amount]));
  const first = sheet.rowCount + 1;
  for (const i of b.instalments) money(sheet.addRow([i.number, i.period, i.from, i.to]).getCell(6), i.amountOre);
  const total = sheet.addRow([w.total]);
  bold(total);
  sum(total.getCell(6), 'F', first, sheet.rowCount - 1, b.totalOre);
  sheet.addRow([w.instalmentRule]);
  if (b.notes.length > 0) {
    sheet.addRow([]);
    sheet.addRow([w.notesHeading]).font = { bold: true };
    for (const n of b.notes) sheet.addRow([w.note(n)]);
  }
}

function keySheet(wb: ExcelJS.Workbook, b: InvoiceBasis, w: InvoiceWords): void {
  const sheet = wb.addWorksheet(w.sheetKeys);
  sheet.columns = [{ width: 40 }, { width: 16 }, { width: 14 }, { width: 20 }];
  for (const l of b.lines) {
    sheet.addRow([w.keyOf(l.hosting)]).font = { bold: true };
    sheet.addRow([w.keyText(l.keyIsDefault ? null : l.keyName, l.keyKind, l.populationYear)]);
    bold(sheet.addRow([w.region, w.population, w.share, w.amount]));
    const first = sheet.rowCount + 1;
    for (const x of l.weights) {
      const row = sheet.addRow([`${x.regionName} (${x.regionCode})`, x.population, x.weightPercent / 100]);
      row.getCell(3).numFmt = WEIGHT_FORMAT;
      money(row.getCell(4), x.shareOre);
    }
    const total = sheet.addRow([w.sumOfShares]);
    bold(total);
    sum(total.getCell(4), 'D', first, sheet.rowCount - 1, l.hostingInvoicedOre);
    sheet.addRow([]);
  }
}

export async function invoiceWorkbook(b: InvoiceBasis, language: Language, created: Date): Promise<Buffer> {
  const w = invoiceWords(language);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samplan';
  wb.created = created;
  wb.modified = created;
  const sheet = wb.addWorksheet(w.sheetLines);
  sheet.columns = [{ width: 40 }, { width: 40 }, { width: 16 }, { width: 14 }, { width: 20 }, { width: 20 }];
  headBlock(sheet, b, w);
  linesBlock(sheet, b, w);
  instalmentBlock(sheet, b, w);
  keySheet(wb, b, w);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
