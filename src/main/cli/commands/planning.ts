import type { Board, CapacityGrid, Pathway, PathwayMatrix } from '@shared/contract/planning';
import { monthsBetweenInclusive } from '@shared/calendar';
import type { Command, CommandContext } from '../command';
import { requireString, validated } from '../command';
import { cliRefusal } from '../errors';
import { call, withApp } from '../services';

const PAGE = 5000;

function optionalString(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function monthCount(from: string, to: string, usage: string): number {
  try {
    return monthsBetweenInclusive(from, to);
  } catch {
    throw cliRefusal('cli.monthsRange', {}, usage);
  }
}

const pct = (bp: number) => `${(bp / 100).toFixed(0)}%`;

function capacityText(grid: CapacityGrid): string {
  const header = `${'Person'.padEnd(28)} ${grid.months
    .map((m) => m.month.slice(2))
    .map((m) => m.padStart(6))
    .join('')}`;
  const lines = [
    `Capacity ${grid.months[0]?.month} – ${grid.months[grid.months.length - 1]?.month}: ${grid.totalRows} persons (high from ${pct(grid.settings.highAtBp)}, over above ${pct(grid.settings.overAboveBp)})`,
    header,
  ];
  for (const row of grid.rows) {
    const cells = row.cells.map((c) => `${pct(c.bp)}${c.band === 'OVER' ? '!' : c.band === 'HIGH' ? '+' : ' '}`.padStart(6)).join('');
    lines.push(`${row.personName.slice(0, 28).padEnd(28)} ${cells}`);
  }
  if (grid.totals) {
    lines.push(`${'Total FTE'.padEnd(28)} ${grid.totals.all.fte.map((v) => v.toFixed(2).padStart(6)).join('')}`);
    for (const r of grid.totals.byRegion)
      lines.push(
        `  ${(r.regionName ?? 'no region').slice(0, 26).padEnd(26)} average ${r.averageFte.toFixed(3)} FTE (${r.persons} persons)`,
      );
  }
  return lines.join('\n');
}

const capacity: Command = {
  name: 'capacity',
  summary: 'persons × months with their allocation (by days), bands and FTE totals',
  usage: 'capacity --from YYYY-MM --to YYYY-MM [--region CODE] [--json]',
  options: { from: { type: 'string' }, to: { type: 'string' }, region: { type: 'string' } },
  async run(ctx) {
    const from = requireString(ctx.values, 'from', this.usage);
    const to = requireString(ctx.values, 'to', this.usage);
    const base = { from, monthCount: monthCount(from, to, this.usage), regionCode: optionalString(ctx.values, 'region'), limit: PAGE };
    const input = await validated(async () => (await import('@shared/contract/planning')).capacityGridInputSchema, base, this.usage, {
      from: '--from',
      monthCount: '--to',
      regionCode: '--region',
    });
    const grid = await withApp(ctx, async (app) => {
      const first = await call(app, 'capacity:grid', input);
      const rows = [...first.rows];
      while (rows.length < first.totalRows) {
        rows.push(...(await call(app, 'capacity:grid', { ...input, offset: rows.length, withTotals: false })).rows);
      }
      return { ...first, rows, limit: rows.length };
    });
    ctx.out.print(grid, () => capacityText(grid));
  },
};

function boardText(board: Board): string {
  const lines = [
    `Teams ${board.year} by activity level (${board.basis === 'PREDOMINANT' ? 'most days in the year' : 'at year start'}); planned ${board.plannedFte.toFixed(3)} FTE, actual ${board.actualFte.toFixed(3)} FTE`,
  ];
  for (const column of board.columns) {
    if (column.teams.length === 0) continue;
    lines.push('', `${column.level} (${column.teams.length} teams, planned ${column.plannedFte.toFixed(3)} FTE)`);
    for (const t of column.teams)
      lines.push(`  ${t.name.slice(0, 50).padEnd(50)} planned ${t.plannedFte.toFixed(3)}  actual ${t.actualFte.toFixed(3)}`);
  }
  return lines.join('\n');
}

const teams: Command = {
  name: 'teams',
  summary: 'teams of a year by activity level with planned FTE',
  usage: 'teams --year YYYY [--region CODE] [--json]',
  options: { year: { type: 'string' }, region: { type: 'string' } },
  async run(ctx) {
    const year = requireString(ctx.values, 'year', this.usage);
    if (!/^\d{4}$/.test(year)) throw cliRefusal('cli.yearFour', {}, this.usage);
    const schema = async () => (await import('@shared/contract/planning')).boardInputSchema;
    const input = await validated(schema, { year: Number(year), regionCode: optionalString(ctx.values, 'region') }, this.usage, {
      regionCode: '--region',
    });
    const board = await withApp(ctx, (app) => call(app, 'teams:board', input));
    ctx.out.print(board, () => boardText(board));
  },
};

function pathwaysText(list: Pathway[], matrix: PathwayMatrix): string {
  const lines = [
    `Care pathways: ${list.length}; regions of ${matrix.healthcareRegionCodes.join(' + ') || 'the country'}: ${matrix.regions.map((r) => r.code).join(' ')}`,
  ];
  for (const row of matrix.rows) {
    const cells = row.cells.map((c) => ({ NOT_STARTED: '.', DECIDED: 'd', IN_PROGRESS: 'p', IMPLEMENTED: 'I' })[c.status]).join('  ');
    lines.push(`${row.name.slice(0, 56).padEnd(56)} ${row.nationalStatus.padEnd(12)} ${cells}`);
  }
  lines.push('', 'Per region (started = decided, in progress or implemented):');
  for (const r of matrix.regions) lines.push(`  ${r.code} ${r.name.padEnd(34)} started ${r.started}, implemented ${r.implemented}`);
  return lines.join('\n');
}

const pathways: Command = {
  name: 'pathways',
  summary: "care pathways with national status and the own healthcare region's implementation",
  usage: 'pathways [--json]',
  async run(ctx) {
    const result = await withApp(ctx, async (app) => ({
      pathways: await call(app, 'pathways:list', {}),
      matrix: await call(app, 'pathways:matrix', {}),
    }));
    ctx.out.print(result, () => pathwaysText(result.pathways, result.matrix));
  },
};

export const planningCommands: Command[] = [capacity, teams, pathways];
