import type { ReceivedPackage } from '@shared/contract/exchange';
import type { OutcomeCounts } from '@shared/contract/packages';
import { validated, type Command } from '../command';
import { call, withApp } from '../services';

/** The exchange folder on the command line (docs/cli.md, "Exchange folder"): the same channels as the app. */

const STATUS_SV: Record<ReceivedPackage['status'], string> = {
  applied: 'importerat',
  'already-imported': 'redan importerat',
  'needs-confirmation': 'behöver bekräftas',
  rejected: 'avvisat',
};

function countsText(c: OutcomeCounts): string {
  return `nya ${c.new}, ändrade ${c.changed}, oförändrade ${c.unchanged}, borttagna ${c.deleted}, ignorerade ${c.ignored}, avvisade ${c.rejected}`;
}

async function receivedText(p: ReceivedPackage): Promise<string> {
  const { isMessageKey, wordMessage } = await import('@shared/messages');
  const head = `${p.packageId ?? p.fileName} från ${p.sender ?? 'okänd avsändare'}: ${STATUS_SV[p.status]}${p.totals ? ` (${countsText(p.totals)})` : ''}`;
  const reasons = p.reasons.filter((r) => isMessageKey(r.key)).map((r) => `  ${wordMessage('sv', r.key, r.params)}`);
  return [head, ...reasons].join('\n');
}

const folderSet: Command = {
  name: 'exchange folder',
  summary: 'show or choose the exchange folder shared with other regions (set DIR | show)',
  usage: 'exchange folder set DIR [--json] | exchange folder show [--json]',
  positionals: { min: 1, max: 2 },
  async run(ctx) {
    const [verb, dir] = ctx.positionals;
    const { CliError } = await import('../errors');
    if (verb !== 'set' && verb !== 'show') throw new CliError(`okänt kommando exchange folder ${verb ?? ''} (användning: ${this.usage})`);
    if ((verb === 'set') !== (dir !== undefined)) throw new CliError(`fel antal argument (användning: ${this.usage})`);
    const path = await import('node:path');
    const info = await withApp(ctx, (app) =>
      verb === 'set' ? call(app, 'settings:update', { exchange: { folder: path.resolve(dir!) } }) : call(app, 'app:info', {}),
    );
    const e = info.exchange;
    ctx.out.print(e, () =>
      e.folder === null
        ? 'Ingen utbytesmapp är vald'
        : `Utbytesmapp: ${e.folder}\nAutomatisk import från betrodda, signerade avsändare: ${e.autoImportTrusted ? 'ja' : 'nej'}\nSkicka automatiskt: ${e.sendEveryHours === null ? 'nej' : `var ${e.sendEveryHours}:e timme`}`,
    );
  },
};

const send: Command = {
  name: 'exchange send',
  summary: 'write the changes since the last package into till-<CODE>/ of the exchange folder',
  usage: 'exchange send [--to CODE] [--scope own|healthcare-region|hosting] [--full] [--json]',
  options: { to: { type: 'string' }, scope: { type: 'string' }, full: { type: 'boolean' } },
  async run(ctx) {
    const input = await validated(
      async () => (await import('@shared/contract/exchange')).exchangeSendInputSchema,
      { recipient: ctx.values.to ?? null, scope: ctx.values.scope ?? 'own', full: ctx.values.full === true },
      this.usage,
      { recipient: '--to' },
    );
    const result = await withApp(ctx, (app) => call(app, 'exchange:send', input));
    ctx.out.print(result, () =>
      result.packages
        .map((p) =>
          p.status === 'written'
            ? `${p.box}/${p.fileName}: ${p.totalRecords} poster`
            : `${p.box}: inget ändrat sedan förra paketet, ingen fil`,
        )
        .join('\n'),
    );
  },
};

const receive: Command = {
  name: 'exchange receive',
  summary: 'pick up the packages in the own box and till-alla/ (preview with --dry-run, confirm with --yes)',
  usage: 'exchange receive [--dry-run] [--yes] [--json]',
  options: { 'dry-run': { type: 'boolean' }, yes: { type: 'boolean' } },
  async run(ctx) {
    const input = { dryRun: ctx.values['dry-run'] === true, confirm: ctx.values.yes === true };
    const result = await withApp(ctx, (app) => call(app, 'exchange:receive', input));
    const lines = await Promise.all(result.packages.map(receivedText));
    ctx.out.print(result, () => lines.join('\n') || 'Inga paket i utbytesmappen');
  },
};

export const exchangeCommands: Command[] = [folderSet, send, receive];
