import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';
import { inSwedish } from '../helpers/worded';

/** SCB's table as PxWeb writes it: a title line, a blank line, the header with the year, one row per county. */
const SCB_CSV = [
  '"Folkmängden per region, 31 december"',
  '',
  '"region";"2024"',
  '"00 Riket";"10 587 710"',
  '"22 Västernorrlands län";"241 923"',
  '"25 Norrbottens län";"248 595"',
  '"Jämtlands län";"132839"',
  '"99 Okänt län";"5"',
].join('\r\n');

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

describe('populations channels', () => {
  it('lists regions and Halland’s parts, sets one figure with a stale check and refuses what is not a member', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    await ok('setup:complete', { ownerCode: 'NORRA' });
    const y2023 = await ok('populations:list', { year: 2023 });
    expect(y2023.filter((r) => r.healthcareRegionCode === null)).toHaveLength(21);
    expect(y2023.filter((r) => r.regionCode === '13').map((r) => r.healthcareRegionCode)).toEqual([null, 'SODRA', 'VASTRA']);

    const set = await ok('populations:set', { regionCode: '22', year: 2024, population: 241_923, version: null });
    expect(set).toMatchObject({ regionCode: '22', healthcareRegionCode: null, year: 2024, population: 241_923, version: 1 });
    const again = await raw('populations:set', { regionCode: '22', year: 2024, population: 1, version: null });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    const changed = await ok('populations:set', { regionCode: '22', year: 2024, population: 241_924, version: 1 });
    expect(changed.version).toBe(2);
    const stale = await raw('populations:set', { regionCode: '22', year: 2024, population: 2, version: 1 });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');

    const part = await ok('populations:set', {
      regionCode: '13',
      healthcareRegionCode: 'SODRA',
      year: 2024,
      population: 141_000,
      version: null,
    });
    expect(part).toMatchObject({ healthcareRegionCode: 'SODRA', population: 141_000 });
    const notMember = await raw('populations:set', { regionCode: '13', healthcareRegionCode: 'NORRA', year: 2024, population: 1 });
    expect(notMember.ok ? null : notMember.error.code).toBe('VALIDATION');
    expect(inSwedish(notMember)).toMatch(/ingår inte/);
    await app.opened.close();
  });

  it('a 2025 key uses 31 Dec 2024 for every member or, while one lacks it, 2023 for all with one warning', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    const { hostingId } = await setUpSeed001(app);
    await ok('cost-items:create', { hostingId, year: 2025, kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 10_000_050 });
    const before = await ok('cost-report:hosting', { hostingId, year: 2025, scenarioId: null });
    // 23 and 24 ship 31 Dec 2024, 22 and 25 do not: the whole key uses 2023
    expect(before.split?.trace).toMatchObject({ populationYearWanted: 2024, populationYearUsed: 2023 });
    expect(new Set(before.split?.trace.weights.map((w) => w.populationYearUsed))).toEqual(new Set([2023]));
    const warning = before.warnings.find((w) => w.code === 'POPULATION_FALLBACK');
    expect(warning?.params).toEqual({ wantedYear: 2024, usedYear: 2023, regions: 'Region Västernorrland, Region Norrbotten' });
    // shares equal the invoice: 100 000,50 kr is invoiced as 100 001 kr, the 0,50 kr stated
    expect(before.split).toMatchObject({ invoicedTotalOre: 10_000_100, roundingDifferenceOre: 50 });
    expect(before.split?.shares.reduce((a, s) => a + s.shareOre, 0)).toBe(10_000_100);

    const preview = await ok('populations:import', { fileName: 'folkmangd.csv', contentBase64: b64(SCB_CSV), year: null, apply: false });
    expect(preview.year).toBe(2024);
    expect(preview.applied).toBe(false);
    expect(preview.rows.map((r) => [r.regionCode, r.population, r.previous])).toEqual([
      ['22', 241_923, null],
      ['25', 248_595, null],
      ['23', 132_839, 132_839],
    ]);
    expect(preview.problems).toEqual([{ line: 8, key: 'populations.import.unknownRegion', params: { text: '99 Okänt län' } }]);
    expect((await ok('cost-report:hosting', { hostingId, year: 2025, scenarioId: null })).split?.trace.populationYearUsed).toBe(2023);

    await ok('populations:import', { fileName: 'folkmangd.csv', contentBase64: b64(SCB_CSV), year: null, apply: true });
    const after = await ok('cost-report:hosting', { hostingId, year: 2025, scenarioId: null });
    expect(after.split?.trace.weights.map((w) => [w.regionCode, w.population, w.populationYearUsed])).toEqual([
      ['22', 241_923, 2024],
      ['23', 132_839, 2024],
      ['24', 281_138, 2024],
      ['25', 248_595, 2024],
    ]);
    expect(after.warnings.map((w) => w.code)).not.toContain('POPULATION_FALLBACK');
    await app.opened.close();
  });

  it("sets Halland's two parts and its whole from its municipalities' rows, and refuses a county row that differs", async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    await ok('setup:complete', { ownerCode: 'SODRA' });
    const perKommun = (county: string) =>
      [
        '"Folkmängd per kommun, 31 december"',
        '"region";"2024"',
        '"0180 Stockholm";"988 943"',
        '"1380 Halmstad";"105 100"',
        '"1315 Hylte";"11 100"',
        '"1381 Laholm";"26 760"',
        '"1384 Kungsbacka";"85 100"',
        '"1383 Varberg";"68 100"',
        '"1382 Falkenberg";"48 186"',
        county,
      ].join('\r\n');
    const file = { fileName: 'kommuner.csv', contentBase64: b64(perKommun('')), year: null };
    const preview = await ok('populations:import', { ...file, apply: false });
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.regionCode, r.healthcareRegionCode, r.population, r.previous])).toEqual([
      ['13', null, 344_346, null],
      ['13', 'SODRA', 142_960, null],
      ['13', 'VASTRA', 201_386, null],
    ]);
    await ok('populations:import', { ...file, apply: true });
    const stored = (await ok('populations:list', { year: 2024 })).filter((r) => r.regionCode === '13');
    expect(stored.map((r) => [r.healthcareRegionCode, r.population])).toEqual([
      [null, 344_346],
      ['SODRA', 142_960],
      ['VASTRA', 201_386],
    ]);
    // a county row that is not the municipalities' sum: nothing of Halland's is taken, the problem named
    const differs = await ok('populations:import', {
      fileName: 'kommuner.csv',
      contentBase64: b64(perKommun('"13 Hallands län";"344 000"')),
      year: null,
      apply: false,
    });
    expect(differs.rows).toEqual([]);
    expect(differs.problems).toEqual([
      {
        line: 10,
        key: 'populations.import.partsDiffer',
        params: { regionCode: '13', region: 'Region Halland', whole: 344_000, sum: 344_346 },
      },
    ]);
    await app.opened.close();
  });

  it('shows on each population key the one date it uses for this year and next', async () => {
    const app = await startTestApp({ now: () => new Date('2025-03-01T10:00:00Z') });
    const { ok } = caller(app);
    await ok('setup:complete', { ownerCode: 'NORRA' });
    const key = await ok('allocation-keys:create', { name: 'Befolkning NORRA', kind: 'POPULATION', healthcareRegionCode: 'NORRA' });
    expect(key.populationDates).toEqual([
      { costYear: 2025, wantedYear: 2024, usedYear: 2023, missingRegionCodes: ['22', '25'] },
      { costYear: 2026, wantedYear: 2025, usedYear: 2023, missingRegionCodes: ['22', '23', '24', '25'] },
    ]);
    await ok('populations:set', { regionCode: '22', year: 2024, population: 241_923 });
    await ok('populations:set', { regionCode: '25', year: 2024, population: 248_595 });
    const [listed] = await ok('allocation-keys:list', { healthcareRegionCode: 'NORRA' });
    expect(listed?.populationDates[0]).toEqual({ costYear: 2025, wantedYear: 2024, usedYear: 2024, missingRegionCodes: [] });
    await app.opened.close();
  });

  it('reads an .xlsx table by county name, and refuses a year the table does not have in one Swedish line', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    await ok('setup:complete', { ownerCode: 'NORRA' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Folkmängd');
    sheet.addRow(['Folkmängd 31 december']);
    sheet.addRow(['Län', '2023', '2024']);
    sheet.addRow(['Västernorrlands län', 242_148, 241_923]);
    sheet.addRow(['Region Norrbotten', 248_480, 248_595]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await ok('populations:import', { fileName: 'scb.xlsx', contentBase64: content, year: 2023, apply: false });
    expect(preview.rows.map((r) => [r.regionCode, r.population, r.previous])).toEqual([
      ['22', 242_148, 242_148],
      ['25', 248_480, 248_480],
    ]);
    const missing = await raw('populations:import', { fileName: 'scb.xlsx', contentBase64: content, year: 2019, apply: false });
    expect(missing.ok ? null : missing.error.code).toBe('VALIDATION');
    expect(inSwedish(missing)).toBe('Tabellen har ingen kolumn för 2019 (år i tabellen: 2023, 2024).');
    await app.opened.close();
  });
});

describe('CLI populations', () => {
  let db = '';
  let dir = '';
  beforeAll(async () => {
    dir = tempDir();
    const app = await startTestApp({ dir });
    await caller(app).ok('setup:complete', { ownerCode: 'NORRA' });
    await app.opened.close();
    db = path.join(dir, 'samplan.db');
  });

  it('lists a year with Halland’s parts as JSON', () => {
    const result = runCliProcess(['--db', db, 'populations', 'list', '--year', '2023', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as {
      regionCode: string;
      healthcareRegionCode: string | null;
      year: number;
      population: number;
    }[];
    expect(rows.find((r) => r.regionCode === '23' && r.healthcareRegionCode === null)).toMatchObject({ year: 2023, population: 132_572 });
    expect(rows.filter((r) => r.regionCode === '13').map((r) => r.healthcareRegionCode)).toEqual([null, 'SODRA', 'VASTRA']);
  });

  it('previews with --dry-run, imports, and refuses bad input with one Swedish line and exit 1', () => {
    const file = path.join(dir, 'folkmangd.csv');
    fs.writeFileSync(file, SCB_CSV);
    const dry = runCliProcess(['--db', db, 'populations', 'import', file, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ year: 2024, applied: false });
    expect(JSON.parse(runCliProcess(['--db', db, 'populations', 'list', '--year', '2024', '--json']).stdout)).not.toContainEqual(
      expect.objectContaining({ regionCode: '22' }),
    );
    const applied = runCliProcess(['--db', db, 'populations', 'import', file]);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Importerade 3 regioner, folkmängd 31 december 2024/);
    const listed = JSON.parse(runCliProcess(['--db', db, 'populations', 'list', '--year', '2024', '--json']).stdout) as {
      regionCode: string;
      population: number;
    }[];
    expect(listed.find((r) => r.regionCode === '22')?.population).toBe(241_923);

    const badYear = runCliProcess(['--db', db, 'populations', 'list', '--year', '24']);
    expect(badYear.code).toBe(1);
    expect(badYear.stderr.trim().split('\n')).toHaveLength(1);
    expect(badYear.stderr).toMatch(/--year tar ett år/);
    const noFile = runCliProcess(['--db', db, 'populations', 'import', path.join(dir, 'saknas.csv')]);
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toMatch(/kan inte läsas/);
  });
});
