import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Builds the Node entries of the backend into out/node with esbuild (bundle, platform node, ESM,
 * packages external, @shared aliased): `backend.js` (the Node host's child, src/main/backend/node-entry.ts)
 * and `job-worker.js` beside it (src/main/jobs/worker-entry.ts, which the backend finds beside its bundle;
 * code run from source uses this one too). Run once per test run by tests/helpers/global-build.ts.
 */
export const NODE_ENTRIES = {
  backend: 'src/main/backend/node-entry.ts',
  'job-worker': 'src/main/jobs/worker-entry.ts',
} as const;

export const NODE_OUT_DIR = path.join(PROJECT_ROOT, 'out', 'node');

export function buildNodeEntries(outDir = NODE_OUT_DIR): { backend: string; jobWorker: string } {
  fs.mkdirSync(outDir, { recursive: true });
  const esbuild = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'esbuild');
  const entries = Object.entries(NODE_ENTRIES).map(([name, file]) => `${name}=${file}`);
  execFileSync(
    esbuild,
    [
      ...entries,
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      '--target=node20',
      `--alias:@shared=./src/shared`,
      `--outdir=${outDir}`,
      '--log-level=warning',
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return { backend: path.join(outDir, 'backend.js'), jobWorker: path.join(outDir, 'job-worker.js') };
}
