import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/shared/contract/register-import';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { logicalDump, PROJECT_ROOT, startTestApp } from '../helpers/temp';
import { inSwedish } from '../helpers/worded';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'register');
const file = (name: string) => ({ fileName: name, contentBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') });
const RPT = { name: 'RPT Diabetes fot', type: 'RPT' as const, level: 'REGIONAL' as const };

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

const kinds = (report: ImportReport) => Object.fromEntries(report.rows.map((r) => [r.row, r.kind]));
const reasonOf = (report: ImportReport, row: number) => report.rows.find((r) => r.row === row)?.reason;

describe('register import: messy.xlsx', () => {
  it('previews with the automatic Swedish mapping and exact counts, writing nothing', async () => {
    const before = logicalDump(app);
    const preview = await api.ok('register:import-preview', file('messy.xlsx'));
    expect(logicalDump(app)).toBe(before);
    expect(preview.sheet).toBe('Ledamöter');
    expect(preview.mapping.map((m) => m.field)).toEqual([
      'name',
      'email',
      'organisation',
      'profession',
      'group',
      'role',
      'startDate',
      'endDate',
      'allocation',
    ]);
    expect(preview.counts).toEqual({
      rows: 14,
      toCreate: 6,
      toUpdate: 0,
      unchanged: 0,
      duplicates: 1,
      rejected: 7,
      personsToCreate: 5,
      membershipsToCreate: 5,
      organisationsToCreate: 2,
      groupsToCreate: 0,
    });
    expect(kinds(preview)).toEqual({
      2: 'create-membership',
      3: 'create-membership',
      4: 'create-membership',
      5: 'create-membership',
      6: 'duplicate',
      7: 'rejected',
      8: 'rejected',
      9: 'rejected',
      10: 'create-membership',
      11: 'rejected',
      13: 'rejected',
      14: 'create-person',
      15: 'rejected',
      16: 'rejected',
    });
    expect(reasonOf(preview, 6)).toEqual({ code: 'sameAsRow', params: { row: 2 } });
    expect(reasonOf(preview, 7)).toEqual({ code: 'badDate', params: { value: 'första januari 2025' } });
    expect(reasonOf(preview, 8)).toEqual({ code: 'endBeforeStart', params: { start: '2025-06-01', end: '2025-01-01' } });
    expect(reasonOf(preview, 9)).toEqual({ code: 'unknownGroup', params: { value: 'RPT Diabetes fot' } });
    expect(reasonOf(preview, 11)).toEqual({ code: 'badEmail', params: { value: 'olle.fel@' } });
    expect(reasonOf(preview, 13)).toEqual({ code: 'unknownWord', params: { field: 'role', value: 'kaffekokare' } });
    expect(reasonOf(preview, 15)).toEqual({ code: 'nameMissing', params: {} });
    expect(reasonOf(preview, 16)?.code).toBe('shareOutOfRange');
    expect(preview.unknownGroups).toEqual([
      {
        name: 'RPT Diabetes fot',
        suggestedType: 'RPT',
        suggestedLevel: 'REGIONAL',
        rows: [9],
        willCreate: false,
        creatable: true,
        suggestion: null,
      },
    ]);
  });

  it('applies in one go: values, matched groups, audit entries; a second import changes nothing', async () => {
    const applied = await api.ok('register:import-apply', { ...file('messy.xlsx'), createGroups: [RPT], confirm: true });
    expect(applied.applied).toBe(true);
    expect(applied.counts).toMatchObject({
      rows: 14,
      toCreate: 7,
      rejected: 6,
      personsToCreate: 6,
      membershipsToCreate: 6,
      organisationsToCreate: 2,
      groupsToCreate: 1,
    });
    const asa = (await api.ok('persons:search', { query: 'Åsa Öberg', regionCode: null, includeEnded: false, limit: 10, offset: 0 })).rows;
    expect(asa).toHaveLength(1);
    const detail = await api.ok('persons:get', { id: asa[0]!.id });
    expect(detail).toMatchObject({
      email: 'asa.oberg@regionjh.se',
      regionCode: '23',
      organisationName: 'Östersunds sjukhus',
      profession: 'Läkare',
    });
    const byGroup = Object.fromEntries(detail.memberships.map((m) => [m.groupName, m]));
    expect(byGroup['Endokrina sjukdomar']).toMatchObject({
      role: 'MEMBER',
      startDate: '2025-01-01',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
    });
    expect(byGroup['Levnadsvanor']).toMatchObject({ role: 'CHAIR', startDate: '2024-01-01', allocationBp: 2500 });
    expect(detail.history.filter((h) => h.entity === 'persons').map((h) => h.action)).toEqual(['create']);
    const orgs = await api.ok('organisations:list', {});
    expect(orgs.map((o) => [o.name, o.type, o.personCount])).toEqual([
      ['Hälsocentralen Lit', 'OTHER', 2],
      ['Östersunds sjukhus', 'OTHER', 4],
    ]);
    const rpt = (await api.ok('groups:list', { type: 'RPT', level: null, query: 'diabetes' }))[0]!;
    expect(rpt).toMatchObject({ name: 'RPT Diabetes fot', level: 'REGIONAL', regionCode: '23', owner: '23', activeMembers: 1 });
    const audits = app.ctx.sqlite
      .prepare("SELECT entity, COUNT(*) AS n FROM audit_log WHERE action = 'create' GROUP BY entity ORDER BY entity")
      .all();
    expect(audits).toEqual([
      { entity: 'groups', n: 1 },
      { entity: 'memberships', n: 6 },
      { entity: 'organisations', n: 2 },
      { entity: 'persons', n: 6 },
    ]);

    const before = logicalDump(app);
    const again = await api.ok('register:import-apply', { ...file('messy.xlsx'), createGroups: [RPT], confirm: true });
    expect(again.counts).toMatchObject({
      rows: 14,
      toCreate: 0,
      toUpdate: 0,
      unchanged: 7,
      duplicates: 1,
      rejected: 6,
      personsToCreate: 0,
      groupsToCreate: 0,
    });
    expect(logicalDump(app)).toBe(before);
  });

  it('reads the allocation in every written form and the dates in every written form', async () => {
    await api.ok('register:import-apply', { ...file('messy.xlsx'), confirm: true });
    const rows = app.ctx.sqlite
      .prepare(
        'SELECT p.name, g.name AS grp, m.role, m.start_date, m.end_date, m.allocation_bp FROM memberships m JOIN persons p ON p.id = m.person_id JOIN groups g ON g.id = m.group_id ORDER BY p.name, g.name',
      )
      .all();
    expect(rows).toEqual([
      { name: 'Lars Ängström', grp: 'Levnadsvanor', role: 'PROCESS_LEADER', start_date: '2025-03-01', end_date: null, allocation_bp: 1000 },
      {
        name: 'Märta Åkesson',
        grp: 'Nationella primärvårdsrådet',
        role: 'MEMBER',
        start_date: '2024-07-01',
        end_date: null,
        allocation_bp: 1000,
      },
      { name: 'Åsa Öberg', grp: 'Endokrina sjukdomar', role: 'MEMBER', start_date: '2025-01-01', end_date: null, allocation_bp: 1000 },
      { name: 'Åsa Öberg', grp: 'Levnadsvanor', role: 'CHAIR', start_date: '2024-01-01', end_date: null, allocation_bp: 2500 },
      {
        name: 'Örjan Ärlig',
        grp: 'Endokrina sjukdomar',
        role: 'CO_OPTED',
        start_date: '2025-01-01',
        end_date: '2026-12-31',
        allocation_bp: 1000,
      },
    ]);
  });

  it('honours a given mapping and a named sheet', async () => {
    const ignored = await api.ok('register:import-preview', { ...file('messy.xlsx'), mapping: { Andel: 'ignore', Yrke: 'notes' } });
    expect(ignored.mapping.find((m) => m.header === 'Andel')).toEqual({ header: 'Andel', field: null, source: 'given' });
    expect(ignored.mapping.find((m) => m.header === 'Yrke')).toEqual({ header: 'Yrke', field: 'notes', source: 'given' });
    expect(ignored.counts.rejected).toBe(6); // row 16's 150 % is no longer read
    const missing = await api.raw('register:import-preview', { ...file('messy.xlsx'), mapping: { Forum: 'group' } });
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'VALIDATION',
      detail: { key: 'registerImport.unknownColumn', params: expect.objectContaining({ name: 'Forum' }) },
    });
    const notes = await api.raw('register:import-preview', { ...file('messy.xlsx'), sheet: 'Förklaring' });
    expect(inSwedish(notes)).toMatch(/Ingen namnkolumn hittades/);
    const none = await api.raw('register:import-preview', { ...file('messy.xlsx'), sheet: 'Blad9' });
    expect(inSwedish(none)).toMatch(/inget blad ”Blad9” \(bladen: Ledamöter, Förklaring\)/);
  });
});

describe('register import: CSV', () => {
  it('reads Windows-1252 with ; and Förnamn + Efternamn; exact counts on a fresh register', async () => {
    const preview = await api.ok('register:import-preview', file('messy.csv'));
    expect(preview.sheet).toBeNull();
    expect(preview.headers[0]).toBe('Förnamn');
    expect(preview.counts).toEqual({
      rows: 8,
      toCreate: 5,
      toUpdate: 0,
      unchanged: 0,
      duplicates: 1,
      rejected: 2,
      personsToCreate: 5,
      membershipsToCreate: 3,
      organisationsToCreate: 3,
      groupsToCreate: 0,
    });
    expect(kinds(preview)).toEqual({
      2: 'create-membership',
      3: 'create-person',
      4: 'create-membership',
      5: 'create-person',
      6: 'rejected',
      7: 'rejected',
      8: 'duplicate',
      9: 'create-membership',
    });
    expect(reasonOf(preview, 7)).toEqual({ code: 'unknownRegion', params: { value: 'Region Atlantis' } });
    await api.ok('register:import-apply', { ...file('messy.csv'), confirm: true });
    const greta = app.ctx.sqlite.prepare("SELECT profession, region_code FROM persons WHERE name = 'Greta Gran'").get();
    expect(greta).toEqual({ profession: 'Läkare – överläkare', region_code: '23' });
  });

  it('after the xlsx: updates the changed share, keeps the known person, imports the rest; then changes nothing', async () => {
    await api.ok('register:import-apply', { ...file('messy.xlsx'), confirm: true });
    const applied = await api.ok('register:import-apply', { ...file('messy.csv'), confirm: true });
    expect(applied.counts).toEqual({
      rows: 8,
      toCreate: 3,
      toUpdate: 1,
      unchanged: 1,
      duplicates: 1,
      rejected: 2,
      personsToCreate: 3,
      membershipsToCreate: 2,
      organisationsToCreate: 1,
      groupsToCreate: 0,
    });
    expect(applied.rows.find((r) => r.row === 2)).toMatchObject({
      kind: 'update-membership',
      reason: { code: 'changes', params: { allocationBp: 1000 } },
      values: { allocationBp: 1500 },
    });
    const updated = app.ctx.sqlite
      .prepare(
        "SELECT m.allocation_bp, m.version FROM memberships m JOIN persons p ON p.id = m.person_id WHERE p.email = 'asa.oberg@regionjh.se' AND m.role = 'MEMBER'",
      )
      .get();
    expect(updated).toEqual({ allocation_bp: 1500, version: 2 });
    const audit = app.ctx.sqlite
      .prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'update' AND entity = 'memberships'")
      .all() as { before_json: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json)).toMatchObject({ allocation_bp: 1000, version: 1 });
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ allocation_bp: 1500, version: 2 });
    const eva = app.ctx.sqlite
      .prepare("SELECT o.name FROM persons p JOIN organisations o ON o.id = p.organisation_id WHERE p.name = 'Eva Ekström'")
      .get();
    expect(eva).toEqual({ name: 'Primärvård Jämtland; Strömsund' });

    const before = logicalDump(app);
    const again = await api.ok('register:import-apply', { ...file('messy.csv'), confirm: true });
    expect(again.counts).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 5, duplicates: 1, rejected: 2 });
    expect(logicalDump(app)).toBe(before);
  });

  it('reads UTF-8 with BOM, commas and English headers and words', async () => {
    const applied = await api.ok('register:import-apply', { ...file('english.csv'), confirm: true });
    expect(applied.mapping.map((m) => m.field)).toEqual([
      'firstName',
      'lastName',
      'email',
      'organisation',
      'profession',
      'group',
      'role',
      'startDate',
      'endDate',
      'allocation',
      'gender',
      'notes',
    ]);
    expect(applied.counts).toEqual({
      rows: 5,
      toCreate: 4,
      toUpdate: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: 1,
      personsToCreate: 3,
      membershipsToCreate: 4,
      organisationsToCreate: 1,
      groupsToCreate: 0,
    });
    expect(reasonOf(applied, 6)).toEqual({ code: 'noSuchDate', params: { value: '2025-13-01' } });
    const rows = app.ctx.sqlite
      .prepare(
        'SELECT p.name, p.gender, g.name AS grp, m.role, m.allocation_bp FROM memberships m JOIN persons p ON p.id = m.person_id JOIN groups g ON g.id = m.group_id ORDER BY p.name, g.name',
      )
      .all();
    expect(rows).toEqual([
      { name: 'Jane Doe', gender: 'FEMALE', grp: 'Data och analys', role: 'MEMBER', allocation_bp: 1000 },
      { name: 'Jane Doe', gender: 'FEMALE', grp: 'Psykisk hälsa', role: 'VICE_CHAIR', allocation_bp: 1250 },
      { name: 'John Smith', gender: 'MALE', grp: 'Psykisk hälsa', role: 'CHAIR', allocation_bp: 2000 },
      { name: 'Sam Lee', gender: 'OTHER', grp: 'Psykisk hälsa', role: 'PATIENT_REPRESENTATIVE', allocation_bp: 0 },
    ]);
    const john = app.ctx.sqlite.prepare("SELECT notes FROM persons WHERE name = 'John Smith'").get();
    expect(john).toEqual({ notes: 'Chair since 2025, re-elected' });
  });
});

describe('register import: refused files change nothing', () => {
  it.each([
    ['binary renamed .csv', () => file('not-a-spreadsheet.csv'), /varken en textfil eller ett kalkylark/],
    [
      'an .xlsx that is not a workbook',
      () => ({ fileName: 'fake.xlsx', contentBase64: Buffer.from('Namn;E-post\nA;a@b.se').toString('base64') }),
      /ingen giltig \.xlsx-arbetsbok/,
    ],
    [
      'a zip that is not a workbook',
      () => ({ fileName: 'x.xlsx', contentBase64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64') }),
      /kan inte läsas som en Excel-arbetsbok/,
    ],
    ['wrong base64', () => ({ fileName: 'a.csv', contentBase64: 'not base64!' }), /Filens innehåll kunde inte läsas/],
    ['a PDF', () => ({ fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') }), /bara \.xlsx- och \.csv-filer/],
    [
      'no name column',
      () => ({ fileName: 'a.csv', contentBase64: Buffer.from('Grupp;Roll\nAkut vård;ledamot\n').toString('base64') }),
      /Ingen namnkolumn/,
    ],
  ])('%s', async (_name, input, pattern) => {
    const before = logicalDump(app);
    for (const channel of ['register:import-preview', 'register:import-apply'] as const) {
      const result = await api.raw(channel, channel === 'register:import-apply' ? { ...input(), confirm: true } : input());
      expect(!result.ok && result.error.code).toBe('VALIDATION');
      expect(inSwedish(result)).toMatch(pattern);
    }
    expect(logicalDump(app)).toBe(before);
  });

  it('a file whose every row is rejected writes nothing', async () => {
    const csv = 'Namn;Grupp;Från\nA;Akut vård;igår\n;Akut vård;2025-01-01\nB;Ingen sådan grupp;2025-01-01\n';
    const before = logicalDump(app);
    const result = await api.ok('register:import-apply', {
      fileName: 'bad.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
      confirm: true,
    });
    expect(result.counts).toMatchObject({ rows: 3, rejected: 3, toCreate: 0 });
    expect(logicalDump(app)).toBe(before);
  });

  it('apply needs confirm: true', async () => {
    const result = await api.raw('register:import-apply', file('messy.xlsx'));
    expect(!result.ok && result.error.code).toBe('VALIDATION');
  });
});

describe('register export', () => {
  it('writes Personer and Uppdrag with real dates and numbers, and reads back unchanged', async () => {
    await api.ok('register:import-apply', { ...file('messy.xlsx'), createGroups: [RPT], confirm: true });
    const exported = await api.ok('register:export', {});
    expect(exported).toMatchObject({ fileName: 'samplan-register-23-2026-11-23.xlsx', persons: 6, memberships: 6 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.contentBase64, 'base64').buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Personer', 'Uppdrag']);
    const uppdrag = workbook.getWorksheet('Uppdrag')!;
    const header = uppdrag.getRow(1);
    expect(header.getCell(1).value).toBe('Person');
    expect(header.font?.bold).toBe(true);
    expect(uppdrag.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(uppdrag.autoFilter).toBeTruthy();
    const rowOf = (name: string, group: string) =>
      uppdrag.getRows(2, uppdrag.rowCount - 1)!.find((r) => r.getCell(1).value === name && r.getCell(4).value === group)!;
    expect(uppdrag.getRow(2).getCell(1).value).toBe('Lars Ängström'); // Swedish order: Å and Ö come last
    const asa = rowOf('Åsa Öberg', 'Endokrina sjukdomar');
    expect(asa.getCell(1).value).toBe('Åsa Öberg');
    expect(asa.getCell(4).value).toBe('Endokrina sjukdomar');
    expect(asa.getCell(6).value).toBe('ledamot');
    expect(asa.getCell(8).value).toBeInstanceOf(Date);
    expect((asa.getCell(8).value as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(asa.getCell(10).value).toBe(0.1);
    expect(asa.getCell(10).numFmt).toBe('0%');
    expect(uppdrag.getColumn(4).width).toBeGreaterThan(10);

    const before = logicalDump(app);
    const back = await api.ok('register:import-apply', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
      sheet: 'Uppdrag',
      confirm: true,
    });
    expect(back.counts).toMatchObject({ rows: 6, unchanged: 6, toCreate: 0, toUpdate: 0, rejected: 0 });
    expect(logicalDump(app)).toBe(before);
  });
});
