import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServices } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

function json<T>(args: string[]): T {
  const result = runCliProcess([...args, '--json']);
  if (result.code !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

function expectOneSwedishLine(result: ReturnType<typeof runCliProcess>, pattern: RegExp): void {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

async function addPersons(db: string, names: readonly string[]): Promise<void> {
  const app = await startServices({ dbPath: db, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test', create: false });
  const base = { email: null, phone: null, regionCode: '23', organisationId: null, profession: null, gender: null, notes: null };
  for (const name of names) await caller(app).ok('persons:create', { ...base, name });
  await app.opened.close();
}

type Received = {
  packages: { packageId: string; sender: string; status: string; totals: Record<string, number> | null; byType: unknown }[];
};

describe('CLI: exchange', () => {
  it(
    'folder set/show, send, receive with --dry-run and --yes, and a second receive that changes nothing',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const folder = path.join(dir, 'delat');
      fs.mkdirSync(folder);
      const [a, c] = [path.join(dir, 'a.db'), path.join(dir, 'c.db')];
      expect(runCliProcess(['--db', a, 'init', '--region', '23']).code).toBe(0);
      expect(runCliProcess(['--db', c, 'init', '--region', 'NORRA']).code).toBe(0);

      expectOneSwedishLine(runCliProcess(['--db', a, 'exchange', 'send']), /Ingen utbytesmapp är vald/);
      expectOneSwedishLine(runCliProcess(['--db', a, 'exchange', 'folder', 'set', path.join(dir, 'saknas')]), /finns inte/);
      expect(json<{ folder: string | null }>(['--db', a, 'exchange', 'folder', 'show']).folder).toBeNull();
      for (const db of [a, c]) expect(json<{ folder: string }>(['--db', db, 'exchange', 'folder', 'set', folder]).folder).toBe(folder);
      expect(runCliProcess(['--db', c, 'exchange', 'folder', 'show']).stdout).toContain(`Utbytesmapp: ${folder}`);
      expectOneSwedishLine(runCliProcess(['--db', a, 'exchange', 'send', '--scope', 'nationell']), /--scope har fel värde: ska vara en av/);

      await addPersons(a, ['Anna Lindqvist', 'Björn Åström']);
      const sent = json<{ packages: { box: string; status: string; totalRecords: number }[] }>([
        '--db',
        a,
        'exchange',
        'send',
        '--to',
        'NORRA',
      ]);
      expect(sent.packages).toEqual([expect.objectContaining({ box: 'till-NORRA', status: 'written', totalRecords: 2 })]);

      const preview = json<Received>(['--db', c, 'exchange', 'receive', '--dry-run']);
      expect(preview.packages).toEqual([expect.objectContaining({ sender: '23', status: 'needs-confirmation' })]);
      expect(preview.packages[0]!.totals).toMatchObject({ new: 2, changed: 0, unchanged: 0, deleted: 0, ignored: 0, rejected: 0 });
      expect(preview.packages[0]!.byType).toMatchObject({ persons: { new: 2 } });
      const text = runCliProcess(['--db', c, 'exchange', 'receive']);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/från 23: behöver bekräftas \(nya 2, ändrade 0/);

      const applied = json<Received>(['--db', c, 'exchange', 'receive', '--yes']);
      expect(applied.packages.map((p) => p.status)).toEqual(['applied']);
      const again = json<Received>(['--db', c, 'exchange', 'receive', '--yes']);
      expect(again.packages.map((p) => p.status)).toEqual(['already-imported']);
      expect(runCliProcess(['--db', c, 'exchange', 'receive']).stdout).toMatch(/redan importerat/);

      expect(runCliProcess(['--db', a, 'exchange', 'send']).stdout).toMatch(/till-NORRA: inget ändrat sedan förra paketet/);
    },
  );
});
