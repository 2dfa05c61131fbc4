/**
 * Import of SCB's population table (.xlsx or .csv): read it (`readPopulationTable`), show what would
 * change (the preview), and with `apply` set every figure in one transaction. Whole regions only: a
 * split region's parts (Halland) stay as they are and are entered one by one.
 */
import Papa from 'papaparse';
import type { PopulationImportResult } from '@shared/contract/populations';
import { refusal } from '@shared/contract/errors';
import type { MessageKey } from '@shared/messages';
import { transaction } from '../db/data';
import { readPopulationTable, TableError, type TableRecord } from '../domain/populations/scb-table';
import { decodeText, sniffFormat } from '../domain/register-import/text';
import type { ServiceContext } from '../lib/context';
import { regionsWithCounty } from '../repositories/reference-data';
import { storedRegionPopulation } from '../repositories/populations';
import { setFigure } from './populations';
import { cellText } from './register-import/read-file';
import { loadExcel } from './register-import/excel';

type ImportInput = { fileName: string; contentBase64: string; year: number | null; apply: boolean };

/** The delimiter most lines agree on (a title line before the table has none, or a comma in prose). */
function delimiterOf(text: string): string {
  const votes = new Map<string, number>();
  for (const line of text.split(/\r\n|\n|\r/).slice(0, 60)) {
    const counts = [';', '\t', ','].map((d) => [d, line.split(d).length - 1] as const).filter(([, n]) => n > 0);
    const best = counts.sort((a, b) => b[1] - a[1])[0];
    if (best) votes.set(best[0], (votes.get(best[0]) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';';
}

async function readRecords(fileName: string, bytes: Uint8Array): Promise<TableRecord[]> {
  if (sniffFormat(fileName, bytes) === 'csv') {
    const { text } = decodeText(fileName, bytes);
    const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
    return parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
  }
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw refusal('VALIDATION', 'populationImport.unreadableWorkbook', { file: fileName });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refusal('VALIDATION', 'populationImport.noSheet', { file: fileName });
  const records: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value).trim());
    records.push({ line, cells });
  });
  return records;
}

/** The table's refusals (domain/populations/scb-table.ts) and their worded keys. */
const TABLE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'populations.import.noYearColumn': 'populationImport.noYearColumn',
  'populations.import.yearNeeded': 'populationImport.yearNeeded',
};

export async function importPopulations(ctx: ServiceContext, input: ImportInput): Promise<PopulationImportResult> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw refusal('VALIDATION', 'populationImport.empty', { file: input.fileName });
  const records = await readRecords(input.fileName, new Uint8Array(bytes));
  const regions = regionsWithCounty(ctx.conn);
  let table;
  try {
    table = readPopulationTable(records, regions, input.year);
  } catch (error) {
    if (error instanceof TableError) throw refusal('VALIDATION', TABLE_MESSAGES[error.key] ?? 'input.invalid', error.params);
    throw error;
  }
  if (table.rows.length === 0) throw refusal('VALIDATION', 'populationImport.noRows', { file: input.fileName });
  const { year } = table;
  const names = Object.fromEntries(regions.map((r) => [r.code, r.name]));
  const rows = table.rows.map((r) => {
    const stored = storedRegionPopulation(ctx.conn, r.regionCode, year);
    const previous = stored && !stored.deleted ? stored.population : null;
    return { line: r.line, regionCode: r.regionCode, regionName: names[r.regionCode] ?? r.regionCode, population: r.population, previous };
  });
  if (input.apply) {
    const how = { actor: ctx.actor, now: ctx.now().toISOString() };
    const source = `SCB folkmängd 31 december ${year} (import av ${input.fileName})`;
    transaction(ctx.conn, () => {
      for (const r of rows)
        setFigure(
          ctx.conn,
          { regionCode: r.regionCode, healthcareRegionCode: null, year },
          { population: r.population, source },
          undefined,
          how,
        );
    });
  }
  const found = new Set(rows.map((r) => r.regionCode));
  return Promise.resolve({
    year,
    applied: input.apply,
    rows,
    problems: table.problems,
    missingRegionCodes: regions.map((r) => r.code).filter((code) => !found.has(code)),
  });
}
