/**
 * `costs parameters`: the year's PO-pålägg and salary index with the day the index applies from, through
 * the same channels as the Kostnadsparametrar view (`cost-parameters:list`, `cost-parameters:set`).
 * Without `--year` it lists every year; with `--year` and a value it sets that year, keeping the values
 * not given (a stored year's own, or the reference default).
 */
import type { CostParameterRow, CostParametersView } from '@shared/contract/cost/records';
import { parseIsoDate } from '@shared/calendar';
import { percentNumber } from '@shared/percent';
import type { Command, CommandContext } from '../command';
import { CliError } from '../errors';
import { call, withApp } from '../services';
import { indexBpOf } from './costs-roll';

const USAGE = 'costs parameters [--year Y [--po PERCENT] [--index PERCENT] [--index-from YYYY-MM-DD] [--source TEXT]] [--json]';

function text(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function yearOf(value: string | null): number | null {
  if (value === null) return null;
  if (!/^\d{4}$/.test(value) || Number(value) < 1990 || Number(value) > 2100) {
    throw new CliError(`--year tar ett år mellan 1990 och 2100, t.ex. 2025 (fick "${value}") (användning: ${USAGE})`);
  }
  return Number(value);
}

/** `--po 52,28` = 52,28 % PO-pålägg in basis points (0–200 %). */
export function poBpOf(value: string): number {
  const normalised = value.replace(',', '.').replace('%', '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) {
    throw new CliError(`--po tar en procentsats med högst två decimaler, t.ex. 52,28 (fick "${value}") (användning: ${USAGE})`);
  }
  const bp = Math.round(Number(normalised) * 100);
  if (bp > 20_000) throw new CliError(`--po måste ligga mellan 0 och 200 procent (fick "${value}")`);
  return bp;
}

/** `--index-from 2025-04-01`: a real day of the year set. */
export function indexFromOf(value: string | null, year: number): string | null {
  if (value === null) return null;
  try {
    parseIsoDate(value);
  } catch {
    throw new CliError(`--index-from tar en dag som ÅÅÅÅ-MM-DD, t.ex. ${year}-04-01 (fick "${value}") (användning: ${USAGE})`);
  }
  if (!value.startsWith(`${year}-`)) {
    throw new CliError(`Löneindex för ${year} kan bara gälla från en dag i ${year}, inte från ${value}.`);
  }
  return value;
}

const indexPercent = (bp: number) => `${bp >= 10_000 ? '+' : '−'}${percentNumber(Math.abs(bp - 10_000))} %`;

function rowText(r: CostParameterRow): string {
  const from = r.salaryIndexEffectiveDate ?? `${r.year}-01-01`;
  const source = r.stored ? (r.source ?? '–') : 'referensvärde (costs.json)';
  return `  ${r.year}  PO-pålägg ${percentNumber(r.poSurchargeBp).padStart(6)} %  löneindex ${indexPercent(r.salaryIndexBp).padStart(8)} från ${from}  ${source}`;
}

function listText(view: CostParametersView, year: number | null): string {
  const rows = view.rows.filter((r) => year === null || r.year === year).sort((a, b) => a.year - b.year);
  const head = view.fromReference
    ? 'Kostnadsparametrar (referensvärden, inget sparat ännu):'
    : `Kostnadsparametrar för ${view.owner ?? '–'}:`;
  return rows.length === 0 ? `Inga kostnadsparametrar${year === null ? '' : ` för ${year}`}.` : [head, ...rows.map(rowText)].join('\n');
}

const parameters: Command = {
  name: 'costs parameters',
  summary: 'PO-pålägg och löneindex per år, med dagen indexet gäller från: visa eller ändra',
  usage: USAGE,
  options: {
    year: { type: 'string' },
    po: { type: 'string' },
    index: { type: 'string' },
    'index-from': { type: 'string' },
    source: { type: 'string' },
  },
  async run(ctx) {
    const year = yearOf(text(ctx.values, 'year'));
    const po = text(ctx.values, 'po');
    const index = text(ctx.values, 'index');
    const from = text(ctx.values, 'index-from');
    const source = text(ctx.values, 'source');
    const changes = po !== null || index !== null || from !== null || source !== null;
    if (changes && year === null) throw new CliError(`--year krävs för att ändra kostnadsparametrar (användning: ${USAGE})`);
    const poBp = po === null ? null : poBpOf(po);
    const indexBp = index === null ? null : indexBpOf(index, USAGE);
    const indexFrom = year === null ? null : indexFromOf(from, year);
    const view = await withApp(ctx, async (app) => {
      const before = await call(app, 'cost-parameters:list', {});
      if (!changes || year === null) return before;
      const row = before.rows.find((r) => r.year === year);
      if (poBp === null && !row) throw new CliError(`--po krävs för ${year}: året har inga kostnadsparametrar ännu`);
      return call(app, 'cost-parameters:set', {
        year,
        poSurchargeBp: poBp ?? row!.poSurchargeBp,
        salaryIndexBp: indexBp ?? row?.salaryIndexBp ?? 10_000,
        salaryIndexEffectiveDate: indexFrom ?? row?.salaryIndexEffectiveDate ?? null,
        source: source ?? (row?.stored ? row.source : null),
        version: row?.stored ? row.version : null,
      });
    });
    ctx.out.print(view, () => (changes ? `Sparade kostnadsparametrar för ${year}.\n` : '') + listText(view, year));
  },
};

export const costParameterCommands: Command[] = [parameters];
