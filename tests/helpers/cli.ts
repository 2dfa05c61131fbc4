import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './temp';

/** The bundled CLI (built by the integration project's globalSetup, tests/setup/build-bundles.ts). */
export const CLI_BUNDLE = path.join(PROJECT_ROOT, 'out', 'node', 'cli.js');

export type CliProcessResult = { code: number | null; stdout: string; stderr: string };

/** `npm run cli -- ARGS` as a real process (exit code, stdout, stderr), with plain node on the bundle. */
export function runCliProcess(args: string[], options: Omit<SpawnSyncOptions, 'encoding'> = {}): CliProcessResult {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, ...options, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
