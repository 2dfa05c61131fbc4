/**
 * `actuals import` (a region's outcomes from a ledger export, through a mapping) and `budget compare`
 * (two locked budget versions per region and hosting). Both call the channels the UI calls, so the
 * validation and the refusals are the same; a bad option is one Swedish line and exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActualsImportReport, BudgetCompare, LedgerMapping, LedgerRule } from '@shared/contract/cost/actuals';
import { formatKronor } from '@shared/domain/costs';
import { wordMessage } from '@shared/messages';
import { requireString, validated, type Command, type CommandContext } from '../command';
import { CliError } from '../errors';
import { call, withApp } from '../services';

const IMPORT_USAGE =
  'actuals import FILE [--mapping FILE.json | --account-col K --period-col P --amount-col B [--cost-centre-col S] [--text-col T] --rule R ...] [--year Y] [--dry-run] [--json]';
const COMPARE_USAGE = 'budget compare --from VERSION --to VERSION [--json]';

const kr = (ore: number | null) => (ore === null ? '–' : formatKronor(ore, { ore: 'auto' }));

const CATEGORY_WORDS: Record<string, LedgerRule['category']> = {
  hosting: 'hosting',
  värdskap: 'hosting',
  staff: 'staff',
  personal: 'staff',
  contribution: 'contribution',
  bidrag: 'contribution',
};
const CATEGORY_TEXT: Record<LedgerRule['category'], string> = { hosting: 'värdskap', staff: 'egen personal', contribution: 'bidrag' };

type HostingRef = { id: string; groupName: string };

/** `KONTO[@KOSTNADSSTÄLLE]=KATEGORI[:VÄRDSKAP]`, e.g. `6550@9100=värdskap:Endokrina sjukdomar`, `70*=personal`, `@92*=personal`. */
export function parseRule(text: string, hostings: readonly HostingRef[]): LedgerRule {
  const bad = (why: string) => new CliError(`--rule ${text}: ${why} (användning: ${IMPORT_USAGE})`);
  const m = /^([^@=]*)(?:@([^=]*))?=([^:]+)(?::(.+))?$/.exec(text.trim());
  if (!m) throw bad('skriv KONTO[@KOSTNADSSTÄLLE]=värdskap:GRUPP, =personal eller =bidrag');
  const [, account = '', costCentre = '', word = '', hosting] = m;
  const category = CATEGORY_WORDS[word.trim().toLocaleLowerCase('sv-SE')];
  if (category === undefined) throw bad(`okänd kategori ”${word}” (värdskap, personal eller bidrag)`);
  if ((category === 'hosting') !== (hosting !== undefined))
    throw bad('värdskap anger gruppen efter kolon; personal och bidrag gör det inte');
  let hostingId: string | null = null;
  if (hosting !== undefined) {
    const wanted = hosting.trim().toLocaleLowerCase('sv-SE');
    const found = hostings.filter((h) => h.id === hosting.trim() || h.groupName.toLocaleLowerCase('sv-SE') === wanted);
    if (found.length !== 1) throw bad(found.length === 0 ? `inget värdskap för ”${hosting}”` : `flera värdskap för ”${hosting}”; ange id`);
    hostingId = found[0]!.id;
  }
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return { account: orNull(account), costCentre: orNull(costCentre), category, hostingId };
}

function readFileOrRefuse(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`${what} ${file} kan inte läsas (användning: ${IMPORT_USAGE})`);
  }
}

function mappingFromFile(file: string): unknown {
  try {
    return JSON.parse(readFileOrRefuse(file, 'kopplingsfilen').toString('utf8')) as unknown;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`kopplingsfilen ${file} är ingen JSON (användning: ${IMPORT_USAGE})`);
  }
}

const COLUMN_FLAGS = {
  account: 'account-col',
  costCentre: 'cost-centre-col',
  period: 'period-col',
  amount: 'amount-col',
  text: 'text-col',
} as const;

/** A mapping field's flag, for a refusal that names what the user typed. */
const MAPPING_FLAGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(COLUMN_FLAGS).map(([key, flag]) => [`columns.${key}`, `--${flag}`])),
  columns: 'kolumnerna',
  rules: '--rule',
};

/** The mapping: --mapping FILE, else the one the last applied import used; column flags and --rule replace parts of it. */
function mappingInput(values: CommandContext['values'], saved: LedgerMapping | null, hostings: readonly HostingRef[]): unknown {
  const file = typeof values.mapping === 'string' ? mappingFromFile(path.resolve(values.mapping)) : null;
  const base = (file ?? saved ?? { columns: {}, rules: [], year: null }) as {
    columns?: Record<string, unknown>;
    rules?: unknown[];
    year?: unknown;
  };
  const columns: Record<string, unknown> = { ...base.columns };
  for (const [key, flag] of Object.entries(COLUMN_FLAGS)) if (typeof values[flag] === 'string') columns[key] = values[flag];
  const ruleFlags = Array.isArray(values.rule) ? values.rule.filter((r): r is string => typeof r === 'string') : [];
  const rules = ruleFlags.length > 0 ? ruleFlags.map((r) => parseRule(r, hostings)) : base.rules;
  if (rules === undefined || rules.length === 0)
    throw new CliError(`ingen koppling: ange --mapping FILE eller kolumnerna och minst en --rule (användning: ${IMPORT_USAGE})`);
  const year = typeof values.year === 'string' ? Number(values.year) : (base.year ?? null);
  return { columns, rules, year };
}

function importText(r: ActualsImportReport, hostings: readonly HostingRef[]): string {
  const lines = [
    `${r.applied ? 'Importerat' : 'Förhandsgranskning'}: ${r.fileName} för region ${r.regionCode}, ${r.counts.save} rader sparas, ${r.counts.rejected} avvisas`,
  ];
  for (const t of r.targets) {
    const what =
      t.category === 'hosting'
        ? `värdskap ${t.groupName ?? hostings.find((h) => h.id === t.hostingId)?.groupName ?? ''}`
        : CATEGORY_TEXT[t.category];
    const before = t.previousOre === null ? 'nytt' : `var ${kr(t.previousOre)}`;
    lines.push(`  ${t.year} ${what.padEnd(36)} ${kr(t.amountOre).padStart(18)}  (${t.rows} ${t.rows === 1 ? 'rad' : 'rader'}, ${before})`);
  }
  for (const row of r.rows) if (row.reason) lines.push(`  rad ${row.row}: ${wordMessage('sv', row.reason.key, row.reason.params)}`);
  if (!r.applied) lines.push('Inget sparades (--dry-run).');
  return lines.join('\n');
}

const actualsImport: Command = {
  name: 'actuals import',
  summary: 'läs in regionens utfall ur en huvudboksexport (.csv/.xlsx) genom en koppling av konton',
  usage: IMPORT_USAGE,
  options: {
    mapping: { type: 'string' },
    'account-col': { type: 'string' },
    'cost-centre-col': { type: 'string' },
    'period-col': { type: 'string' },
    'amount-col': { type: 'string' },
    'text-col': { type: 'string' },
    rule: { type: 'string', multiple: true },
    year: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    if (typeof ctx.values.year === 'string' && !/^\d{4}$/.test(ctx.values.year.trim()))
      throw new CliError(`--year tar ett år, t.ex. 2025 (användning: ${IMPORT_USAGE})`);
    const file = path.resolve(ctx.positionals[0] ?? '');
    const bytes = readFileOrRefuse(file, 'filen');
    const dryRun = ctx.values['dry-run'] === true;
    const { report, hostings } = await withApp(ctx, async (app) => {
      const hostings = (await call(app, 'hostings:list', {})).map((h) => ({ id: h.id, groupName: h.groupName }));
      const saved = await call(app, 'region-actuals:mapping', {});
      const mapping = await validated(
        async () => (await import('@shared/contract/cost/actuals')).ledgerMappingSchema,
        mappingInput(ctx.values, saved, hostings),
        IMPORT_USAGE,
        MAPPING_FLAGS,
      );
      const input = { fileName: path.basename(file), contentBase64: bytes.toString('base64'), mapping };
      const report = dryRun
        ? await call(app, 'region-actuals:import-preview', input)
        : await call(app, 'region-actuals:import-apply', { ...input, confirm: true });
      return { report, hostings };
    });
    ctx.out.print(report, () => importText(report, hostings));
  },
};

function compareText(c: BudgetCompare): string {
  const name = (b: BudgetCompare['from']) => `${b.name} (${b.year}:${b.revision})`;
  const line = (label: string, p: { fromOre: number | null; toOre: number | null; differenceOre: number }) =>
    `  ${label.padEnd(40)} ${kr(p.fromOre).padStart(18)} ${kr(p.toOre).padStart(18)} ${kr(p.differenceOre).padStart(18)}`;
  return [
    `Från ${name(c.from)} till ${name(c.to)}`,
    `  ${''.padEnd(40)} ${'Från'.padStart(18)} ${'Till'.padStart(18)} ${'Skillnad'.padStart(18)}`,
    'Per region:',
    ...c.regions.map((r) => line(`${r.regionCode} ${r.regionName}`, r)),
    line('Summa', c.totals.regions),
    'Per värdskap:',
    ...c.hostings.map((h) => line(`${h.groupName} (${h.hostHealthcareRegionCode ?? '–'})`, h)),
    line('Summa', c.totals.hostings),
  ].join('\n');
}

const budgetCompare: Command = {
  name: 'budget compare',
  summary: 'två låsta budgetversioner per region och värdskap med skillnaden (öre i --json)',
  usage: COMPARE_USAGE,
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run(ctx) {
    const input = await validated(
      async () => (await import('@shared/contract/cost/actuals')).budgetCompareInputSchema,
      { fromId: requireString(ctx.values, 'from', COMPARE_USAGE).trim(), toId: requireString(ctx.values, 'to', COMPARE_USAGE).trim() },
      COMPARE_USAGE,
      { fromId: '--from', toId: '--to' },
    );
    const result = await withApp(ctx, (app) => call(app, 'budget:compare', input));
    ctx.out.print(result, () => compareText(result));
  },
};

export const actualsCommands: Command[] = [actualsImport, budgetCompare];
