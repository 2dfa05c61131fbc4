import fs from 'node:fs';
import path from 'node:path';
import type { PopulationImportResult, PopulationRow } from '@shared/contract/populations';
import type { Command, CommandContext } from '../command';
import { CliError } from '../errors';
import { call, withApp } from '../services';

const LIST_USAGE = 'populations list [--year Y] [--json]';
const IMPORT_USAGE = 'populations import FILE [--year Y] [--dry-run] [--json]';

function optionalYear(values: CommandContext['values'], usage: string): number | null {
  const value = values.year;
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text) || Number(text) < 1990 || Number(text) > 2100) {
    throw new CliError(`--year tar ett år mellan 1990 och 2100, t.ex. 2024 (användning: ${usage})`);
  }
  return Number(text);
}

const grouped = (n: number) => n.toLocaleString('sv-SE');

function listText(rows: readonly PopulationRow[]): string {
  if (rows.length === 0) return 'Inga befolkningsuppgifter.';
  return rows
    .map((r) => {
      const part = r.healthcareRegionCode === null ? '' : ` (del i ${r.healthcareRegionCode})`;
      return `${r.regionCode} ${`${r.regionName}${part}`.padEnd(44)} 31 dec ${r.year}  ${grouped(r.population).padStart(11)}`;
    })
    .join('\n');
}

const populationsList: Command = {
  name: 'populations list',
  summary: 'folkmängd 31 december per region och år (Hallands delar också)',
  usage: LIST_USAGE,
  options: { year: { type: 'string' } },
  async run(ctx) {
    const year = optionalYear(ctx.values, LIST_USAGE);
    const rows = await withApp(ctx, (app) => call(app, 'populations:list', { year }));
    const json = rows.map((r) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      healthcareRegionCode: r.healthcareRegionCode,
      year: r.year,
      population: r.population,
      source: r.source,
    }));
    ctx.out.print(json, () => listText(rows));
  },
};

const PROBLEM_TEXT: Record<string, (p: Record<string, string | number>) => string> = {
  'populations.import.unknownRegion': (p) => `okänd region "${p.text}"`,
  'populations.import.notANumber': (p) => `folkmängden för ${p.regionCode} är inget heltal`,
  'populations.import.repeated': (p) => `${p.regionCode} förekommer mer än en gång`,
  'populations.import.municipalitiesMissing': (p) => `${p.region}: kommunerna ${p.missing} saknas, så delarna räknas inte`,
  'populations.import.partsDiffer': (p) =>
    `${p.region} har ${grouped(Number(p.whole))} invånare i länsraden men kommunerna summerar till ${grouped(Number(p.sum))}; inget av regionens värden sparas`,
};

function importText(result: PopulationImportResult, hostNames: ReadonlyMap<string, string>): string {
  const lines = [
    `${result.applied ? 'Importerade' : 'Förhandsgranskning:'} ${result.rows.length} regioner, folkmängd 31 december ${result.year}`,
  ];
  for (const r of result.rows) {
    const change = r.previous === null ? 'ny' : r.previous === r.population ? 'oförändrad' : `var ${grouped(r.previous)}`;
    const name =
      r.healthcareRegionCode === null
        ? r.regionName
        : `${r.regionName}, del i ${hostNames.get(r.healthcareRegionCode) ?? r.healthcareRegionCode}`;
    lines.push(`  ${r.regionCode} ${name.padEnd(30)} ${grouped(r.population).padStart(11)}  (${change})`);
  }
  for (const p of result.problems) lines.push(`  rad ${p.line}: ${PROBLEM_TEXT[p.key]?.(p.params) ?? p.key}`);
  if (result.missingRegionCodes.length > 0) lines.push(`Saknas i filen: ${result.missingRegionCodes.join(', ')}`);
  if (!result.applied) lines.push('Inget sparades (--dry-run).');
  return lines.join('\n');
}

const populationsImport: Command = {
  name: 'populations import',
  summary: 'läs in SCB:s folkmängdstabell (.xlsx eller .csv: länskod eller länsnamn, folkmängd)',
  usage: IMPORT_USAGE,
  options: { year: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const year = optionalYear(ctx.values, IMPORT_USAGE);
    const file = path.resolve(ctx.positionals[0] ?? '');
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new CliError(`filen ${file} kan inte läsas (användning: ${IMPORT_USAGE})`);
    }
    const input = { fileName: path.basename(file), contentBase64: bytes.toString('base64'), year, apply: ctx.values['dry-run'] !== true };
    const { result, hostNames } = await withApp(ctx, async (app) => {
      const reference = await call(app, 'reference:get', {});
      return {
        result: await call(app, 'populations:import', input),
        hostNames: new Map(reference.healthcareRegions.map((h) => [h.code, h.name])),
      };
    });
    ctx.out.print(result, () => importText(result, hostNames));
  },
};

export const populationCommands: Command[] = [populationsList, populationsImport];
