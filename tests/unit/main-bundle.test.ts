import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-main-bundle-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Metafile = { inputs: Record<string, { imports: { path: string; external?: boolean }[] }> };

/** Bundles an entry as electron-vite does (dependencies external) and returns esbuild's module graph of it. */
function moduleGraph(entry: string): Metafile {
  const metafile = path.join(dir, `${path.basename(entry)}.json`);
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'esbuild'),
    [
      entry,
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      '--alias:@shared=./src/shared',
      `--outfile=${path.join(dir, 'out.js')}`,
      `--metafile=${metafile}`,
      '--log-level=error',
    ],
    { cwd: ROOT },
  );
  return JSON.parse(fs.readFileSync(metafile, 'utf8')) as Metafile;
}

const DATA_LAYER = /^src\/main\/(db|repositories|services|ipc|jobs)\//;

describe("the Electron main entry's module graph", () => {
  const graph = moduleGraph('src/main/index.ts');
  const modules = Object.keys(graph.inputs);
  const packages = new Set(Object.values(graph.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)));

  it('reaches no database code: nothing under db, repositories, services, ipc or jobs', () => {
    expect(modules).toContain('src/main/index.ts');
    expect(modules).toContain('src/main/backend/host.ts');
    expect(modules.filter((file) => DATA_LAYER.test(file))).toEqual([]);
  });

  it('imports neither better-sqlite3 nor kysely', () => {
    expect([...packages].filter((name) => /better-sqlite3|kysely/.test(name))).toEqual([]);
    expect(packages).toContain('electron');
  });

  it('the backend entries do reach the database (the check above would notice a graph that sees nothing)', () => {
    const backend = Object.keys(moduleGraph('src/main/backend/utility-entry.ts').inputs);
    expect(backend.some((file) => file.startsWith('src/main/db/'))).toBe(true);
  });
});
