/** `costs copy-year`: "Kopiera till nästa år" from the command line (#15.6), through the same channel as the UI. */
import type { CopyYearResult } from '@shared/contract/cost/roll';
import { formatKronor } from '@shared/domain/costs';
import type { Command, CommandContext } from '../command';
import { CliError } from '../errors';
import { call, withApp, type CliApp } from '../services';

const USAGE = 'costs copy-year --hosting ID|--contributions REGION --from Y [--index PERCENT] [--skip-existing] [--json]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function fromYear(values: CommandContext['values']): number {
  const value = text(values, 'from');
  if (value === null || !/^\d{4}$/.test(value) || Number(value) < 1990 || Number(value) > 2199) {
    throw new CliError(`--from tar året att kopiera från, t.ex. 2025 (användning: ${USAGE})`);
  }
  return Number(value);
}

/** `--index 3` = +3 %, `--index -1,5` = −1,5 %: the index in basis points (10 300 = +3 %). */
export function indexBpOf(value: string | null, usage = USAGE): number {
  if (value === null) return 10_000;
  const normalised = value.replace(',', '.').replace('%', '').replace('−', '-').trim();
  if (!/^[-+]?\d{1,2}(\.\d{1,2})?$/.test(normalised)) {
    throw new CliError(`--index tar en procentsats med högst två decimaler, t.ex. 3 eller 2,5 (användning: ${usage})`);
  }
  const bp = 10_000 + Math.round(Number(normalised) * 100);
  if (bp < 5_000 || bp > 20_000) throw new CliError('--index måste ligga mellan -50 och +100 procent');
  return bp;
}

async function hostingId(app: CliApp, given: string): Promise<string> {
  if (UUID.test(given)) return given;
  const hostings = await call(app, 'hostings:list', { year: null, hostHealthcareRegionCode: null });
  const wanted = given.toLocaleLowerCase('sv-SE');
  const found = hostings.filter((h) => h.groupName.toLocaleLowerCase('sv-SE') === wanted);
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1) throw new CliError(`flera värdskap gäller ”${given}”; ange värdskapets id`);
  throw new CliError(`inget värdskap för gruppen ”${given}”; ange värdskapets id eller gruppens namn`);
}

function resultText(result: CopyYearResult): string {
  const percent = ((result.indexBp - 10_000) / 100).toLocaleString('sv-SE');
  const lines = [
    `Kopierade ${result.copied.length} poster från ${result.fromYear} till ${result.toYear}` +
      (result.indexBp === 10_000 ? ' (oförändrade belopp)' : ` med index ${result.indexBp > 10_000 ? '+' : ''}${percent} %`),
  ];
  for (const c of result.copied) lines.push(`  ${c.label}${c.amountOre === null ? '' : `: ${formatKronor(c.amountOre, { ore: 'auto' })}`}`);
  if (result.skipped.length > 0) lines.push(`Fanns redan för ${result.toYear} (hoppades över): ${result.skipped.join(', ')}`);
  return lines.join('\n');
}

const copyYear: Command = {
  name: 'costs copy-year',
  summary: 'kopiera ett värdskaps kostnadsposter eller en regions fasta bidrag till nästa år, med valfritt index',
  usage: USAGE,
  options: {
    hosting: { type: 'string' },
    contributions: { type: 'string' },
    from: { type: 'string' },
    index: { type: 'string' },
    'skip-existing': { type: 'boolean' },
  },
  async run(ctx) {
    const hosting = text(ctx.values, 'hosting');
    const region = text(ctx.values, 'contributions');
    if ((hosting === null) === (region === null))
      throw new CliError(`ange antingen --hosting eller --contributions (användning: ${USAGE})`);
    if (region !== null && !/^\d{2}$/.test(region)) throw new CliError(`--contributions tar en regionkod med två siffror, t.ex. 23`);
    const year = fromYear(ctx.values);
    const indexBp = indexBpOf(text(ctx.values, 'index'));
    const existing = ctx.values['skip-existing'] === true ? 'SKIP' : 'REFUSE';
    const result = await withApp(ctx, async (app) => {
      const target =
        hosting !== null
          ? { kind: 'HOSTING' as const, hostingId: await hostingId(app, hosting) }
          : { kind: 'CONTRIBUTIONS' as const, regionCode: region! };
      return call(app, 'costs:copy-year', { target, fromYear: year, indexBp, existing });
    });
    ctx.out.print(result, () => resultText(result));
  },
};

export const costRollCommands: Command[] = [copyYear];
