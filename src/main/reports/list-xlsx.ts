/** A list as the user sees it (worded by the renderer), as an .xlsx workbook: real numbers, real dates, text as text. */
import ExcelJS from 'exceljs';
import type { ListExportInput } from '@shared/contract/register-insights';

const FORMATS = { integer: '0', percent: '0.00 %', date: 'yyyy-mm-dd' } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Column = ListExportInput['columns'][number];

function cellValue(value: string | number | null, column: Column): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.format === 'date' && typeof value === 'string' && ISO_DATE.test(value)) return new Date(`${value}T00:00:00.000Z`);
  // a string stays a string: exceljs writes a formula only from { formula }, so "=…" is shown, never run
  return value;
}

export async function listWorkbook(input: ListExportInput, created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  workbook.created = created;
  const sheet = workbook.addWorksheet(input.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = input.columns.map((column) => ({
    header: column.header,
    width: Math.min(60, Math.max(10, column.header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  const widths = input.columns.map((column) => column.header.length);
  for (const values of input.rows) {
    const row = sheet.addRow(input.columns.map((column, i) => cellValue(values[i] ?? null, column)));
    input.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.format !== 'text' && (typeof cell.value === 'number' || cell.value instanceof Date)) cell.numFmt = FORMATS[column.format];
      widths[i] = Math.max(widths[i] ?? 0, String(values[i] ?? '').length);
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(10, (widths[i] ?? 8) + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
