import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { verifyPackageBytes } from '../src/main/services/packages/import-service';
import { ownersOfScope } from '../src/main/services/packages/export-selection';
import { generateDataset } from '../src/main/services/generator/generate-service';
import { rawInsert, rawSelectStringify } from './baseline';
import { cliStart } from './cli-start';
import { smallPackage } from './small-package';
import { financeEditViews } from './finance-edits';
import { firstCallsThroughBackend } from './first-calls';
import { call, median, packageExportJob, packageImportJob, round, sample, timed } from './measure';
import { markdownTable, row, writeResults, type BenchRow } from './report';
import { BENCH_BUNDLE_DIR, benchDir, closeApp, loadAverage, machine, openApp, PROJECT_ROOT, type OpenApp } from './setup';

/**
 * `npm run bench` (README, "Performance"): the baseline of this machine, then Samplan's operations on
 * the national dataset through the same handlers the UI calls, with ratios to the baseline and the
 * targets of issue #8. Prints a Markdown table and writes bench/results.json.
 */
const SEED = 1;
/** The exporting installation: the healthcare region with the most people, so its package is the largest. */
const EXPORTER = 'STOCKHOLM_GOTLAND';
/** The receiving installation (an empty database). */
const RECEIVER = 'NORRA';
const VIEW_RUNS = 20;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function perSecond(records: number, ms: number): number {
  return Math.round((records / ms) * 1000);
}

async function openAndGenerate(dir: string, rows: BenchRow[]) {
  const fresh = await sample(async (i) => closeApp(await openApp(path.join(dir, `fresh-${i}.db`), EXPORTER)), 3, 0);
  rows.push(row('open + migrate a new database (reference data, init)', { p50Ms: fresh.p50Ms, p95Ms: fresh.p95Ms }));
  const dbPath = path.join(dir, 'national.db');
  const target = await openApp(dbPath, EXPORTER);
  const generated = await timed(() => generateDataset(target.app.ctx, { scale: 'national', seed: SEED }));
  await closeApp(target);
  const summary = generated.value;
  rows.push(
    row('generate --scale national (one transaction)', {
      records: summary.totalRecords,
      ms: round(generated.ms),
      rowsPerSecond: perSecond(summary.totalRecords, generated.ms),
    }),
  );
  const reopen = await sample(async () => closeApp(await openApp(dbPath, null)), 3, 0);
  rows.push(row('open + migrate the national database', { p50Ms: reopen.p50Ms, p95Ms: reopen.p95Ms }));
  return { dbPath, summary };
}

async function exportPackage(national: OpenApp, rows: BenchRow[]) {
  const owners = ownersOfScope(national.app.ctx.conn, EXPORTER, 'healthcare-region', null);
  // both sides alike and alternately (select, export, select, export …): 2 warm-up pairs, then the median of 5
  let contentBase64 = '';
  let records = 0;
  let selectRows = 0;
  const selectMs: number[] = [];
  const exportMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const select = rawSelectStringify(national.app.ctx.sqlite, owners);
    const exported = await timed(() => packageExportJob(national.app, { scope: 'healthcare-region' }));
    contentBase64 = exported.value.contentBase64;
    records = exported.value.summary.totalRecords;
    selectRows = select.rows;
    if (i < 2) continue;
    selectMs.push(select.ms);
    exportMs.push(exported.ms);
  }
  const selectRate = perSecond(selectRows, median(selectMs));
  rows.push(
    row('baseline: SELECT + JSON.stringify of the same rows (median of 5, alternating with the export)', {
      records: selectRows,
      ms: round(median(selectMs)),
      rowsPerSecond: selectRate,
    }),
  );
  const exportedMs = round(median(exportMs));
  const rate = perSecond(records, exportedMs);
  const ratio = round(rate / selectRate, 2);
  rows.push(
    row(`export a full package (${EXPORTER}, healthcare-region scope, median of 5)`, {
      records,
      ms: exportedMs,
      rowsPerSecond: rate,
      ratio,
      ratioOf: '× select',
      target: '≥ 0.5 × select',
      met: ratio >= 0.5,
    }),
  );
  return contentBase64;
}

async function importPackage(dir: string, contentBase64: string, rows: BenchRow[]) {
  const pkg = await verifyPackageBytes(Buffer.from(contentBase64, 'base64'));
  const records = Object.values(pkg.manifest.counts).reduce((a, b) => a + b, 0);
  const inserts: number[] = [];
  const firsts: number[] = [];
  const agains: number[] = [];
  // alternately (raw insert, import, raw insert, import …), each on its own fresh database
  for (let i = 0; i < 3; i++) {
    const raw = await openApp(path.join(dir, `raw-insert-${i}.db`), RECEIVER);
    inserts.push(rawInsert(raw.app.ctx.sqlite, pkg.payload));
    await closeApp(raw);
    const receiver = await openApp(path.join(dir, `receiver-${i}.db`), RECEIVER);
    const first = await timed(() => packageImportJob(receiver.app, { contentBase64 }));
    if (first.value.status !== 'applied' || first.value.outcome?.totals.rejected !== 0)
      throw new Error(`the import did not apply cleanly: ${JSON.stringify(first.value.outcome?.totals)}`);
    firsts.push(first.ms);
    const again = await timed(() => packageImportJob(receiver.app, { contentBase64 }));
    if (again.value.status !== 'already-imported') throw new Error('the second import was not a no-op');
    agains.push(again.ms);
    await closeApp(receiver);
  }
  const insertMs = median(inserts);
  const insertRate = perSecond(records, insertMs);
  rows.push(
    row('baseline: prepared INSERTs of the same rows, one transaction (median of 3, alternating with the import)', {
      records,
      ms: round(insertMs),
      rowsPerSecond: insertRate,
    }),
  );
  const firstMs = median(firsts);
  const rate = perSecond(records, firstMs);
  const ratio = round(rate / insertRate, 2);
  rows.push(
    row('import it into an empty database (median of 3)', {
      records,
      ms: round(firstMs),
      rowsPerSecond: rate,
      ratio,
      ratioOf: '× insert',
      target: '≥ 0.25 × insert',
      met: ratio >= 0.25,
    }),
  );
  const againRatio = round(median(agains) / firstMs, 3);
  rows.push(
    row('import it again (no-op, median of 3)', {
      records,
      ms: round(median(agains)),
      ratio: againRatio,
      ratioOf: '× first import',
      target: '≤ 0.2 × first import',
      met: againRatio <= 0.2,
    }),
  );
}

/**
 * Memberships of persons of the exporting healthcare region that overlap 2026: a change to one of them
 * changes the grid asked about and the cost report of the largest region (the worst case for both).
 */
function changedMemberships(national: OpenApp): () => void {
  const sqlite = national.app.ctx.sqlite;
  const ids = sqlite
    .prepare(
      `SELECT m.id FROM memberships m JOIN persons p ON p.id = m.person_id
    WHERE p.region_code IN (SELECT region_code FROM healthcare_region_members WHERE healthcare_region_code = ?)
      AND m.deleted_at IS NULL AND m.start_date <= '2026-12-31' AND (m.end_date IS NULL OR m.end_date >= '2026-01-01') ORDER BY m.id`,
    )
    .pluck()
    .all(EXPORTER) as string[];
  const update = sqlite.prepare('UPDATE memberships SET allocation_bp = (allocation_bp + 500) % 10000, version = version + 1 WHERE id = ?');
  let next = 0;
  // a real edit each time (another membership, another share), as a coordinator's would be
  return () => void update.run(ids[(next++ * 7919) % ids.length]);
}

/**
 * The grid and the cost report are kept up to date from an in-memory mirror of the register
 * (src/main/read-model/register-mirror.ts) and the vacancy view remembers its last answer
 * (src/main/read-model/remembered.ts), so each is measured after a real change (the target is judged here),
 * repeated on unchanged data, and as the first call after opening (the mirror read from the file).
 */
async function views(national: OpenApp, rows: BenchRow[]) {
  const h = national.handlers;
  const change = changedMemberships(national);
  const view = (operation: string, target: number | null, s: { p50Ms: number; p95Ms: number }) =>
    rows.push(
      row(operation, {
        p50Ms: s.p50Ms,
        p95Ms: s.p95Ms,
        ...(target === null ? {} : { target: `p95 ≤ ${target} ms`, met: s.p95Ms <= target }),
      }),
    );
  const remembered: [string, number, (handlers: OpenApp['handlers']) => Promise<unknown>][] = [
    [
      `capacity grid, ${EXPORTER}, 12 months (first 200 rows)`,
      50,
      (hs) => call(hs, 'capacity:grid', { from: '2026-01', monthCount: 12, healthcareRegionCode: EXPORTER }),
    ],
    ['vacancy view (all national groups)', 50, (hs) => call(hs, 'vacancies:get', {})],
    ['cost report for 2026 (all healthcare regions)', 100, (hs) => call(hs, 'cost-report:year', { year: 2026 })],
  ];
  for (const [operation, target, fn] of remembered) {
    view(`${operation}, after a change`, target, await sample(() => fn(h), VIEW_RUNS, 2, change));
    view(`${operation}, repeated on unchanged data`, null, await sample(() => fn(h), VIEW_RUNS));
  }
  const queries = ['', 'anna', 'lindqvist', 'läkare', 'öberg'];
  view(
    'register search (first 100 of the matches)',
    50,
    await sample((i) => call(h, 'persons:search', { query: queries[i % queries.length]! }), VIEW_RUNS),
  );
}

function memory(dbPath: string, rows: BenchRow[]): void {
  const probe = spawnSync(process.execPath, [path.join(BENCH_BUNDLE_DIR, 'bench-rss-probe.js'), dbPath, EXPORTER], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (probe.status !== 0) throw new Error(`rss probe failed: ${probe.stderr}`);
  const { afterViewsMb } = JSON.parse(probe.stdout) as { afterOpenMb: number; afterViewsMb: number };
  rows.push(
    row('main-process memory, national database open, views run (RSS MB)', {
      records: afterViewsMb,
      target: '≤ 400 MB',
      met: afterViewsMb <= 400,
    }),
  );
}

/** What a step of the benchmark gets: the temp folder, the generated national database (open) and the rows so far. */
export type BenchContext = { dir: string; dbPath: string; national: OpenApp; rows: BenchRow[] };

/**
 * The steps after the dataset is generated, in order; each appends its rows. To add rows, add a step
 * (a finance-edit step can live in its own file and be listed here).
 */
const STEPS: [string, (bench: BenchContext) => Promise<void> | void][] = [
  ['export and import', async (b) => importPackage(b.dir, await exportPackage(b.national, b.rows), b.rows)],
  ['views', (b) => views(b.national, b.rows)],
  ['finance edits', (b) => financeEditViews(b.national, b.rows)],
  ['first calls after opening, through the backend process', (b) => firstCallsThroughBackend(b.national, b.rows)],
  ['memory', (b) => memory(b.dbPath, b.rows)],
];

/** `npm run bench -- --small-package`: only the small-package rows (no national dataset), for quick before/after figures. */
async function smallPackageOnly(): Promise<void> {
  const dir = benchDir();
  try {
    const rows: BenchRow[] = [];
    await smallPackage(dir, rows);
    process.stdout.write(`${markdownTable(rows)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- --first-calls`: the national dataset, then only the first-call rows (the relay's figures), not written to results.json. */
async function firstCallsOnly(): Promise<void> {
  const dir = benchDir();
  const loadBefore = loadAverage();
  try {
    const rows: BenchRow[] = [];
    log('opening, migrating and generating the national dataset');
    const { dbPath } = await openAndGenerate(dir, rows);
    const national = await openApp(dbPath, null);
    try {
      log('first calls after opening, through the backend process');
      const first = rows.length;
      await firstCallsThroughBackend(national, rows);
      process.stdout.write(`${markdownTable(rows.slice(first))}\n\n(load average ${loadBefore} → ${loadAverage()})\n`);
    } finally {
      await closeApp(national);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--small-package')) return smallPackageOnly();
  if (process.argv.includes('--first-calls')) return firstCallsOnly();
  const started = performance.now();
  const loadBefore = loadAverage();
  const dir = benchDir();
  const rows: BenchRow[] = [];
  try {
    log('CLI start');
    cliStart(rows);
    log('small package: preview and import through the backend');
    await smallPackage(dir, rows);
    log('opening, migrating and generating the national dataset');
    const { dbPath, summary } = await openAndGenerate(dir, rows);
    const national = await openApp(dbPath, null);
    try {
      for (const [name, step] of STEPS) {
        log(name);
        await step({ dir, dbPath, national, rows });
      }
    } finally {
      await closeApp(national);
    }
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      loadAverage: { before: loadBefore, after: loadAverage() },
      dataset: { scale: summary.scale, seed: summary.seed, counts: summary.counts, datasetSha256: summary.datasetSha256 },
      totalSeconds: round((performance.now() - started) / 1000),
      allMet: rows.every((r) => r.met !== false),
      rows,
    };
    writeResults(path.join(PROJECT_ROOT, 'bench', 'results.json'), results);
    process.stdout.write(
      `${markdownTable(rows)}\n\n${results.allMet ? 'Every target met' : 'SOME TARGETS MISSED'} in ${results.totalSeconds} s (load average ${loadBefore} → ${results.loadAverage.after}).\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
