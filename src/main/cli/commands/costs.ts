import fs from 'node:fs';
import path from 'node:path';
import type { YearReport } from '@shared/contract/cost/reports';
import { formatKronor } from '@shared/domain/costs';
import { wordCostWarning } from '@shared/messages/cost-warnings';
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
  if (!/^\d{4}$/.test(text)) throw new CliError(`--year takes a year such as 2024 (usage: ${usage})`);
  return Number(text);
}

async function scenarioId(app: CliApp, name: string | null): Promise<string | null> {
  if (name === null) return null;
  const scenarios = await call(app, 'scenarios:list', {});
  const found = scenarios.find((s) => s.name.toLocaleLowerCase('sv-SE') === name.toLocaleLowerCase('sv-SE'));
  if (!found) throw new CliError(`no scenario named "${name}"; scenarios: ${scenarios.map((s) => s.name).join(', ') || 'none'}`);
  return found.id;
}

const kr = (ore: number) => formatKronor(ore, { ore: 'auto' });

function costsText(report: YearReport): string {
  const lines = [
    `Costs ${report.year}${report.scenario ? ` – scenario ${report.scenario.name}` : ' – current plan'}${report.healthcareRegionCode ? ` – ${report.healthcareRegionCode}` : ''}`,
    '',
  ];
  lines.push(`Hostings (${report.hostings.length}), total ${kr(report.totals.hostingsOre)}:`);
  for (const h of report.hostings) {
    lines.push(
      `  ${h.groupName} – host ${h.hostHealthcareRegionCode} (${h.status}): ${kr(h.totalOre)}, key ${h.key.kind} ${h.key.healthcareRegionCode}`,
    );
    for (const line of h.lines) lines.push(`      ${line.label}: ${kr(line.costOre)}`);
    for (const s of h.split?.shares ?? []) lines.push(`    ${s.regionCode} ${s.regionName.padEnd(32)} ${kr(s.shareOre)}`);
  }
  lines.push('', `Regions (${report.regions.length}), total ${kr(report.totals.regionsOre)}:`);
  for (const r of report.regions) {
    lines.push(
      `  ${r.regionCode} ${r.regionName.padEnd(32)} ${kr(r.totalOre)}  (hostings ${kr(r.hostingOre)}, representation ${kr(r.membershipsOre)}, contributions ${kr(r.fixedContributionsOre)})`,
    );
  }
  const warnings = [...report.warnings, ...report.hostings.flatMap((h) => h.warnings), ...report.regions.flatMap((r) => r.warnings)];
  if (warnings.length > 0) lines.push('', 'Att kontrollera:', ...[...new Set(warnings.map((w) => `  ${wordCostWarning('sv', w)}`))]);
  return lines.join('\n');
}

const costs: Command = {
  name: 'costs',
  summary: 'hosting costs of a year: items, totals, split per region and what each region pays (öre in --json)',
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
        ctx.out.print({ file: target, fileName: file.fileName }, () => `Wrote ${target}`);
        return;
      }
      // the CLI's JSON carries every membership line with its trace, as it always has
      const report = await call(app, 'cost-report:year', { ...input, withLines: true });
      ctx.out.print(report, () => costsText(report));
    });
  },
};

export const costCommands: Command[] = [costs];
