// `npm run web`: builds the renderer for browser mode when it is missing or older than the sources,
// then starts the browser-mode server. Extra arguments (--port, --data-dir) are passed on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureJobWorker } from './job-worker.mjs';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'out', 'web', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !fs.existsSync(built) || newestMtime(path.join(root, 'src')) > fs.statSync(built).mtimeMs;
if (stale || process.argv.includes('--rebuild')) {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
ensureJobWorker();
const args = process.argv.slice(2).filter((a) => a !== '--rebuild');
const server = spawnSync('npx', ['tsx', 'src/main/web/main.ts', ...args], { cwd: root, stdio: 'inherit' });
process.exit(server.status ?? 1);
