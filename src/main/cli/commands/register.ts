import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '@shared/contract/domain-error';
import type { CreateGroupRequest, ImportReason, ImportReport, MappingTarget } from '@shared/contract/register-import';
import type { PersonSummary } from '@shared/contract/register';
import type { Command, CommandContext } from '../command';
import { cliErrorOf, cliRefusal } from '../errors';
import { call, withApp, type CliApp } from '../services';

function optionalString(values: CommandContext['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function personLine(p: PersonSummary, formatBasisPoints: (bp: number) => string): string {
  const place = [p.regionCode, p.organisationName].filter((v) => v !== null).join(' ');
  return `${p.name.padEnd(28)} ${(p.email ?? '').padEnd(32)} ${place.padEnd(30)} ${formatBasisPoints(p.currentAllocationBp)}`;
}

const personsList: Command = {
  name: 'persons list',
  summary: 'persons in the register, with their current share of a full-time post',
  usage: 'persons list [--query Q] [--region CODE] [--json]',
  options: { query: { type: 'string' }, region: { type: 'string' } },
  async run(ctx) {
    const region = optionalString(ctx.values, 'region') ?? null;
    if (region !== null && !/^\d{2}$/.test(region)) throw cliRefusal('cli.regionTwoDigits', {}, this.usage);
    const input = { query: optionalString(ctx.values, 'query') ?? '', regionCode: region, includeEnded: false, limit: 1000, offset: 0 };
    const result = await withApp(ctx, (app) => call(app, 'persons:search', input));
    const { formatBasisPoints } = await import('../../domain/register-import/values');
    ctx.out.print(result, () => [...result.rows.map((p) => personLine(p, formatBasisPoints)), `${result.total} persons`].join('\n'));
  },
};

function readInputFile(file: string): string {
  try {
    return fs.readFileSync(file).toString('base64');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw cliRefusal('cli.cannotRead', { file, reason });
  }
}

async function mappingOption(values: CommandContext['values']): Promise<Record<string, MappingTarget> | undefined> {
  const spec = optionalString(values, 'map');
  if (spec === undefined) return undefined;
  const { parseMapSpec } = await import('../../domain/register-import/headers');
  try {
    return parseMapSpec(spec);
  } catch (error) {
    throw error instanceof DomainError ? cliErrorOf(error) : error;
  }
}

type Wording = { reasonText: (reason: ImportReason) => string; formatBasisPoints: (bp: number) => string };

function importText(report: ImportReport, { reasonText, formatBasisPoints }: Wording): string {
  const c = report.counts;
  const source = `${report.fileName}${report.sheet ? ` (sheet ${report.sheet})` : ''}`;
  const [head, created, updated] = report.applied
    ? [`Imported ${source}.`, 'created', 'updated']
    : [`Dry run of ${source}: nothing was written.`, 'to create', 'to update'];
  const lines = [
    head,
    `${c.rows} rows: ${c.toCreate} ${created}, ${c.toUpdate} ${updated}, ${c.unchanged} unchanged, ${c.duplicates} duplicates, ${c.rejected} rejected`,
    `New records: ${c.personsToCreate} persons, ${c.membershipsToCreate} assignments, ${c.organisationsToCreate} organisations, ${c.groupsToCreate} groups`,
    `Columns: ${report.mapping.map((m) => `${m.header}=${m.field ?? '-'}`).join(', ')}`,
  ];
  for (const r of report.rows) {
    const v = r.values;
    const what = [v.name ?? r.name, v.group ?? r.group].filter((x) => x !== null).join(' – ');
    const saved =
      r.kind === 'rejected' || r.kind === 'duplicate' ? [] : [v.allocationBp === null ? null : formatBasisPoints(v.allocationBp), v.seat];
    const extra = [r.createsPerson ? 'new person' : null, ...saved, r.reason === null ? null : reasonText(r.reason)]
      .filter((x) => x !== null)
      .join('; ');
    lines.push(`  row ${String(r.row).padEnd(5)} ${r.kind.padEnd(18)} ${what}${extra ? ` (${extra})` : ''}`);
  }
  const unknown = report.unknownGroups.filter((g) => !g.willCreate && g.creatable);
  if (unknown.length > 0) {
    lines.push(
      `Unknown groups (rerun with --create-groups to create them): ${unknown.map((g) => `${g.name} (${g.suggestedType ?? 'OTHER'})`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

async function runImport(app: CliApp, ctx: CommandContext, file: string): Promise<ImportReport> {
  const base = {
    fileName: path.basename(file),
    contentBase64: readInputFile(file),
    sheet: optionalString(ctx.values, 'sheet'),
    mapping: await mappingOption(ctx.values),
  };
  let createGroups: CreateGroupRequest[] = [];
  if (ctx.values['create-groups'] === true) {
    const preview = await call(app, 'register:import-preview', base);
    createGroups = preview.unknownGroups
      .filter((g) => g.creatable)
      .map((g) => ({ name: g.name, type: g.suggestedType ?? 'OTHER', level: g.suggestedLevel }));
  }
  if (ctx.values['dry-run'] === true) return call(app, 'register:import-preview', { ...base, createGroups });
  return call(app, 'register:import-apply', { ...base, createGroups, confirm: true });
}

const registerImport: Command = {
  name: 'register import',
  summary: 'import persons and assignments from an .xlsx or .csv file (rejected rows are listed with reasons)',
  usage: 'register import FILE [--dry-run] [--map "Header=field,..."] [--create-groups] [--sheet NAME] [--json]',
  options: { 'dry-run': { type: 'boolean' }, map: { type: 'string' }, 'create-groups': { type: 'boolean' }, sheet: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const file = path.resolve(ctx.positionals[0]!);
    const report = await withApp(ctx, (app) => runImport(app, ctx, file));
    const wording: Wording = {
      reasonText: (await import('../../domain/register-import/reason-text')).reasonText,
      formatBasisPoints: (await import('../../domain/register-import/values')).formatBasisPoints,
    };
    ctx.out.print(report, () => importText(report, wording));
  },
};

const registerExport: Command = {
  name: 'register export',
  summary: 'write the register to an .xlsx workbook (sheets Personer and Uppdrag)',
  usage: 'register export FILE.xlsx [--json]',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const file = path.resolve(ctx.positionals[0]!);
    if (!file.toLowerCase().endsWith('.xlsx')) throw cliRefusal('cli.exportIsXlsx', {}, this.usage);
    const result = await withApp(ctx, (app) => call(app, 'register:export', {}));
    try {
      fs.writeFileSync(file, Buffer.from(result.contentBase64, 'base64'));
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unwritable';
      throw cliRefusal('cli.cannotWrite', { file, reason });
    }
    const summary = { file, persons: result.persons, memberships: result.memberships };
    ctx.out.print(summary, () => `Wrote ${result.persons} persons and ${result.memberships} assignments to ${file}`);
  },
};

export const registerCommands: Command[] = [personsList, registerImport, registerExport];
