/** Reads an uploaded .xlsx (exceljs, streaming, under bounds) or .csv (papaparse) into a grid of strings. */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { isoDay } from '@shared/calendar';
import { DomainError, refusal, type ErrorDetail } from '@shared/contract/errors';
import { caseKey } from '../../domain/register-import/normalize';
import { buildGrid, decodeText, detectDelimiter, sniffFormat, type Grid, type GridRow } from '../../domain/register-import/text';
import { loadExcel } from './excel';
import { guardZip, ZipRefusal } from './zip-guard';

export type ReadResult = { grid: Grid; sheet: string | null; sheets: string[] };

/** `YYYY-MM-DD` of a date exceljs read (it reads Excel dates as UTC); nothing for an invalid one. */
function cellDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : isoDay(date);
}

/** A cell as text: dates as ISO days, numbers as written, percent-formatted numbers as their fraction. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return cellDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}

/** Bounds of an uploaded workbook: what it may unpack to, and what the chosen sheet may hold. */
export const XLSX_BOUNDS = {
  maxEntries: 1000,
  maxDecompressedBytes: 80 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 200,
  maxCellChars: 10_000,
} as const;

function refuse(message: string, detail: ErrorDetail): never {
  throw new DomainError('VALIDATION', message, detail);
}

/** The zip guard first: a bomb or a zip with hidden parts is refused before exceljs sees a byte. */
async function guard(fileName: string, bytes: Buffer): Promise<void> {
  try {
    await guardZip(bytes, XLSX_BOUNDS);
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    if (error.reason === 'shape') throw refusal('VALIDATION', 'registerImport.unreadableWorkbook', { file: fileName });
    const megabytes = XLSX_BOUNDS.maxDecompressedBytes / (1024 * 1024);
    refuse(`Arbetsboken packas upp till mer än ${megabytes} MB och kan inte läsas in.`, {
      key: 'spreadsheet.tooLarge',
      params: { megabytes },
    });
  }
}

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };
type StreamedBook = ExcelJS.stream.xlsx.WorkbookReader & { model?: { sheets?: { name: string }[] } };

/** One row's cells as text (dates as ISO days, percent-formatted numbers as their fraction), within the bounds. */
function rowCells(row: ExcelJS.Row): string[] {
  if (row.cellCount > XLSX_BOUNDS.maxColumns) {
    const max = XLSX_BOUNDS.maxColumns;
    refuse(`Arbetsbladet har fler än ${max} kolumner.`, { key: 'spreadsheet.tooManyColumns', params: { max } });
  }
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const cell = row.getCell(column);
    const value = cell.value;
    const percent = typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
    const text = percent ? percentText(value) : cellText(value).trim();
    if (text.length > XLSX_BOUNDS.maxCellChars) {
      const max = XLSX_BOUNDS.maxCellChars;
      refuse(`En cell på rad ${row.number} har mer än ${max} tecken.`, {
        key: 'spreadsheet.cellTooLong',
        params: { row: row.number, max },
      });
    }
    cells.push(text);
  }
  return cells;
}

async function readRows(sheet: SheetReader): Promise<GridRow[]> {
  const records: GridRow[] = [];
  for await (const row of sheet) {
    if (records.length >= XLSX_BOUNDS.maxRows) {
      const max = XLSX_BOUNDS.maxRows;
      refuse(`Arbetsbladet har fler än ${max} rader.`, { key: 'spreadsheet.tooManyRows', params: { max } });
    }
    records.push({ row: row.number, cells: rowCells(row) });
  }
  const width = records.reduce((most, r) => Math.max(most, r.cells.length), 0);
  for (const r of records) while (r.cells.length < width) r.cells.push('');
  return records;
}

/** A percent-formatted cell as the percentage it shows: 0.25 → "25%" (to four decimals, so 0.35 is not 35.000000000000004). */
function percentText(value: number): string {
  return `${Math.round(value * 1_000_000) / 10_000}%`;
}

/** A sheet's grid, or null for a sheet without rows. */
function gridOrNull(fileName: string, rows: GridRow[]): Grid | null {
  try {
    return buildGrid(fileName, rows);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Reads past a sheet that is not wanted, still under the row and column bounds. */
async function skipRows(sheet: SheetReader): Promise<void> {
  await readRows(sheet);
}

type Chosen = { grid: Grid; sheet: string };

/**
 * Reads an .xlsx with exceljs's streaming reader after the zip guard: rows are taken one at a time under
 * the bounds, so neither a bomb nor a million-row sheet is ever held in memory. A named sheet is taken as
 * it is; without a name, the first sheet `usable` accepts (a cover sheet before the rows is common), else
 * the first sheet with rows. Every sheet's name is returned for the sheet choice.
 */
async function readXlsx(fileName: string, bytes: Uint8Array, sheetName: string | undefined, usable: Usable): Promise<ReadResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await guard(fileName, buffer);
  const ExcelJs = await loadExcel();
  const book = new ExcelJs.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as StreamedBook;
  const names: string[] = [];
  let chosen: Chosen | null = null;
  let fallback: Chosen | null = null;
  try {
    for await (const streamed of book) {
      const sheet = streamed as SheetReader;
      names.push(sheet.name);
      const wanted = sheetName === undefined ? chosen === null : caseKey(sheet.name) === caseKey(sheetName);
      if (!wanted) {
        await skipRows(sheet);
        continue;
      }
      const rows = await readRows(sheet);
      if (sheetName !== undefined) chosen = { grid: buildGrid(fileName, rows), sheet: sheet.name };
      else {
        const grid = gridOrNull(fileName, rows);
        if (grid !== null && usable(grid)) chosen = { grid, sheet: sheet.name };
        else if (grid !== null && fallback === null) fallback = { grid, sheet: sheet.name };
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refusal('VALIDATION', 'registerImport.unreadableWorkbook', { file: fileName });
  }
  const found = chosen ?? (sheetName === undefined ? fallback : null);
  if (found) return { ...found, sheets: names };
  if (sheetName === undefined) throw refusal('VALIDATION', 'registerImport.noSheetWithRows', { file: fileName });
  throw refusal('VALIDATION', 'registerImport.noSuchSheet', { file: fileName, sheet: sheetName, sheets: names.join(', ') });
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
