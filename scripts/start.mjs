// `npm start`: the desktop app.
//   1. Find the Electron runtime; if it is missing, try once to download it (bounded time). Without
//      it, print one line pointing to browser mode and exit 1.
//   2. Make sure better-sqlite3 is built for Electron's ABI (scripts/electron-native.mjs; once).
//   3. Build and run the app (electron-vite preview) with SAMPLAN_SQLITE_BINDING set to that build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureElectronSqlite } from './electron-native.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOWNLOAD_TIMEOUT_MS = Number(process.env.SAMPLAN_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 90_000);

export const MISSING_RUNTIME_MESSAGE =
  'Samplan: the Electron runtime is missing (it could not be downloaded) – run "npm run web" to use Samplan in your browser.';

/** The Electron executable as node_modules/electron would run it, or null when it is not installed. */
export function findElectronBinary(root = ROOT, env = process.env) {
  const moduleDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(moduleDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(moduleDir, 'dist');
  const binary = path.join(distDir, relative);
  return fs.existsSync(binary) ? binary : null;
}

/** One bounded attempt at Electron's own download (install.js); its output is not shown. */
export function tryDownloadElectron(root = ROOT, timeoutMs = DOWNLOAD_TIMEOUT_MS) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return false;
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: 'ignore',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    windowsHide: true,
  });
  return result.status === 0;
}

function fail(line) {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function run(binary, binding) {
  const cli = path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  // No pass-through of arguments: `preview --noSandbox` must not be one flag away.
  const child = spawn(process.execPath, [cli, 'preview'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary, SAMPLAN_SQLITE_BINDING: binding },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  let binary = findElectronBinary();
  if (!binary) {
    tryDownloadElectron();
    binary = findElectronBinary();
  }
  if (!binary) fail(MISSING_RUNTIME_MESSAGE);
  let binding;
  try {
    binding = ensureElectronSqlite({
      log: () => process.stderr.write('Samplan: building the SQLite module for Electron (first start only, a few minutes) …\n'),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`Samplan: the SQLite module for Electron could not be built (${reason}) – run "npm run web" to use Samplan in your browser.`);
  }
  run(binary, binding);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
