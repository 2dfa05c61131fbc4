/**
 * Import of SCB's population table (.xlsx or .csv): read it (`readPopulationTable`), show what would
 * change (the preview), and with `apply` set every figure in one transaction. A split region's parts
 * (Halland's in SODRA and VASTRA) come from its municipalities' rows (SCB's table per kommun, `1380
 * Halmstad`): each part is the sum of its municipalities (reference data), and the whole their sum
 * unless the table has the county's own row, which must then equal it.
 */
import Papa from 'papaparse';
import type { PopulationImportResult } from '@shared/contract/populations';
import { refusal } from '@shared/contract/errors';
import type { MessageKey } from '@shared/messages';
import { transaction } from '../db/data';
import { readPopulationTable, TableError, type PopulationTable, type TableRecord } from '../domain/populations/scb-table';
import { decodeText, sniffFormat } from '../domain/register-import/text';
import type { ServiceContext } from '../lib/context';
import { regionsWithCounty } from '../repositories/reference-data';
import { storedPartPopulation, storedRegionPopulation } from '../repositories/populations';
import { readMunicipalityParts } from '../reference/files';
import { partsFromMunicipalities } from '@shared/domain/population';
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

type PreviewRow = PopulationImportResult['rows'][number];

/** Halland's parts (and its whole, when the table has no county row) from its municipalities' figures. */
function splitRegionRows(ctx: ServiceContext, table: PopulationTable, names: Record<string, string>) {
  const partsOf = readMunicipalityParts(ctx.resourcesDir);
  const derived = partsFromMunicipalities(partsOf, table.municipalities);
  const lineOf = (regionCode: string) => {
    const codes = new Set(partsOf.filter((p) => p.regionCode === regionCode).flatMap((p) => p.municipalities.map((m) => m.code)));
    return Math.min(...table.municipalities.filter((m) => codes.has(m.code)).map((m) => m.line));
  };
  const rows: PreviewRow[] = [];
  const refused = new Set<string>();
  const problems: PopulationImportResult['problems'] = derived.incomplete.map((r) => ({
    line: lineOf(r.regionCode),
    key: 'populations.import.municipalitiesMissing',
    params: { regionCode: r.regionCode, region: names[r.regionCode] ?? r.regionCode, missing: r.missing.join(', ') },
  }));
  for (const whole of derived.wholes) {
    const given = table.rows.find((r) => r.regionCode === whole.regionCode);
    const region = names[whole.regionCode] ?? whole.regionCode;
    if (given && given.population !== whole.population) {
      refused.add(whole.regionCode);
      problems.push({
        line: given.line,
        key: 'populations.import.partsDiffer',
        params: { regionCode: whole.regionCode, region, whole: given.population, sum: whole.population },
      });
      continue;
    }
    const line = lineOf(whole.regionCode);
    if (!given)
      rows.push({
        line,
        regionCode: whole.regionCode,
        regionName: region,
        healthcareRegionCode: null,
        population: whole.population,
        previous: null,
      });
    for (const part of derived.parts.filter((p) => p.regionCode === whole.regionCode))
      rows.push({
        line,
        regionCode: part.regionCode,
        regionName: region,
        healthcareRegionCode: part.healthcareRegionCode,
        population: part.population,
        previous: null,
      });
  }
  return { rows, problems, refused };
}

function previousOf(ctx: ServiceContext, row: PreviewRow, year: number): number | null {
  const stored =
    row.healthcareRegionCode === null
      ? storedRegionPopulation(ctx.conn, row.regionCode, year)
      : storedPartPopulation(ctx.conn, row.healthcareRegionCode, row.regionCode, year);
  return stored && !stored.deleted ? stored.population : null;
}

export async function importPopulations(ctx: ServiceContext, input: ImportInput): Promise<PopulationImportResult> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw refusal('VALIDATION', 'populationImport.empty', { file: input.fileName });
  const records = await readRecords(input.fileName, new Uint8Array(bytes));
  const regions = regionsWithCounty(ctx.conn);
  const municipalities = readMunicipalityParts(ctx.resourcesDir).flatMap((p) => p.municipalities);
  let table: PopulationTable;
  try {
    table = readPopulationTable(records, regions, input.year, municipalities);
  } catch (error) {
    if (error instanceof TableError) throw refusal('VALIDATION', TABLE_MESSAGES[error.key] ?? 'input.invalid', error.params);
    throw error;
  }
  if (table.rows.length === 0 && table.municipalities.length === 0)
    throw refusal('VALIDATION', 'populationImport.noRows', { file: input.fileName });
  const { year } = table;
  const names = Object.fromEntries(regions.map((r) => [r.code, r.name]));
  const split = splitRegionRows(ctx, table, names);
  const rows = [
    ...table.rows
      .filter((r) => !split.refused.has(r.regionCode))
      .map((r) => ({
        line: r.line,
        regionCode: r.regionCode,
        regionName: names[r.regionCode] ?? r.regionCode,
        healthcareRegionCode: null,
        population: r.population,
        previous: null,
      })),
    ...split.rows,
  ].map((r) => ({ ...r, previous: previousOf(ctx, r, year) }));
  if (input.apply) {
    const how = { actor: ctx.actor, now: ctx.now().toISOString() };
    const source = `SCB folkmängd 31 december ${year} (import av ${input.fileName})`;
    // whole regions first: a region in one healthcare region also sets its part; a split region's parts follow
    const ordered = [...rows].sort((a, b) => Number(a.healthcareRegionCode !== null) - Number(b.healthcareRegionCode !== null));
    transaction(ctx.conn, () => {
      for (const r of ordered)
        setFigure(
          ctx.conn,
          { regionCode: r.regionCode, healthcareRegionCode: r.healthcareRegionCode, year },
          { population: r.population, source },
          undefined,
          how,
        );
    });
  }
  const found = new Set(rows.filter((r) => r.healthcareRegionCode === null).map((r) => r.regionCode));
  return Promise.resolve({
    year,
    applied: input.apply,
    rows,
    problems: [...table.problems, ...split.problems].sort((a, b) => a.line - b.line),
    missingRegionCodes: regions.map((r) => r.code).filter((code) => !found.has(code)),
  });
}
