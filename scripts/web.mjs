// `npm run web`: builds the renderer for browser mode and the Node bundles (scripts/build-node.mjs) when they
// are missing or older than the sources, then starts the browser-mode server (out/node/web.js) with plain node.
// Extra arguments (--port, --data-dir) are passed on; --rebuild rebuilds both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildNode, NODE_OUT_DIR } from './build-node.mjs';

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
await buildNode({ force: process.argv.includes('--rebuild') });
const args = process.argv.slice(2).filter((a) => a !== '--rebuild');
const server = spawnSync(process.execPath, [path.join(NODE_OUT_DIR, 'web.js'), ...args], { cwd: root, stdio: 'inherit' });
process.exit(server.status ?? 1);
