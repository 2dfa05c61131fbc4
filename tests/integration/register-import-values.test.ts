/**
 * The register import keeps every value (#14): an .xlsx with Swedish headers ("Andel av heltid", "Fr.o.m."),
 * mixed share formats, misspelt groups, a bad share, a bad date and a duplicate row, imported through the
 * bundled CLI, creates exactly the persons and assignments it should, with the shares from the file and the
 * NPO members on their healthcare region's seats.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/shared/contract/register-import';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { startTestApp, tempDir } from '../helpers/temp';
import { inSwedish } from '../helpers/worded';

const HEADERS = ['Namn', 'E-post', 'Arbetsplats', 'Befattning', 'Grupp', 'Roll', 'Fr.o.m.', 'T.o.m.', 'Andel av heltid'];
type Cell = string | number | null;
const ROWS: Cell[][] = [
  ['Anna Berg', 'anna@x.se', 'Östersunds sjukhus', 'Överläkare', 'NPO Akut vård', 'Ledamot', '2026-01-01', null, '10 %'],
  ['Bo Dahl', 'bo@x.se', 'Östersunds sjukhus', 'Psykolog', 'NPO Psykisk hälsa', 'Ledamot', '2026-01-01', '2027-12-31', '0,25'],
  ['Cia Ek', 'cia@x.se', 'Hälsocentralen', 'Distriktsläkare', 'NPO Cancersjukdomar', 'Ordförande', '2026-02-01', null, '25%'],
  ['Dan Fors', 'dan@x.se', 'Östersunds sjukhus', 'Kardiolog', 'NPO Hjärt och kärlsjukdommar', 'Ledamot', '2026-01-01', null, 0.15],
  ['Eva Gran', 'eva@x.se', 'Östersunds sjukhus', 'Dietist', 'NPO Levnadsvanor', 'Ledamot', '2026-01-01', null, 'abc'],
  ['Anna Berg', 'anna@x.se', 'Östersunds sjukhus', 'Överläkare', 'NPO Akut vård', 'Ledamot', '2026-01-01', null, '10 %'],
  ['Fia Holm', 'fia@x.se', 'Östersunds sjukhus', 'Sjuksköterska', 'NPO Akutvårdsfrågor', 'Ledamot', '2026-01-01', null, '10 %'],
  [
    'Gun Is',
    'gun@x.se',
    'Hälsocentralen',
    'Geriatriker',
    'Nationellt programområde för äldres hälsa och palliativ vård',
    '',
    '2026-03-01',
    null,
    '25',
  ],
  ['Hugo Jo', 'hugo@x.se', 'Östersunds sjukhus', 'Läkare', 'NPO Tandvård', 'Ledamot', '1/3/2027', null, '10'],
];
/** Row 5 (Dan Fors): a percent-formatted cell holding 0.15. */
const PERCENT_CELL = { row: 5, column: 9 };

async function workbookFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Om filen').addRow(['Ledamöter i nationella grupper, Region Jämtland Härjedalen']);
  const sheet = workbook.addWorksheet('Ledamöter');
  sheet.addRow(HEADERS);
  for (const row of ROWS) sheet.addRow(row);
  sheet.getCell(PERCENT_CELL.row, PERCENT_CELL.column).numFmt = '0%';
  const file = path.join(dir, 'ledamoter.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

const EXPECTED = [
  ['Anna Berg', 'Akut vård', 'MEMBER', 1000, '2026-01-01', null, 'NORRA'],
  ['Bo Dahl', 'Psykisk hälsa', 'MEMBER', 2500, '2026-01-01', '2027-12-31', 'NORRA'],
  ['Cia Ek', 'Cancersjukdomar', 'CHAIR', 2500, '2026-02-01', null, 'NORRA'],
  ['Dan Fors', 'Hjärt- och kärlsjukdomar', 'MEMBER', 1500, '2026-01-01', null, 'NORRA'],
  ['Gun Is', 'Äldres hälsa och palliativ vård', 'MEMBER', 2500, '2026-03-01', null, 'NORRA'],
];

describe('register import keeps every value (CLI bundle)', () => {
  it(
    'creates exactly the persons and assignments of the file, with its shares, seated; bad rows rejected with reasons',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const db = path.join(dir, 's.db');
      expect(runCliProcess(['--db', db, 'init', '--region', '23']).code).toBe(0);
      const file = await workbookFile(dir);

      const result = runCliProcess(['--db', db, 'register', 'import', file, '--sheet', 'Ledamöter', '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as ImportReport;
      expect(report.sheets).toEqual(['Om filen', 'Ledamöter']);
      expect(report.mapping.find((m) => m.header === 'Andel av heltid')?.field).toBe('allocation');
      expect(report.counts).toMatchObject({
        rows: 9,
        personsToCreate: 5,
        membershipsToCreate: 5,
        duplicates: 1,
        rejected: 3,
        groupsToCreate: 0,
      });
      const byRow = new Map(report.rows.map((r) => [r.row, r]));
      expect(byRow.get(6)?.reason).toEqual({ code: 'badShare', params: { value: 'abc' } });
      expect(byRow.get(7)).toMatchObject({ kind: 'duplicate', reason: { code: 'sameAsRow', params: { row: 2 } } });
      expect(byRow.get(8)?.reason).toEqual({
        code: 'unknownNationalGroup',
        params: { value: 'NPO Akutvårdsfrågor', suggestion: 'NPO Akut vård' },
      });
      expect(byRow.get(10)?.reason).toEqual({ code: 'badDate', params: { value: '1/3/2027' } });
      expect(byRow.get(5)?.values).toMatchObject({ group: 'NPO Hjärt- och kärlsjukdomar', allocationBp: 1500, seat: 'NORRA' });
      expect(report.unknownGroups).toEqual([
        expect.objectContaining({ name: 'NPO Akutvårdsfrågor', creatable: false, willCreate: false, suggestion: 'NPO Akut vård' }),
      ]);

      const sqlite = new Database(db, { readonly: true });
      try {
        const saved = sqlite
          .prepare(
            `select p.name, g.name as grp, m.role, m.allocation_bp, m.start_date, m.end_date, s.healthcare_region_code as seat
             from memberships m join persons p on p.id = m.person_id join groups g on g.id = m.group_id
             left join seats s on s.id = m.seat_id where m.deleted_at is null order by p.name`,
          )
          .raw()
          .all();
        expect(saved).toEqual(EXPECTED);
        expect(sqlite.prepare('select count(*) from persons where deleted_at is null').pluck().get()).toBe(5);
        expect(
          sqlite.prepare('select count(*) from groups where created_at > (select min(created_at) from memberships)').pluck().get(),
        ).toBe(0);
      } finally {
        sqlite.close();
      }

      const again = JSON.parse(
        runCliProcess(['--db', db, 'register', 'import', file, '--sheet', 'Ledamöter', '--json']).stdout,
      ) as ImportReport;
      expect(again.counts).toMatchObject({ personsToCreate: 0, membershipsToCreate: 0, unchanged: 5, rejected: 3 });
      const human = runCliProcess(['--db', db, 'register', 'import', file, '--sheet', 'Ledamöter', '--dry-run']);
      expect(human.stdout).toMatch(/row 6 +rejected +Eva Gran – NPO Levnadsvanor \(Andelen ”abc” kan inte läsas/);
      expect(human.stdout).toMatch(/Menade du NPO Akut vård\?/);
    },
  );
});

describe('the import workbooks', () => {
  it('a template that imports as it is, and the rejected rows with their reasons in a new column', { timeout: 60_000 }, async () => {
    const app = await startTestApp();
    try {
      const api = caller(app);
      await api.ok('setup:complete', { ownerCode: '23' });
      const template = await api.ok('register:import-template', {});
      expect(template.fileName).toMatch(/^samplan-importmall-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const preview = await api.ok('register:import-preview', template);
      expect(preview.mapping.every((m) => m.field !== null)).toBe(true);
      expect(preview.rows).toEqual([
        expect.objectContaining({
          kind: 'create-membership',
          values: {
            name: 'Anna Exempelsson',
            group: 'NPO Akut vård',
            role: 'MEMBER',
            allocationBp: 1000,
            startDate: '2026-01-01',
            endDate: '2027-12-31',
            seat: 'NORRA',
          },
        }),
      ]);

      const file = await workbookFile(tempDir());
      const upload = {
        fileName: 'ledamoter.xlsx',
        contentBase64: fs.readFileSync(file).toString('base64'),
        sheet: 'Ledamöter',
      };
      const { sheet: _named, ...unnamed } = upload;
      const chosen = await api.ok('register:import-preview', unnamed);
      expect([chosen.sheet, chosen.counts.rows]).toEqual(['Ledamöter', 9]); // the cover sheet has no name column
      const cover = await api.raw('register:import-preview', { ...unnamed, sheet: 'Om filen' });
      expect(inSwedish(cover)).toMatch(/^Ingen namnkolumn hittades/);
      const rejected = await api.ok('register:import-rejected', {
        ...unnamed,
        reasons: { '6': 'Andelen ”abc” kan inte läsas', '10': 'Datumet' },
        reasonHeader: 'Orsak',
      });
      expect(rejected.fileName).toBe('ledamoter-avvisade.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(rejected.contentBase64, 'base64') as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Ledamöter')!;
      const rows = sheet
        .getSheetValues()
        .slice(1)
        .map((r) => (Array.isArray(r) ? r.slice(1) : []));
      expect(rows).toEqual([
        [...HEADERS, 'Orsak'],
        [
          'Eva Gran',
          'eva@x.se',
          'Östersunds sjukhus',
          'Dietist',
          'NPO Levnadsvanor',
          'Ledamot',
          '2026-01-01',
          '',
          'abc',
          'Andelen ”abc” kan inte läsas',
        ],
        ['Hugo Jo', 'hugo@x.se', 'Östersunds sjukhus', 'Läkare', 'NPO Tandvård', 'Ledamot', '1/3/2027', '', '10', 'Datumet'],
      ]);
    } finally {
      await app.opened.close();
    }
  });
});
