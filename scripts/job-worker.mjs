// Builds the job worker (src/main/jobs/worker-entry.ts → out/node/job-worker.js) when it is missing or
// older than the sources: code run from source (`npm run cli`, `npm run web`, the E2E server) starts its
// jobs' worker threads from this bundle. Until the Node entries are bundled with the CLI and the server,
// `npm run cli`, scripts/web.mjs and the Playwright setup call it. Usable as a module or run directly.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'out', 'node', 'job-worker.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureJobWorker() {
  const src = Math.max(newestMtime(path.join(root, 'src', 'main')), newestMtime(path.join(root, 'src', 'shared')));
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= src) return out;
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'esbuild'),
    [
      'src/main/jobs/worker-entry.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      '--target=node20',
      '--alias:@shared=./src/shared',
      `--outfile=${out}`,
      '--log-level=warning',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureJobWorker();

export default ensureJobWorker;
