import fs from 'node:fs';
import path from 'node:path';
import type { CandidateEraseResult, PersonEraseResult } from '@shared/contract/privacy';
import type { Command, CommandContext } from '../command';
import { cliRefusal } from '../errors';
import { call, withApp, type CliApp } from '../services';

async function personIdOf(ctx: CommandContext, usage: string): Promise<string> {
  const { uuidSchema } = await import('@shared/contract/common');
  const id = uuidSchema.safeParse(ctx.positionals[0]);
  if (!id.success) throw cliRefusal('cli.notPersonId', { given: String(ctx.positionals[0]).slice(0, 80) }, usage);
  return id.data;
}

function optionalPath(ctx: CommandContext, name: string): string | null {
  const value = ctx.values[name];
  return typeof value === 'string' && value.trim() !== '' ? path.resolve(value) : null;
}

async function writeExports(app: CliApp, personId: string, json: string | null, pdf: string | null): Promise<string[]> {
  const written: string[] = [];
  if (json !== null) {
    const file = await call(app, 'privacy:export-json', { personId });
    fs.writeFileSync(json, Buffer.from(file.contentBase64, 'base64'), { mode: 0o600 });
    written.push(json);
  }
  if (pdf !== null) {
    const file = await call(app, 'privacy:export-pdf', { personId });
    fs.writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'), { mode: 0o600 });
    written.push(pdf);
  }
  return written;
}

const personExport: Command = {
  name: 'person export',
  summary: 'the register extract of one person (everything held, with history and recipients): JSON and/or PDF',
  usage: 'person export ID [--out FILE.json] [--pdf FILE.pdf] [--json]   (without files the JSON extract goes to stdout)',
  options: { out: { type: 'string' }, pdf: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const personId = await personIdOf(ctx, this.usage);
    const [json, pdf] = [optionalPath(ctx, 'out'), optionalPath(ctx, 'pdf')];
    await withApp(ctx, async (app) => {
      if (json === null && pdf === null) {
        const file = await call(app, 'privacy:export-json', { personId });
        const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
        ctx.out.print(JSON.parse(text) as unknown, () => text.trimEnd());
        return;
      }
      const files = await writeExports(app, personId, json, pdf);
      ctx.out.print({ personId, files }, () => files.map((f) => `Wrote ${f}`).join('\n'));
    });
  },
};

function erasedText(result: PersonEraseResult): string {
  const lines = [
    `Erased person ${result.personId}: ${result.memberships} memberships, ${result.salaries} salaries and ${result.candidacies} candidacies removed, ${result.auditPayloads} audit payloads blanked.`,
  ];
  if (result.recipients.length > 0)
    lines.push(`Their data was sent to ${result.recipients.join(', ')}: the next package to each carries the erasure.`);
  lines.push('Backups taken before now still hold the person until they roll off; a restore re-applies this erasure.');
  return lines.join('\n');
}

const personErase: Command = {
  name: 'person erase',
  summary: 'erase a person for good (GDPR art. 17): blanked everywhere here, an erasure marker travels in packages; needs --yes',
  usage: 'person erase ID --yes [--json]',
  options: { yes: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const personId = await personIdOf(ctx, this.usage);
    if (ctx.values.yes !== true) throw cliRefusal('cli.eraseNeedsYes', {}, this.usage);
    const result = await withApp(ctx, async (app) => {
      const { personNameOf } = await import('../../services/privacy/privacy-service');
      const name = personNameOf(app.ctx, personId);
      if (name === null) throw cliRefusal('cli.noPerson', { id: personId });
      return call(app, 'privacy:erase', { personId, confirmName: name });
    });
    ctx.out.print(result, () => erasedText(result));
  },
};

function candidateErasedText(result: CandidateEraseResult): string {
  const lines = [`Erased candidate ${result.candidateId}: ${result.auditPayloads} audit payloads blanked.`];
  if (result.recipients.length > 0)
    lines.push(`Their data was sent to ${result.recipients.join(', ')}: the next package to each carries the erasure.`);
  return lines.join('\n');
}

const candidateErase: Command = {
  name: 'person erase-candidate',
  summary: "erase a nomination's new candidate (not a person in the register) for good (GDPR art. 17), as `person erase`; needs --yes",
  usage: 'person erase-candidate CANDIDATE_ID --yes [--json]',
  options: { yes: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const candidateId = await personIdOf(ctx, this.usage);
    if (ctx.values.yes !== true) throw cliRefusal('cli.eraseNeedsYes', {}, this.usage);
    const result = await withApp(ctx, async (app) => {
      const { candidateNameOf } = await import('../../services/privacy/privacy-service');
      const name = candidateNameOf(app.ctx, candidateId);
      if (name === null) throw cliRefusal('cli.noNewCandidate', { id: candidateId });
      return call(app, 'privacy:erase-candidate', { candidateId, confirmName: name });
    });
    ctx.out.print(result, () => candidateErasedText(result));
  },
};

export const privacyCommands: Command[] = [personExport, personErase, candidateErase];
