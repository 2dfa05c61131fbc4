import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { PROJECT_ROOT, RESOURCES_DIR, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';
import { personFields } from '../helpers/setup';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(args: string[]): T {
  const result = cli([...args, '--json']);
  if (result.code !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

function expectOneLineFailure(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.code).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

async function addPerson(db: string): Promise<void> {
  const app = await startServices({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test', create: false });
  await caller(app).ok('persons:create', { ...personFields, name: 'Åsa Öberg', email: 'asa@example.org' });
  await app.opened.close();
}

describe('CLI: packages', () => {
  it('keys, signed export, verify, dry run, trust, import, list, undo, recipients', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const [a, c] = [path.join(dir, 'a.db'), path.join(dir, 'c.db')];
    expect(cli(['--db', a, 'init', '--region', '23']).code).toBe(0);
    expect(cli(['--db', c, 'init', '--region', 'NORRA']).code).toBe(0);
    await addPerson(a);

    const keyFile = path.join(dir, 'key.pem');
    const key = json<{ file: string; fingerprint: string }>(['keys', 'generate', '--out', keyFile]);
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expectOneLineFailure(cli(['keys', 'generate', '--out', keyFile]), /kan inte skriva .*EEXIST/);

    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const exported = json<{ file: string; totalRecords: number; signerFingerprint: string }>([
      '--db',
      a,
      'export',
      '--scope',
      'own',
      '--to',
      'NORRA',
      '--out',
      out,
      '--sign',
      keyFile,
    ]);
    expect(path.dirname(exported.file)).toBe(out);
    expect(exported).toMatchObject({ totalRecords: 1, signerFingerprint: key.fingerprint });
    expect(fs.readdirSync(out)).toEqual([path.basename(exported.file)]);
    expectOneLineFailure(cli(['--db', a, 'export', '--scope', 'own', '--out', exported.file]), /finns redan; välj ett annat filnamn/);
    expectOneLineFailure(cli(['--db', a, 'export', '--scope', 'everything', '--out', path.join(dir, 'x.samplan')]), /scope/);

    const verified = json<{ valid: boolean; signer: { status: string; fingerprint: string } }>(['--db', c, 'verify', exported.file]);
    expect(verified).toMatchObject({ valid: true, signer: { status: 'untrusted', fingerprint: key.fingerprint } });
    const preview = json<{ preview: { totals: { new: number } } }>(['--db', c, 'import', exported.file, '--dry-run']);
    expect(preview.preview.totals.new).toBe(1);
    // The text a coordinator reads is Swedish, record types by name; no English word, no table name.
    const previewText = cli(['--db', c, 'import', exported.file, '--dry-run']).stdout;
    expect(previewText).toContain('Poster: 1 (personer 1)');
    expect(previewText).toContain('Signatur: signerat av en nyckel som inte är betrodd');
    expect(previewText).toContain('Förhandsgranskning: nya 1, ändrade 0, oförändrade 0, borttagna 0, ignorerade 0, avvisade 0');
    expect(previewText).not.toMatch(/\b(Package|Records|Signer|Preview|new|persons|own)\b/);
    expectOneLineFailure(
      cli(['--db', c, 'import', exported.file]),
      new RegExp(`inte är betrodd ännu \\(fingeravtryck ${key.fingerprint}\\)`),
    );

    const imported = json<{ status: string; outcome: { totals: { new: number } } }>(['--db', c, 'import', exported.file, '--trust']);
    expect(imported).toMatchObject({ status: 'applied', outcome: { totals: { new: 1 } } });
    expect(json<{ status: string }>(['--db', c, 'import', exported.file]).status).toBe('already-imported');
    expect(json<{ trusted: { owner: string; fingerprint: string }[] }>(['--db', c, 'keys', 'list']).trusted).toEqual([
      expect.objectContaining({ owner: '23', fingerprint: key.fingerprint }),
    ]);

    const list = json<{ entries: { undoable: boolean; status: string }[] }>(['--db', c, 'imports', 'list']);
    expect(list.entries).toEqual([expect.objectContaining({ undoable: true, status: 'APPLIED' })]);
    expect(json<{ restoredRecords: number }>(['--db', c, 'imports', 'undo']).restoredRecords).toBe(1);
    expectOneLineFailure(cli(['--db', c, 'imports', 'undo']), /Det finns ingen import att ångra/);

    const recipients = json<{ rows: { personName: string; recipient: string }[] }>(['--db', a, 'recipients']);
    expect(recipients.rows).toEqual([expect.objectContaining({ personName: 'Åsa Öberg', recipient: 'NORRA' })]);

    const tampered = path.join(dir, 'tampered.samplan');
    const bytes = fs.readFileSync(exported.file);
    bytes[40]! ^= 0x01;
    fs.writeFileSync(tampered, bytes);
    expectOneLineFailure(cli(['--db', c, 'import', tampered]), /^samplan: Paketet avvisades: /);
    expectOneLineFailure(cli(['--db', c, 'verify', tampered]), /^samplan: Paketet avvisades: /);
    expectOneLineFailure(cli(['--db', c, 'import', path.join(dir, 'missing.samplan')]), /kan inte läsa/);
  });

  it(
    'a package to someone else is imported only with --yes, the refusal naming both parties; --json counts per record type',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const [a, v] = [path.join(dir, 'a.db'), path.join(dir, 'v.db')];
      expect(cli(['--db', a, 'init', '--region', '23']).code).toBe(0);
      expect(cli(['--db', v, 'init', '--region', '14']).code).toBe(0);
      await addPerson(a);
      const file = path.join(dir, 'to-norra.samplan');
      expect(cli(['--db', a, 'export', '--scope', 'own', '--to', 'NORRA', '--out', file]).code).toBe(0);
      expectOneLineFailure(
        cli(['--db', v, 'import', file]),
        /^samplan: Paketet är adresserat till Norra sjukvårdsregionen, inte till Västra Götalandsregionen\. Bekräfta .*--yes/,
      );
      const imported = json<{ status: string; outcome: { byType: { persons: Record<string, number> } } }>([
        '--db',
        v,
        'import',
        file,
        '--yes',
      ]);
      expect(imported.status).toBe('applied');
      expect(imported.outcome.byType.persons).toEqual({ new: 1, changed: 0, unchanged: 0, deleted: 0, ignored: 0, rejected: 0 });
    },
  );

  it('installation key and trust by fingerprint', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const [a, c] = [path.join(dir, 'a.db'), path.join(dir, 'c.db')];
    expect(cli(['--db', a, 'init', '--region', '23']).code).toBe(0);
    expect(cli(['--db', c, 'init', '--region', 'NORRA']).code).toBe(0);
    const key = json<{ fingerprint: string }>(['--db', a, 'keys', 'generate']);
    expect(json<{ own: { fingerprint: string }[] }>(['--db', a, 'keys', 'list']).own).toEqual([
      expect.objectContaining({ fingerprint: key.fingerprint }),
    ]);
    expect(cli(['--db', c, 'keys', 'trust', '23', key.fingerprint]).code).toBe(0);
    expectOneLineFailure(cli(['--db', c, 'keys', 'trust', '23', 'abc']), /^samplan: Uppgifterna kunde inte tas emot: .*\(FINGERPRINT\)$/);
  });
});
