/**
 * Reads SCB's population table (folkmängd 31 december per county) from a grid of cells: a county code
 * or name in one column and the population in another. The year comes from the table's year column
 * (the chosen one, or the latest) or, when the table has none, from the caller.
 *
 * Accepted region cells: `01`, `01 Stockholms län`, `Stockholms län`, `Region Stockholm`, `Stockholm`
 * (compared case- and accent-folded). Rows for the whole country (`00 Riket`, `Sverige`, `Totalt`) are
 * left out; a row naming no known region but carrying a number is reported. Figures may carry spaces
 * as thousands separators (`2 473 307`). Problems are a key and params that the renderer words.
 */
import { foldText } from '@shared/text/fold';

export type RegionRef = { code: string; name: string; county: string };
export type TableRecord = { line: number; cells: string[] };
export type TableProblem = { line: number; key: string; params: Record<string, string | number> };
export type MunicipalityRef = { code: string; name: string };
export type PopulationTable = {
  year: number;
  rows: { line: number; regionCode: string; population: number }[];
  /** Rows of the known municipalities (a split region's, e.g. Halland's), by SCB kommunkod. */
  municipalities: { line: number; code: string; population: number }[];
  problems: TableProblem[];
};

export class TableError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

const YEAR = /^(?:\D*\D)?((?:19|20)\d{2})(?:\D.*)?$/;
const NATIONAL = new Set(['riket', 'sverige', 'totalt', 'hela riket', '00 riket', '00']);

function nameVariants(r: RegionRef): string[] {
  const name = foldText(r.name);
  const county = foldText(r.county);
  const bare = name.replace(/^region /, '').replace(/regionen$/, '');
  const countyBare = county.replace(/ lan$/, '');
  return [name, county, bare, countyBare, countyBare.replace(/s$/, ''), bare.replace(/ lan$/, '')];
}

/** code by folded name or code. */
function regionIndex(regions: readonly RegionRef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const r of regions) {
    index.set(r.code, r.code);
    for (const v of nameVariants(r)) if (v !== '') index.set(v, r.code);
  }
  return index;
}

function regionOf(cell: string, index: Map<string, string>): string | null {
  const text = foldText(cell.trim());
  const coded = /^(\d{2})(?:\s+\D.*)?$/.exec(text);
  if (coded) return index.get(coded[1] ?? '') ?? null;
  return index.get(text) ?? null;
}

const MUNICIPALITY = /^(\d{4})(?:\s+\D.*)?$/;

/**
 * The kommunkod of a municipality row (`1380`, `1380 Halmstad`, or a known municipality's name); `''` for
 * a municipality the caller does not ask for (a row of SCB's table per kommun that is not needed), null
 * for a cell that names no municipality.
 */
function municipalityOf(cell: string, known: ReadonlyMap<string, string>): string | null {
  const text = foldText(cell.trim());
  const coded = MUNICIPALITY.exec(text);
  if (coded) return known.has(coded[1] ?? '') ? (coded[1] ?? '') : '';
  return known.get(text) ?? null;
}

function municipalityIndex(municipalities: readonly MunicipalityRef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of municipalities) {
    index.set(m.code, m.code);
    index.set(foldText(m.name), m.code);
    index.set(`${foldText(m.name)} kommun`, m.code);
  }
  return index;
}

/** An integer population from `2473307`, `2 473 307` or `2473307.0`; null when the cell is none. */
export function parsePopulation(cell: string): number | null {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]0+$/, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact);
}

function yearOfCell(cell: string): number | null {
  const match = YEAR.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

type Layout = { year: number; column: number | null; headerLine: number };

function layout(records: readonly TableRecord[], index: Map<string, string>, wanted: number | null): Layout {
  for (const record of records) {
    if (record.cells.some((c) => regionOf(c, index) !== null)) break;
    const years = record.cells.map(yearOfCell);
    const found = years.flatMap((y, column) => (y === null ? [] : [{ y, column }]));
    if (found.length === 0) continue;
    const pick = wanted === null ? found.reduce((a, b) => (b.y > a.y ? b : a)) : found.find((f) => f.y === wanted);
    if (!pick) {
      throw new TableError(
        'populations.import.noYearColumn',
        { year: wanted ?? 0, years: found.map((f) => f.y).join(', ') },
        `the table has no column for ${wanted}`,
      );
    }
    return { year: pick.y, column: pick.column, headerLine: record.line };
  }
  if (wanted === null) throw new TableError('populations.import.yearNeeded', {}, 'the table has no year column: give the year');
  return { year: wanted, column: null, headerLine: -1 };
}

function figureOf(cells: readonly string[], regionColumn: number, column: number | null): number | null {
  if (column !== null) return parsePopulation(cells[column] ?? '');
  for (let c = regionColumn + 1; c < cells.length; c += 1) {
    const value = parsePopulation(cells[c] ?? '');
    if (value !== null) return value;
  }
  return null;
}

export function readPopulationTable(
  records: readonly TableRecord[],
  regions: readonly RegionRef[],
  wanted: number | null,
  known: readonly MunicipalityRef[] = [],
): PopulationTable {
  const index = regionIndex(regions);
  const municipalityCodes = municipalityIndex(known);
  const { year, column, headerLine } = layout(records, index, wanted);
  const rows: PopulationTable['rows'] = [];
  const municipalities: PopulationTable['municipalities'] = [];
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (record.line <= headerLine) continue;
    const regionColumn = record.cells.findIndex((c) => regionOf(c, index) !== null);
    const first = record.cells.find((c) => c.trim() !== '') ?? '';
    // a municipality row names it in its first cell (a lone number further right is a figure)
    const firstColumn = record.cells.findIndex((c) => c.trim() !== '');
    const municipalityColumn = regionColumn < 0 && municipalityOf(first, municipalityCodes) !== null ? firstColumn : -1;
    if (municipalityColumn >= 0) {
      const code = municipalityOf(record.cells[municipalityColumn] ?? '', municipalityCodes) ?? '';
      const population = figureOf(record.cells, municipalityColumn, column);
      if (code === '') continue;
      if (population === null) problems.push({ line: record.line, key: 'populations.import.notANumber', params: { regionCode: first } });
      else if (municipalities.some((m) => m.code === code))
        problems.push({ line: record.line, key: 'populations.import.repeated', params: { regionCode: first } });
      else municipalities.push({ line: record.line, code, population });
      continue;
    }
    if (regionColumn < 0) {
      const national = NATIONAL.has(foldText(first.trim()));
      const hasNumber = record.cells.some((c) => parsePopulation(c) !== null);
      if (!national && hasNumber) problems.push({ line: record.line, key: 'populations.import.unknownRegion', params: { text: first } });
      continue;
    }
    const regionCode = regionOf(record.cells[regionColumn] ?? '', index) ?? '';
    const population = figureOf(record.cells, regionColumn, column);
    if (population === null) {
      problems.push({ line: record.line, key: 'populations.import.notANumber', params: { regionCode } });
    } else if (seen.has(regionCode)) {
      problems.push({ line: record.line, key: 'populations.import.repeated', params: { regionCode } });
    } else {
      seen.add(regionCode);
      rows.push({ line: record.line, regionCode, population });
    }
  }
  return { year, rows, municipalities, problems };
}
