/** Reads an uploaded .xlsx (exceljs) or .csv (papaparse) into a grid of strings. */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '@shared/contract/errors';
import { caseKey } from '../../domain/register-import/normalize';
import { buildGrid, decodeText, detectDelimiter, sniffFormat, type Grid, type GridRow } from '../../domain/register-import/text';
import { loadExcel } from './excel';

export type ReadResult = { grid: Grid; sheet: string | null; sheets: string[] };

/** `YYYY-MM-DD` of a date exceljs read (it reads Excel dates as UTC). */
function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A cell as text: dates as ISO days, numbers as written, percent-formatted numbers as their fraction. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}

/** A percent-formatted cell as the percentage it shows: 0.25 → "25%" (to four decimals, so 0.35 is not 35.000000000000004). */
function percentText(value: number): string {
  return `${Math.round(value * 1_000_000) / 10_000}%`;
}

function pickSheet(workbook: ExcelJS.Workbook, fileName: string, name: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const found = name === undefined ? sheets[0] : sheets.find((s) => caseKey(s.name) === caseKey(name));
  if (found) return found;
  if (name === undefined) throw new DomainError('VALIDATION', `”${fileName}” har inget kalkylblad.`);
  throw new DomainError('VALIDATION', `”${fileName}” har inget blad ”${name}” (bladen: ${sheets.map((s) => s.name).join(', ')}).`);
}

function sheetGrid(fileName: string, sheet: ExcelJS.Worksheet): Grid {
  const width = sheet.columnCount;
  const records: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      const value = cell.value;
      const percent = typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
      cells.push(percent ? percentText(value) : cellText(value).trim());
    }
    records.push({ row: rowNumber, cells });
  });
  return buildGrid(fileName, records);
}

/**
 * Without a named sheet, the first sheet `usable` accepts (a cover sheet before the rows is common), else the
 * first sheet; a named sheet as it is.
 */
async function readXlsx(fileName: string, bytes: Uint8Array, sheetName: string | undefined, usable: Usable): Promise<ReadResult> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new DomainError('VALIDATION', `”${fileName}” kan inte läsas som en Excel-arbetsbok.`);
  }
  const sheets = workbook.worksheets.map((s) => s.name);
  if (sheetName === undefined) {
    for (const sheet of workbook.worksheets) {
      const grid = readableGrid(fileName, sheet);
      if (grid !== null && usable(grid)) return { grid, sheet: sheet.name, sheets };
    }
  }
  const sheet = pickSheet(workbook, fileName, sheetName);
  return { grid: sheetGrid(fileName, sheet), sheet: sheet.name, sheets };
}

/** A sheet's grid, or null for a sheet without rows. */
function readableGrid(fileName: string, sheet: ExcelJS.Worksheet): Grid | null {
  try {
    return sheetGrid(fileName, sheet);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function readCsv(fileName: string, bytes: Uint8Array): ReadResult {
  const { text } = decodeText(fileName, bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const records = parsed.data.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => c.trim()) }));
  return { grid: buildGrid(fileName, records), sheet: null, sheets: [] };
}

/** Whether a sheet's grid is what the caller looks for (the import: one with a name column). */
export type Usable = (grid: Grid) => boolean;

export async function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
  sheet?: string,
  usable: Usable = () => true,
): Promise<ReadResult> {
  return sniffFormat(fileName, bytes) === 'xlsx' ? readXlsx(fileName, bytes, sheet, usable) : readCsv(fileName, bytes);
}
