/**
 * Electron fuses of a release build (docs/security.md):
 *
 *   npx tsx scripts/fuses.ts flip  <binary>          set RELEASE_FUSES in a packaged binary (before code signing)
 *   npx tsx scripts/fuses.ts check [<binary>] [--run] compare a binary's fuses with RELEASE_FUSES; --run also
 *                                                    proves ELECTRON_RUN_AS_NODE=1 cannot run a script
 *
 * Without a binary, `check` looks in the usual packaging output folders and says so in one line
 * when there is nothing to check (the Electron runtime cannot be downloaded on the build machine).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { flipFuseWire, FUSE_ORDER, fuseViolations, readFuseWire } from '../src/main/electron/fuses';

const OUTPUT_FOLDERS = ['release', 'dist', 'out/make', 'out/package'];
const BINARY_NAMES = new Set(['Samplan.exe', 'samplan', 'Samplan', 'Electron Framework']);

function findPackagedBinaries(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 6 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(full, depth + 1);
      else if (entry.isFile() && BINARY_NAMES.has(entry.name)) found.push(full);
    }
  };
  for (const folder of OUTPUT_FOLDERS) walk(path.join(root, folder), 0);
  return found;
}

/** ELECTRON_RUN_AS_NODE=1 must not turn the app into a Node interpreter (exit 42 would mean it did). */
function runsAsNode(binary: string): boolean {
  const child = spawnSync(binary, ['-e', 'process.exit(42)'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 20_000 });
  return child.status === 42;
}

function check(binary: string, run: boolean): boolean {
  const wire = readFuseWire(fs.readFileSync(binary));
  const problems = fuseViolations(wire);
  FUSE_ORDER.forEach((name, i) => process.stdout.write(`${name}: ${wire.states[i] ?? 'missing'}\n`));
  if (run && runsAsNode(binary)) problems.push('ELECTRON_RUN_AS_NODE=1 ran a script');
  for (const problem of problems) process.stderr.write(`fuses: ${binary}: ${problem}\n`);
  if (problems.length === 0) process.stdout.write(`fuses: ${binary}: release fuses are set\n`);
  return problems.length === 0;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  const run = rest.includes('--run');
  const binary = rest.find((arg) => !arg.startsWith('--'));
  if (command === 'flip') {
    if (!binary) throw new Error('flip needs the path of the packaged Electron binary');
    fs.writeFileSync(binary, flipFuseWire(fs.readFileSync(binary)));
    return check(binary, false) ? 0 : 1;
  }
  if (command !== 'check') throw new Error('usage: fuses.ts flip <binary> | check [<binary>] [--run]');
  const binaries = binary ? [binary] : findPackagedBinaries(process.cwd());
  if (binaries.length === 0) {
    process.stdout.write(`fuses: no packaged Samplan binary in ${OUTPUT_FOLDERS.join(', ')}; nothing to check\n`);
    return 0;
  }
  return binaries.map((b) => check(b, run)).every(Boolean) ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`fuses: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
