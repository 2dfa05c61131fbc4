import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One line of the benchmark table. Null where a column does not apply. */
export type BenchRow = {
  operation: string;
  records: number | null;
  ms: number | null;
  rowsPerSecond: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  ratio: number | null;
  ratioOf: string | null;
  target: string | null;
  met: boolean | null;
  /** The 1-minute load average when the row was measured (rows are made right after their measurement). */
  loadAverage: number;
};

/** The machine's 1-minute load average, two decimals. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

export function row(operation: string, fields: Partial<Omit<BenchRow, 'operation'>>): BenchRow {
  return {
    operation,
    records: fields.records ?? null,
    ms: fields.ms ?? null,
    rowsPerSecond: fields.rowsPerSecond ?? null,
    p50Ms: fields.p50Ms ?? null,
    p95Ms: fields.p95Ms ?? null,
    ratio: fields.ratio ?? null,
    ratioOf: fields.ratioOf ?? null,
    target: fields.target ?? null,
    met: fields.met ?? null,
    loadAverage: fields.loadAverage ?? loadAverage(),
  };
}

const HEADERS = ['operation', 'records', 'ms', 'rows/s', 'p50 ms', 'p95 ms', 'ratio', 'target', 'met', 'load'];

function cells(r: BenchRow): string[] {
  const n = (v: number | null) => (v === null ? '' : v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  return [
    r.operation,
    n(r.records),
    n(r.ms),
    n(r.rowsPerSecond),
    n(r.p50Ms),
    n(r.p95Ms),
    r.ratio === null ? '' : `${n(r.ratio)} ${r.ratioOf ?? ''}`.trim(),
    r.target ?? '',
    r.met === null ? '' : r.met ? 'yes' : 'NO',
    r.loadAverage.toFixed(2),
  ];
}

/** The table as Markdown (printed, and pasted into README's Performance section). */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [`| ${HEADERS.join(' | ')} |`, `|${HEADERS.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${cells(r).join(' | ')} |`);
  return lines.join('\n');
}

/** Writes results.json with a fixed key order (objects are built in order; nothing is sorted at random). */
export function writeResults(file: string, results: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
