import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/shared/contract/register-import';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

const XLSX = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'register', 'messy.xlsx');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.code).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('CLI register import and export', () => {
  it('dry run, import with --create-groups, persons list and export', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const db = path.join(dir, 's.db');
    expect(cli(['--db', db, 'init', '--region', '23']).code).toBe(0);

    const dry = cli(['--db', db, 'register', 'import', XLSX, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as ImportReport;
    expect(preview).toMatchObject({ applied: false, counts: { rows: 14, toCreate: 6, duplicates: 1, rejected: 7 } });
    expect(preview.rows.find((r) => r.row === 8)).toMatchObject({
      kind: 'rejected',
      reason: { code: 'endBeforeStart', params: { start: '2025-06-01', end: '2025-01-01' } },
    });
    const human = cli(['--db', db, 'register', 'import', XLSX, '--create-groups']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/14 rows: 7 created, 0 updated, 0 unchanged, 1 duplicates, 6 rejected/);
    expect(human.stdout).toMatch(/row 7 +rejected +Karin Holm – Psykisk hälsa \(Datumet ”första januari 2025” kan inte läsas/);
    const listed = cli(['--db', db, 'persons', 'list', '--query', 'öberg', '--region', '23']);
    expect(listed.stdout).toMatch(/Åsa Öberg .* 35 %\n1 persons/);

    const out = path.join(dir, 'register.xlsx');
    const exported = cli(['--db', db, 'register', 'export', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Wrote 6 persons and 6 assignments/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Personer', 'Uppdrag']);
    expect(workbook.getWorksheet('Personer')!.rowCount).toBe(7);
  });

  it('exits non-zero with one line only when the file cannot be read at all', { timeout: 180_000 }, () => {
    const dir = tempDir();
    const db = path.join(dir, 's.db');
    expect(cli(['--db', db, 'init', '--region', '23']).code).toBe(0);
    expectOneLineError(
      cli(['--db', db, 'register', 'import', path.join(dir, 'none.xlsx')]),
      /^samplan: kan inte läsa .*none\.xlsx \(ENOENT\)$/,
    );
    const pdf = path.join(dir, 'a.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    expectOneLineError(cli(['--db', db, 'register', 'import', pdf]), /bara \.xlsx- och \.csv-filer/);
    expectOneLineError(cli(['--db', db, 'register', 'import', XLSX, '--map', 'Namn=nombre']), /Okänt fält ”nombre”/);
    expectOneLineError(cli(['--db', db, 'register', 'export', path.join(dir, 'x.csv')]), /döp filen till FIL\.xlsx/);
    const allRejected = path.join(dir, 'bad.csv');
    fs.writeFileSync(allRejected, 'Namn;Grupp;Från\nA;Akut vård;igår\n');
    const rejected = cli(['--db', db, 'register', 'import', allRejected, '--json']);
    expect(rejected.code).toBe(0);
    expect((JSON.parse(rejected.stdout) as ImportReport).counts).toMatchObject({ rows: 1, rejected: 1 });
  });
});
