import fs from 'node:fs';
import path from 'node:path';
import type { YearReport } from '@shared/contract/cost/reports';
import { formatKronor } from '@shared/domain/costs';
import type { ReferenceData } from '@shared/contract/reference';
import { wordCostWarning } from '@shared/messages/cost-warnings';
import { costWords } from '../../reports/cost-labels';
import type { Command, CommandContext } from '../command';
import { requireString } from '../command';
import { CliError } from '../errors';
import { call, withApp, type CliApp } from '../services';

function optionalString(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function parseYear(values: CommandContext['values'], usage: string): number {
  const text = requireString(values, 'year', usage);
  if (!/^\d{4}$/.test(text) || Number(text) < 1990 || Number(text) > 2100)
    throw new CliError(`--year tar ett år mellan 1990 och 2100, t.ex. 2024 (fick "${text}") (användning: ${usage})`);
  return Number(text);
}

async function scenarioId(app: CliApp, name: string | null): Promise<string | null> {
  if (name === null) return null;
  const scenarios = await call(app, 'scenarios:list', {});
  const found = scenarios.find((s) => s.name.toLocaleLowerCase('sv-SE') === name.toLocaleLowerCase('sv-SE'));
  if (!found) {
    const known = scenarios.map((s) => `”${s.name}”`).join(', ');
    throw new CliError(`inget scenario heter ”${name}”; ${known === '' ? 'det finns inga scenarier' : `scenarier: ${known}`}`);
  }
  return found.id;
}

const healthcareRegionNames = (reference: ReferenceData) => new Map(reference.healthcareRegions.map((h) => [h.code, h.name]));

const kr = (ore: number) => formatKronor(ore, { ore: 'auto' });
const words = costWords('sv');

/** The year's calculation in Swedish: the hostings with items and shares, then what each region pays. */
function costsText(report: YearReport, hosts: ReadonlyMap<string, string>): string {
  const host = (code: string) => hosts.get(code) ?? code;
  const basis = report.scenario ? `scenario ${report.scenario.name}` : 'gällande plan';
  const scope = report.healthcareRegionCode ? ` – ${host(report.healthcareRegionCode)}` : '';
  const lines = [`Kostnader ${report.year} – ${basis}${scope}`, ''];
  lines.push(`Värdskap (${report.hostings.length}), totalt ${kr(report.totals.hostingsOre)}:`);
  for (const h of report.hostings) {
    const key = `${words.keyKinds[h.key.kind]}${h.key.kind === 'EQUAL' || h.key.kind === 'CUSTOM' ? '' : ` ${host(h.key.healthcareRegionCode)}`}`;
    lines.push(
      `  ${h.groupName} – värd ${host(h.hostHealthcareRegionCode)} (${words.statuses[h.status].toLocaleLowerCase('sv-SE')}): ${kr(h.totalOre)}, nyckel ${key}`,
    );
    for (const line of h.lines) lines.push(`      ${line.label}: ${kr(line.costOre)}`);
    for (const s of h.split?.shares ?? []) lines.push(`    ${s.regionCode} ${s.regionName.padEnd(32)} ${kr(s.shareOre)}`);
  }
  lines.push('', `Regioner (${report.regions.length}), totalt ${kr(report.totals.regionsOre)}:`);
  for (const r of report.regions) {
    lines.push(
      `  ${r.regionCode} ${r.regionName.padEnd(32)} ${kr(r.totalOre)}  (värdskap ${kr(r.hostingOre)}, representation ${kr(r.membershipsOre)}, fasta bidrag ${kr(r.fixedContributionsOre)})`,
    );
  }
  const warnings = [...report.warnings, ...report.hostings.flatMap((h) => h.warnings), ...report.regions.flatMap((r) => r.warnings)];
  if (warnings.length > 0) lines.push('', `${words.warnings}:`, ...[...new Set(warnings.map((w) => `  ${wordCostWarning('sv', w)}`))]);
  return lines.join('\n');
}

const costs: Command = {
  name: 'costs',
  summary: 'årets värdskapskostnader: poster, summor, fördelning per region och vad varje region betalar (öre i --json)',
  usage: 'costs --year Y [--healthcare-region CODE] [--scenario NAME] [--xlsx FILE] [--json]',
  options: { year: { type: 'string' }, 'healthcare-region': { type: 'string' }, scenario: { type: 'string' }, xlsx: { type: 'string' } },
  async run(ctx) {
    const year = parseYear(ctx.values, this.usage);
    const healthcareRegionCode = optionalString(ctx.values, 'healthcare-region');
    const xlsx = optionalString(ctx.values, 'xlsx');
    await withApp(ctx, async (app) => {
      const input = { year, healthcareRegionCode, scenarioId: await scenarioId(app, optionalString(ctx.values, 'scenario')) };
      if (xlsx !== null) {
        const file = await call(app, 'costs:export-xlsx', { ...input, language: 'sv' });
        const target = path.resolve(xlsx);
        fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
        ctx.out.print({ file: target, fileName: file.fileName }, () => `Skrev ${target}`);
        return;
      }
      // the CLI's JSON carries every membership line with its trace, as it always has
      const report = await call(app, 'cost-report:year', { ...input, withLines: true });
      const hosts = ctx.out.json ? new Map<string, string>() : healthcareRegionNames(await call(app, 'reference:get', {}));
      ctx.out.print(report, () => costsText(report, hosts));
    });
  },
};

export const costCommands: Command[] = [costs];
