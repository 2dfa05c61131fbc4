import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median, round } from './measure';
import { row, type BenchRow } from './report';
import { BENCH_BUNDLE_DIR, PROJECT_ROOT } from './setup';

const RUNS = 11;
const WARMUP = 2;

/** Wall time of one whole process, from spawn to exit, in ms; throws when it fails. */
function processMs(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString('utf8').trim()}`);
  return ms;
}

/**
 * CLI start: `node out/node/cli.js --help` as a whole process against a bare `node -e ""`, taken
 * alternately (bare, CLI, bare, CLI …) so a change in the machine's load moves both; medians of RUNS.
 */
export function cliStart(rows: BenchRow[]): void {
  const cli = path.join(BENCH_BUNDLE_DIR, 'cli.js');
  const bare: number[] = [];
  const started: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const b = processMs(['-e', '']);
    const c = processMs([cli, '--help']);
    if (i < WARMUP) continue;
    bare.push(b);
    started.push(c);
  }
  const bareMs = median(bare);
  const cliMs = median(started);
  rows.push(row(`baseline: bare \`node -e ""\` start (median of ${RUNS}, alternating with the CLI)`, { ms: round(bareMs) }));
  const ratio = round(cliMs / bareMs, 2);
  rows.push(
    row(`CLI start: \`node out/node/cli.js --help\` as a whole process (median of ${RUNS})`, {
      ms: round(cliMs),
      ratio,
      ratioOf: '× bare node',
      target: '≤ 3 × bare node',
      met: ratio <= 3,
    }),
  );
}
