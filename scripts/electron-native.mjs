// better-sqlite3 for Electron, next to the Node build. node_modules/better-sqlite3 stays compiled
// for Node (tests, CLI, browser mode); this script compiles a second copy for Electron's ABI into
// .cache/electron-sqlite/<electron version>/better_sqlite3.node, once per Electron version. The app
// finds it through SAMPLAN_SQLITE_BINDING (src/main/db/backup.ts, nativeBindingPath()).
//
//   node scripts/electron-native.mjs          build if missing, print the path
//   node scripts/electron-native.mjs --force  rebuild
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DEFAULT_ROOT = path.resolve(import.meta.dirname, '..');
const HEADERS_URL = 'https://electronjs.org/headers';
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

export function electronVersion(root = DEFAULT_ROOT) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

export function electronBindingPath(root = DEFAULT_ROOT, version = electronVersion(root)) {
  return path.join(root, '.cache', 'electron-sqlite', version, 'better_sqlite3.node');
}

/** npm's bundled node-gyp (npm tells scripts where it is); `npx node-gyp` as the last resort. */
export function nodeGypCommand(env = process.env) {
  const bin = path.dirname(process.execPath);
  const candidates = [
    env.npm_config_node_gyp,
    path.join(bin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(bin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const script = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (script) return { command: process.execPath, prefix: [script], shell: false };
  return { command: 'npx', prefix: ['--no-install', 'node-gyp'], shell: process.platform === 'win32' };
}

/**
 * The environment for node-gyp without npm settings that would silently build against other
 * headers (a user-level `nodedir`, `target` or `runtime` in .npmrc wins over the command line).
 */
export function buildEnvironment(env = process.env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|devdir|build_from_source)$/i.test(key)) delete clean[key];
  }
  return clean;
}

export function nodeGypArguments(version, devDir) {
  return [
    'rebuild',
    '--release',
    '--jobs=max',
    '--runtime=electron',
    `--target=${version}`,
    `--dist-url=${HEADERS_URL}`,
    `--devdir=${devDir}`,
  ];
}

/** Copies the package sources (not its Node build) to a scratch folder, builds there, returns the binary. */
export function compileBinding({ sourceDir, gypArguments, env, log = () => {} }) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-sqlite-'));
  const work = path.join(scratch, 'better-sqlite3');
  try {
    const skipped = new Set(['build', 'node_modules']);
    fs.cpSync(sourceDir, work, { recursive: true, filter: (src) => !skipped.has(path.relative(sourceDir, src)) });
    const gyp = nodeGypCommand(env);
    log(`compiling better-sqlite3 (${gypArguments.join(' ')}) …`);
    const result = spawnSync(gyp.command, [...gyp.prefix, ...gypArguments], {
      cwd: work,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      shell: gyp.shell,
    });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !fs.existsSync(built)) {
      const tail = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim().split('\n').slice(-5).join(' | ');
      throw new Error(`node-gyp failed (${result.status ?? result.signal ?? 'not started'}): ${tail}`);
    }
    const keep = path.join(scratch, 'better_sqlite3.node');
    fs.copyFileSync(built, keep);
    return { file: keep, cleanup: () => fs.rmSync(scratch, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Builds the Electron-ABI binding when it is missing (or `force`); returns its path. Throws on failure. */
export function ensureElectronSqlite({ root = DEFAULT_ROOT, force = false, log = () => {} } = {}) {
  const version = electronVersion(root);
  const target = electronBindingPath(root, version);
  if (!force && fs.existsSync(target)) return target;
  const compiled = compileBinding({
    sourceDir: path.join(root, 'node_modules', 'better-sqlite3'),
    gypArguments: nodeGypArguments(version, path.join(root, '.cache', 'electron-gyp')),
    env: buildEnvironment(),
    log,
  });
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(compiled.file, partial);
    fs.renameSync(partial, target);
  } finally {
    compiled.cleanup();
  }
  return target;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const file = ensureElectronSqlite({ force: process.argv.includes('--force'), log: (line) => console.error(line) });
    console.log(file);
  } catch (error) {
    console.error(`Samplan: could not build better-sqlite3 for Electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
