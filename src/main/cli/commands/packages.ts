import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '@shared/contract/domain-error';
import { requireString, validated, type Command, type CommandContext } from '../command';
import { cliErrorOf, cliRefusal } from '../errors';
import { call, withApp } from '../services';
import { runCliJob } from '../worker-job';
import { outcomeText, SIGNER_STATUS, summaryText } from './packages-format';

/** Package exchange on the command line (docs/cli.md, "Packages"). */

async function orCliError<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DomainError) throw cliErrorOf(error);
    throw error;
  }
}

async function readPackageFile(file: string): Promise<Buffer> {
  const { MAX_PACKAGE_BYTES } = await import('@shared/contract/packages');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw cliRefusal('cli.cannotReadFile', { file });
  }
  if (size > MAX_PACKAGE_BYTES) throw cliRefusal('cli.packageTooLarge', { mb: MAX_PACKAGE_BYTES / 1024 / 1024 });
  return fs.readFileSync(file);
}

function exportTarget(out: string, fileName: string): string {
  const target = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, fileName) : out;
  if (fs.existsSync(target)) throw cliRefusal('cli.fileExists', { file: target });
  return path.resolve(target);
}

const exportCommand: Command = {
  name: 'export',
  summary: 'write a package for another region or the healthcare-region coordinator',
  usage: 'export --scope own|healthcare-region|hosting [--to CODE] [--since-last] --out FILE [--sign KEYFILE]',
  options: {
    scope: { type: 'string' },
    to: { type: 'string' },
    'since-last': { type: 'boolean' },
    out: { type: 'string' },
    sign: { type: 'string' },
  },
  async run(ctx) {
    const out = requireString(ctx.values, 'out', this.usage);
    const input = await validated(
      async () => (await import('@shared/contract/packages')).exportInputSchema,
      { scope: ctx.values.scope, recipient: ctx.values.to ?? null, sinceLast: ctx.values['since-last'] === true },
      this.usage,
      { recipient: '--to' },
    );
    const keyFile = typeof ctx.values.sign === 'string' ? ctx.values.sign : null;
    const [{ prepareExport, recordExport }, { readSigningKeyFile }, { writeFileAtomic }, { sha256Hex }] = await Promise.all([
      import('../../services/packages/export-service'),
      import('../../services/packages/keys-service'),
      import('../../lib/atomic-file'),
      import('../../services/packages/codec'),
    ]);
    const summary = await withApp(ctx, (app) =>
      orCliError(async () => {
        const prepared = await prepareExport(app.ctx, input, keyFile === null ? null : readSigningKeyFile(keyFile));
        const target = exportTarget(out, prepared.fileName);
        await writeFileAtomic(target, prepared.bytes, (written) => {
          if (sha256Hex(written) !== prepared.summary.fileSha256) throw cliRefusal('cli.readBackFailed', { file: target });
        });
        recordExport(app.ctx, prepared);
        return { file: target, ...prepared.summary };
      }),
    );
    ctx.out.print(summary, () => `Skrev ${summary.file}\n${summaryText(summary)}`);
  },
};

const importCommand: Command = {
  name: 'import',
  summary: 'import a package (preview with --dry-run)',
  usage: 'import FILE [--dry-run] [--yes] [--accept-rejected] [--trust] [--json]',
  options: { 'dry-run': { type: 'boolean' }, yes: { type: 'boolean' }, 'accept-rejected': { type: 'boolean' }, trust: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const contentBase64 = (await readPackageFile(file)).toString('base64');
    if (ctx.values['dry-run'] === true) {
      const preview = await withApp(ctx, (app) => call(app, 'packages:inspect', { fileName: path.basename(file), contentBase64 }));
      ctx.out.print(
        preview,
        () =>
          `${summaryText(preview.summary)}\nSignatur: ${SIGNER_STATUS[preview.signer.status]}${preview.alreadyImported ? '\nRedan importerat' : ''}\nFörhandsgranskning: ${outcomeText(preview.preview)}`,
      );
      return;
    }
    const input = {
      fileName: path.basename(file),
      contentBase64,
      // --yes confirms what the preview asks to confirm: a mass deletion, another recipient, an older package.
      confirmMassDeletion: ctx.values.yes === true,
      confirmRecipient: ctx.values.yes === true,
      confirmOlder: ctx.values.yes === true,
      acceptRejected: ctx.values['accept-rejected'] === true,
      trustSigner: ctx.values.trust === true,
    };
    // Like the app, the import itself runs in a worker thread (progress on stderr, Ctrl-C rolls back).
    const result = await runCliJob(ctx, 'import', { kind: 'package-import', ...input });
    ctx.out.print(result, () =>
      result.outcome
        ? `Importerade ${result.summary.packageId}: ${outcomeText(result.outcome)}`
        : `Redan importerat: ${result.summary.packageId}`,
    );
  },
};

const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a package file: format, limits, checksum and signature',
  usage: 'verify FILE [--json]',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const bytes = await readPackageFile(ctx.positionals[0]!);
    const [{ signerOf, verifyPackageBytes }, { summaryOf }] = await Promise.all([
      import('../../services/packages/import-service'),
      import('../../services/packages/verify'),
    ]);
    const result = await withApp(ctx, (app) =>
      orCliError(async () => {
        const pkg = await verifyPackageBytes(bytes);
        return { valid: true, summary: summaryOf(pkg), signer: signerOf(app.ctx, pkg) };
      }),
    );
    ctx.out.print(result, () => `Giltigt paket\n${summaryText(result.summary)}\nSignatur: ${SIGNER_STATUS[result.signer.status]}`);
  },
};

const importsList: Command = {
  name: 'imports list',
  summary: 'the packages imported, newest first',
  usage: 'imports list [--json]',
  async run(ctx) {
    const history = await withApp(ctx, (app) => call(app, 'packages:history', {}));
    const entries = history.entries.filter((e) => e.direction === 'IN');
    ctx.out.print(
      { entries },
      () =>
        entries
          .map(
            (e) =>
              `${e.at} ${e.packageId} från ${e.originOwner} (${e.scope}) ${e.status} ${e.totalRecords} poster${e.undoable ? ' [kan ångras]' : ''}`,
          )
          .join('\n') || 'Inga importer ännu',
    );
  },
};

const importsUndo: Command = {
  name: 'imports undo',
  summary: 'undo the most recent import',
  usage: 'imports undo [--json]',
  async run(ctx) {
    const result = await withApp(ctx, (app) => call(app, 'packages:undo-last', {}));
    ctx.out.print(
      result,
      () => `Ångrade paketet ${result.packageId} från ${result.originOwner}: ${result.restoredRecords} poster återställda`,
    );
  },
};

async function generateKeyFile(ctx: CommandContext, out: string) {
  const [{ generateSigningKey }, { writePrivateKeyFile }] = await Promise.all([
    import('../../services/packages/signing'),
    import('../../services/packages/keys-service'),
  ]);
  const key = generateSigningKey();
  try {
    writePrivateKeyFile(path.resolve(out), key.privateKeyPem);
  } catch (error) {
    throw cliRefusal('cli.cannotWrite', { file: out, reason: error instanceof Error ? error.message : String(error) });
  }
  const result = { file: path.resolve(out), fingerprint: key.fingerprint, publicKey: key.publicKey };
  ctx.out.print(
    result,
    () => `Skrev den privata nyckeln ${result.file} (håll den hemlig)\nDen publika nyckelns fingeravtryck: ${result.fingerprint}`,
  );
}

const keysGenerate: Command = {
  name: 'keys generate',
  summary: "a new Ed25519 signing key (this installation's, or a key file with --out)",
  usage: 'keys generate [--out KEYFILE] [--json]',
  options: { out: { type: 'string' } },
  async run(ctx) {
    if (typeof ctx.values.out === 'string') return generateKeyFile(ctx, ctx.values.out);
    const key = await withApp(ctx, (app) => call(app, 'keys:generate', {}));
    ctx.out.print(key, () => `Ny signeringsnyckel för den här installationen\nDen publika nyckelns fingeravtryck: ${key.fingerprint}`);
  },
};

const keysList: Command = {
  name: 'keys list',
  summary: 'own signing keys and the trusted keys of other regions',
  usage: 'keys list [--json]',
  async run(ctx) {
    const keys = await withApp(ctx, (app) => call(app, 'keys:list', {}));
    ctx.out.print(
      keys,
      () =>
        [
          ...keys.own.map((k) => `egen     ${k.fingerprint} (${k.createdAt})`),
          ...keys.trusted.map((k) => `betrodd  ${k.owner.padEnd(18)} ${k.fingerprint} (${k.trustedBy}, ${k.trustedAt})`),
        ].join('\n') || 'Inga nycklar',
    );
  },
};

const keysTrust: Command = {
  name: 'keys trust',
  summary: 'trust a signing key (fingerprint checked with the sender) for an owner code',
  usage: 'keys trust CODE FINGERPRINT [--json]',
  positionals: { min: 2, max: 2 },
  async run(ctx) {
    const [owner, fingerprint] = ctx.positionals as [string, string];
    const keys = await withApp(ctx, (app) => call(app, 'keys:trust', { owner, fingerprint: fingerprint.toLowerCase() }));
    ctx.out.print(keys, () => `Litar på ${fingerprint} för ${owner}`);
  },
};

const recipients: Command = {
  name: 'recipients',
  summary: "which persons' data went to which recipient (GDPR Art. 19)",
  usage: 'recipients [--person ID] [--json]',
  options: { person: { type: 'string' } },
  async run(ctx) {
    const personId = typeof ctx.values.person === 'string' ? ctx.values.person : null;
    const result = await withApp(ctx, (app) => call(app, 'packages:recipients', { personId }));
    ctx.out.print(
      result,
      () =>
        result.rows
          .map((r) => `${r.personName ?? r.personId} → ${r.recipient} (${r.packageCount} paket, senast ${r.lastSentAt})`)
          .join('\n') || 'Inget skickat ännu',
    );
  },
};

export const packageCommands: Command[] = [
  exportCommand,
  importCommand,
  verifyCommand,
  importsList,
  importsUndo,
  keysGenerate,
  keysList,
  keysTrust,
  recipients,
];
