/** `invoice`: the invoice basis (fakturaunderlag) of a paying region from a host, as text, JSON, .xlsx or PDF. */
import fs from 'node:fs';
import path from 'node:path';
import type { InvoiceBasis } from '@shared/contract/cost/invoice';
import { formatKronor, INSTALMENT_PLANS, type InstalmentPlan } from '@shared/domain/costs';
import type { Command, CommandContext } from '../command';
import { CliError } from '../errors';
import { call, withApp } from '../services';

const USAGE =
  'invoice --region CODE --host HEALTHCARE_REGION --year Y [--instalments yearly|half-yearly|quarterly|monthly] [--xlsx FILE] [--pdf FILE] [--json]';

function text(values: CommandContext['values'], name: string): string | null {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The arguments checked the way the UI's form checks them; a mistake is one Swedish line. */
function parseInput(values: CommandContext['values']) {
  const region = text(values, 'region');
  const host = text(values, 'host');
  const year = text(values, 'year');
  if (region === null || host === null || year === null) throw new CliError(`--region, --host och --year krävs (användning: ${USAGE})`);
  if (!/^\d{2}$/.test(region)) throw new CliError(`--region tar en regionkod med två siffror, t.ex. 23 (fick "${region}")`);
  if (!/^[A-Za-z_]{2,40}$/.test(host)) throw new CliError(`--host tar en sjukvårdsregions kod, t.ex. NORRA (fick "${host}")`);
  if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100) {
    throw new CliError(`--year tar ett år mellan 1990 och 2100, t.ex. 2024 (fick "${year}")`);
  }
  const plan = text(values, 'instalments') ?? 'quarterly';
  if (!(INSTALMENT_PLANS as readonly string[]).includes(plan)) {
    throw new CliError(`--instalments tar ${INSTALMENT_PLANS.join(', ')} (fick "${plan}")`);
  }
  return {
    regionCode: region,
    hostHealthcareRegionCode: host.toUpperCase(),
    year: Number(year),
    instalments: plan as InstalmentPlan,
    budgetId: null,
  };
}

const kr = (ore: number) => formatKronor(ore, { ore: 'always' });

function invoiceText(b: InvoiceBasis): string {
  const number = (n: string | null) => n ?? 'saknas – ange under Kostnadsparametrar';
  const lines = [
    `Fakturaunderlag ${b.reference}, period ${b.period.from} – ${b.period.to}`,
    `Avsändare: ${b.sender.name} (${number(b.sender.organisationNumber)})`,
    `Mottagare: ${b.recipient.name} (${number(b.recipient.organisationNumber)})`,
    b.budget
      ? `Underlag: låst budget "${b.budget.name}" version ${b.budget.revision}, SHA-256 ${b.budget.sha256}`
      : 'Underlag: gällande plan',
    '',
  ];
  for (const l of b.lines) lines.push(`  ${l.hosting.padEnd(40)} ${kr(l.amountOre).padStart(18)}  (av ${kr(l.hostingInvoicedOre)})`);
  lines.push(`  ${'Att fakturera totalt'.padEnd(40)} ${kr(b.totalOre).padStart(18)}`, '', 'Delbetalningar:');
  for (const i of b.instalments) lines.push(`  ${i.period.padEnd(10)} ${i.from} – ${i.to} ${kr(i.amountOre).padStart(18)}`);
  return lines.join('\n');
}

function write(file: string, contentBase64: string): string {
  const target = path.resolve(file);
  fs.writeFileSync(target, Buffer.from(contentBase64, 'base64'));
  return target;
}

const invoice: Command = {
  name: 'invoice',
  summary: 'fakturaunderlag för en betalande region från en värd: rader, summa och delbetalningar (öre i --json)',
  usage: USAGE,
  options: {
    region: { type: 'string' },
    host: { type: 'string' },
    year: { type: 'string' },
    instalments: { type: 'string' },
    xlsx: { type: 'string' },
    pdf: { type: 'string' },
  },
  async run(ctx) {
    const input = parseInput(ctx.values);
    const xlsx = text(ctx.values, 'xlsx');
    const pdf = text(ctx.values, 'pdf');
    await withApp(ctx, async (app) => {
      const basis = await call(app, 'invoice:get', input);
      const files: string[] = [];
      if (xlsx !== null) files.push(write(xlsx, (await call(app, 'invoice:export-xlsx', { ...input, language: 'sv' })).contentBase64));
      if (pdf !== null) files.push(write(pdf, (await call(app, 'invoice:export-pdf', { ...input, language: 'sv' })).contentBase64));
      ctx.out.print({ ...basis, files }, () => [invoiceText(basis), ...files.map((f) => `Skrev ${f}`)].join('\n'));
    });
  },
};

export const invoiceCommands: Command[] = [invoice];
