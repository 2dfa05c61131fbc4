// Bundles the Node entries (CLI, browser-mode server, job worker, bench) with esbuild into out/node/<name>.js:
// ESM, platform node, target node20, every npm package external (node_modules stays the one copy), the
// `@shared/*` alias resolved, sourcemaps on. Only stale bundles are rebuilt (a source under src/ or bench/,
// or this script, or a config file newer than the oldest output); `--force` rebuilds all.
//
//   node scripts/build-node.mjs [--force] [--quiet]
//
// To add an entry, add one line to NODE_ENTRIES.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const NODE_OUT_DIR = path.join(ROOT, 'out', 'node');

/** Bundle name → source, relative to the project root. The bundle is out/node/<name>.js. */
export const NODE_ENTRIES = {
  cli: 'src/main/cli/main.ts',
  web: 'src/main/web/main.ts',
  'job-worker': 'src/main/jobs/worker-entry.ts',
  backend: 'src/main/backend/node-entry.ts',
  bench: 'bench/run.ts',
  'bench-rss-probe': 'bench/rss-probe.ts',
  'bench-relay': 'bench/relay-child.ts',
};

/** What the bundles are built from: a change to any of these makes every bundle stale. */
const SOURCE_DIRS = ['src', 'bench'];
const CONFIG_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build-node.mjs'];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true }))
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  return newest;
}

/** The newest modification time of everything the bundles are built from (`extraInputs` are more files or folders). */
export function newestInput(root = ROOT, extraInputs = []) {
  return Math.max(...[...SOURCE_DIRS, ...CONFIG_FILES, ...extraInputs].map((p) => newestMtime(path.resolve(root, p))));
}

/** The entries whose bundle is missing or older than the newest input. */
export function staleEntries(entries = NODE_ENTRIES, outDir = NODE_OUT_DIR, extraInputs = []) {
  const newest = newestInput(ROOT, extraInputs);
  return Object.keys(entries).filter((name) => {
    const out = path.join(outDir, `${name}.js`);
    return !fs.existsSync(out) || fs.statSync(out).mtimeMs < newest;
  });
}

/** Resolves `@shared/…` to src/shared/… (the alias tsconfig, vite and vitest use). */
const sharedAlias = {
  name: 'shared-alias',
  setup(build) {
    build.onResolve({ filter: /^@shared\// }, (args) =>
      build.resolve(`./${args.path.slice('@shared/'.length)}`, { kind: args.kind, resolveDir: path.join(ROOT, 'src', 'shared') }),
    );
  },
};

/**
 * Builds every entry when one is stale (or with `force`; the entries share their chunks) and returns the names
 * it built; files a previous build left in `outDir` are removed. `entries` and `outDir` default to the app's;
 * tests pass their own (e.g. the crash writer) with `extraInputs` for their sources.
 */
export async function buildNode({ entries = NODE_ENTRIES, outDir = NODE_OUT_DIR, force = false, extraInputs = [] } = {}) {
  if (!force && staleEntries(entries, outDir, extraInputs).length === 0) return [];
  const names = Object.keys(entries);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(names.map((name) => [name, path.join(ROOT, entries[name])])),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [sharedAlias],
    sourcemap: true,
    logLevel: 'warning',
    // Shared code and lazily imported modules go into chunk-*.js beside the entries (the CLI loads the services on first use).
    splitting: true,
    metafile: true,
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(ROOT, file)));
  for (const file of fs.readdirSync(outDir)) {
    if (/\.js(\.map)?$/.test(file) && !written.has(path.join(outDir, file))) fs.rmSync(path.join(outDir, file), { force: true });
  }
  return names;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const built = await buildNode({ force: process.argv.includes('--force') });
  if (!process.argv.includes('--quiet'))
    process.stderr.write(built.length ? `built out/node/{${built.join(',')}}.js\n` : 'out/node is up to date\n');
}
