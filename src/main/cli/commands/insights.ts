import { percentNumber } from '@shared/percent';
import type { RuleCode, RulesList, RuleWarning } from '@shared/contract/rule-warnings';
import type { VacancyView } from '@shared/contract/register-insights';
import { validated, type Command, type CommandContext } from '../command';
import { CliError, cliRefusal } from '../errors';
import { call, withApp } from '../services';

const STATUS_MARK = { FILLED: 'ok', VACANT: 'VACANT', ENDING: 'ending', OVER_FILLED: 'OVER', NO_DATA: 'no data' } as const;

function optionalString(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function parseDays(values: CommandContext['values'], usage: string): number | null {
  const text = optionalString(values, 'days');
  if (text === null) return null;
  if (!/^\d+$/.test(text)) throw cliRefusal('cli.daysWhole', {}, usage);
  return Number(text);
}

function vacancyText(view: VacancyView): string {
  const own = view.ownHealthcareRegionCodes.join(', ') || 'not chosen';
  const counts = Object.entries(view.statusCounts)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  const lines = [
    `Vacancies as of ${view.asOf} (ending within ${view.endingWithinDays} days); own healthcare region: ${own}`,
    `Cells: ${counts}`,
    '',
  ];
  for (const row of view.rows) {
    const cells = row.cells.map((c) => `${c.healthcareRegionCode} ${STATUS_MARK[c.status]}`).join(' | ');
    lines.push(`${row.groupType.padEnd(20)} ${row.groupName.slice(0, 44).padEnd(44)} ${cells}`);
  }
  lines.push('', `Seats to fill (${view.todo.length}):`);
  for (const t of view.todo) {
    const when =
      t.status === 'VACANT'
        ? `vacant${t.emptyFrom ? ` since ${t.emptyFrom}` : ''}`
        : `ends, empty from ${t.emptyFrom} (${t.daysLeft} days)`;
    const who = t.holders.map((h) => h.personName).join(', ');
    lines.push(`  ${t.groupName} – ${t.seatLabel}: ${when}${who ? ` – ${who}` : ''}`);
  }
  lines.push('', `Term expiry of the own ${view.forecast.seatCount} seats (flag above ${view.forecast.thresholdBp / 100} %):`);
  for (const q of view.forecast.quarters) {
    lines.push(`  ${q.quarter}: ${q.expiring} (${percentNumber(q.shareBp, 1)} %)${q.flagged ? '  <-- many at once' : ''}`);
  }
  return lines.join('\n');
}

const vacancies: Command = {
  name: 'vacancies',
  summary: 'vacant and ending seats in the national groups, own to-do list and expiry forecast',
  usage: 'vacancies [--days N] [--type T] [--healthcare-region CODE] [--status S] [--json]',
  options: { days: { type: 'string' }, type: { type: 'string' }, 'healthcare-region': { type: 'string' }, status: { type: 'string' } },
  async run(ctx) {
    const input = {
      endingWithinDays: parseDays(ctx.values, this.usage),
      groupType: optionalString(ctx.values, 'type'),
      healthcareRegionCode: optionalString(ctx.values, 'healthcare-region'),
      status: optionalString(ctx.values, 'status'),
    };
    const schema = async () => (await import('@shared/contract/register-insights')).vacanciesInputSchema;
    const valid = await validated(schema, input, this.usage, {
      endingWithinDays: '--days',
      groupType: '--type',
      healthcareRegionCode: '--healthcare-region',
    });
    const view = await withApp(ctx, (app) => call(app, 'vacancies:get', valid));
    ctx.out.print(view, () => vacancyText(view));
  },
};

function rulesText(list: RulesList): string {
  const lines = [
    `Rule warnings as of ${list.asOf}: ${list.warnings.length}${list.dismissedCount > 0 ? ` (${list.dismissedCount} dismissed)` : ''}`,
  ];
  for (const w of list.warnings) {
    const details = Object.entries(w.params)
      .filter(([name]) => !name.endsWith('Id'))
      .map(([name, value]) => `${name}=${Array.isArray(value) ? value.join('+') : String(value)}`)
      .join(', ');
    lines.push(`  ${w.severity.padEnd(7)} ${w.code}: ${details}`);
  }
  return lines.join('\n');
}

const rules: Command = {
  name: 'rules',
  summary: 'rule warnings: chair terms, seats from another healthcare region, missing leaders, over-allocation, duplicates',
  usage: 'rules [--json]',
  async run(ctx) {
    const list = await withApp(ctx, (app) => call(app, 'rules:list', {}));
    ctx.out.print(list, () => rulesText(list));
  },
};

/** One warning as `warnings --json` prints it: the code, whom it concerns and the month it begins. */
export type WarningItem = {
  code: RuleCode;
  severity: RuleWarning['severity'];
  firstMonth: string;
  personId: string | null;
  personName: string | null;
  groupId: string | null;
  groupName: string | null;
  params: RuleWarning['params'];
};

export function warningItem(w: RuleWarning): WarningItem {
  const p: { personId?: string; personName?: string; groupId?: string; groupName?: string } = w.params;
  return {
    code: w.code,
    severity: w.severity,
    firstMonth: w.firstMonth,
    personId: p.personId ?? w.personIds[0] ?? null,
    personName: p.personName ?? null,
    groupId: p.groupId ?? (w.personIds.length === 0 ? (w.groupIds[0] ?? null) : null),
    groupName: p.groupName ?? null,
    params: w.params,
  };
}

const WARNING_LABEL: Record<RuleCode, string> = {
  CHAIR_OVER_3_YEARS: 'Ordförande längre än tillåtet',
  SEAT_OTHER_HEALTHCARE_REGION: 'Plats innehas av person från annan sjukvårdsregion',
  SEAT_DOUBLE_BOOKED: 'Dubbelbokad plats',
  GROUP_WITHOUT_CHAIR: 'Grupp utan ordförande',
  GROUP_WITHOUT_PROCESS_LEADER: 'Grupp utan processledare',
  PERSON_OVER_ALLOCATED: 'Överbelagd person',
  POSSIBLE_DUPLICATE_PERSON: 'Möjlig dubblett',
};

function warningsText(list: RulesList, items: readonly WarningItem[]): string {
  const lines = [`Varningar ${list.asOf}, ${list.horizonMonths} månader framåt: ${items.length}`];
  for (const item of items) {
    const who = [item.personName, item.groupName].filter((name) => name !== null && name !== '').join(' – ');
    lines.push(`  fr.o.m. ${item.firstMonth}  ${WARNING_LABEL[item.code]}${who ? `: ${who}` : ''}`);
  }
  return lines.join('\n');
}

/** `--horizon`: a whole number of months within the contract's range, or undefined for the stored setting. */
async function parseHorizon(values: CommandContext['values'], usage: string): Promise<number | undefined> {
  const text = optionalString(values, 'horizon');
  if (text === null) return undefined;
  const { MAX_HORIZON_MONTHS } = await import('@shared/contract/rule-warnings');
  const months = /^\d+$/.test(text) ? Number(text) : 0;
  if (months < 1 || months > MAX_HORIZON_MONTHS) {
    throw new CliError(`--horizon tar ett helt antal månader från 1 till ${MAX_HORIZON_MONTHS} (användning: ${usage})`);
  }
  return months;
}

const warnings: Command = {
  name: 'warnings',
  summary: 'varningar framåt i tiden, med månaden då var och en börjar gälla',
  usage: 'warnings [--horizon MONTHS] [--json]',
  options: { horizon: { type: 'string' } },
  async run(ctx) {
    const input = { horizonMonths: await parseHorizon(ctx.values, this.usage) };
    const schema = async () => (await import('@shared/contract/rule-warnings')).rulesListInputSchema;
    const valid = await validated(schema, input, this.usage, { horizonMonths: '--horizon' });
    const list = await withApp(ctx, (app) => call(app, 'rules:list', valid));
    const items = list.warnings.map(warningItem);
    ctx.out.print(items, () => warningsText(list, items));
  },
};

export const insightCommands: Command[] = [vacancies, rules, warnings];
