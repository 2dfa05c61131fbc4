import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { startTestApp, tempDir } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

/** VGR with the example data, one VGR person on an NPO seat of VASTRA (10 %) and in RPT Stroke (20 %, HIGH). */
beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '14' });
  await api.ok('example:load', {});
  const person = await api.ok('persons:create', {
    name: 'Karin Sjödin',
    email: null,
    phone: null,
    regionCode: '14',
    organisationId: null,
    profession: 'Läkare',
    gender: 'FEMALE',
    notes: null,
  });
  const npo = await api.ok('groups:get', { id: (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Akut vård' }))[0]!.id });
  const seat = npo.seats.find((s) => s.healthcareRegionCode === 'VASTRA')!;
  await api.ok('memberships:create', {
    personId: person.id,
    groupId: npo.group.id,
    seatId: seat.id,
    role: 'MEMBER',
    startDate: '2026-01-01',
    endDate: null,
    allocationBp: 1000,
    status: 'DECIDED',
    notes: null,
  });
  const stroke = (await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null })).find((t) => t.name === 'RPT Stroke')!;
  await api.ok('memberships:create', {
    personId: person.id,
    groupId: stroke.groupId,
    seatId: null,
    role: 'MEMBER',
    startDate: '2026-07-01',
    endDate: null,
    allocationBp: 2000,
    status: 'DECIDED',
    notes: null,
  });
  const pathway = (await api.ok('pathways:list', { query: 'Sepsis' }))[0]!;
  await api.ok('pathways:set-implementation', {
    carePathwayId: pathway.id,
    regionCode: '14',
    status: 'IN_PROGRESS',
    decidedOn: '2026-02-01',
    startedOn: '2026-03-01',
  });
});
afterEach(() => app.opened.close());

function cellNumber(sheet: ExcelJS.Worksheet, row: number, column: number): number {
  const value = sheet.getRow(row).getCell(column).value;
  if (typeof value !== 'number') throw new Error(`not a number at ${row}:${column}: ${JSON.stringify(value)}`);
  return value;
}

describe('year plan', () => {
  it('sums seats, time per group type, teams by level and pathway progress', async () => {
    const plan = await api.ok('year-plan:get', { year: 2026 });
    expect(plan.scope).toMatchObject({ kind: 'REGION', code: '14', regionCodes: ['14'], healthcareRegionCodes: ['VASTRA'] });
    expect(plan.asOf).toBe('2026-11-23');
    const npo = plan.seats.rows.find((r) => r.level === 'NATIONAL' && r.groupType === 'NPO')!;
    expect(npo.held).toBe(1);
    expect(npo.seats).toBe(npo.groups);
    expect(plan.seats.total.vacant).toBe(plan.seats.total.seats - 1);
    expect(plan.fte.byGroupType.map((g) => g.groupType)).toEqual(['NPO', 'RPT']);
    expect(plan.fte.total.fte[0]).toBe(0.1);
    expect(plan.fte.total.fte[6]).toBe(0.3);
    expect(plan.fte.total.averageFte).toBe(Math.round(((1000 * 365 + 2000 * 184) / 365 / 10000) * 1000) / 1000);
    const high = plan.teams.byLevel.find((c) => c.level === 'HIGH')!;
    expect(high.count).toBe(10);
    expect(high.teams.find((t) => t.name === 'RPT Stroke')).toMatchObject({ plannedFte: 0.101, actualFte: 0.101 });
    expect(plan.pathways.regions).toEqual([expect.objectContaining({ code: '14', started: 1, implemented: 0 })]);
    expect(plan.pathways.changesInYear.map((c) => [c.status, c.date])).toEqual([
      ['DECIDED', '2026-02-01'],
      ['IN_PROGRESS', '2026-03-01'],
    ]);
    const past = await api.ok('year-plan:get', { year: 2025, scopeCode: 'VASTRA' });
    expect(past).toMatchObject({ asOf: '2025-12-31', scope: { kind: 'HEALTHCARE_REGION', regionCodes: ['13', '14'] } });
  });

  it('exports an .xlsx workbook whose re-opened numbers match the plan', async () => {
    const plan = await api.ok('year-plan:get', { year: 2026 });
    const file = await api.ok('year-plan:export-xlsx', { year: 2026, language: 'sv' });
    expect(file.fileName).toBe('samplan-arsplan-2026-14-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Översikt', 'Platser', 'Tid per månad', 'Team', 'Vårdförlopp']);
    const seats = workbook.getWorksheet('Platser')!;
    const totalRow = plan.seats.rows.length + 2;
    expect(seats.getRow(totalRow).getCell(1).value).toBe('Totalt');
    expect([cellNumber(seats, totalRow, 4), cellNumber(seats, totalRow, 5), cellNumber(seats, totalRow, 6)]).toEqual([
      plan.seats.total.seats,
      1,
      plan.seats.total.vacant,
    ]);
    const time = workbook.getWorksheet('Tid per månad')!;
    expect(time.getRow(1).getCell(2).value).toBe('jan 2026');
    const timeTotal = plan.fte.byGroupType.length + 2;
    expect(Array.from({ length: 12 }, (_, i) => cellNumber(time, timeTotal, i + 2))).toEqual(plan.fte.total.fte);
    expect(cellNumber(time, timeTotal, 14)).toBe(plan.fte.total.averageFte);
    expect(time.getRow(timeTotal).getCell(2).numFmt).toBe('0.000');
    const overview = workbook.getWorksheet('Översikt')!;
    expect(overview.getRow(4).getCell(2).value).toEqual(new Date('2026-11-23T00:00:00.000Z'));
    const english = await api.ok('year-plan:export-xlsx', { year: 2026, language: 'en' });
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(Buffer.from(english.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Seats', 'Time per month', 'Teams', 'Care pathways']);
  });

  it('exports a readable A4 PDF with headings, tables and chart figures (Swedish and English)', async () => {
    const plan = await api.ok('year-plan:get', { year: 2026 });
    const file = await api.ok('year-plan:export-pdf', { year: 2026, language: 'sv' });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = tempDir();
    const pdf = path.join(dir, file.fileName);
    fs.writeFileSync(pdf, bytes);
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Årsplan 2026 – Västra Götalandsregionen',
      'Platser',
      'Tid per månad (årsarbetskrafter)',
      'Team efter aktivitetsnivå',
      'Vårdförlopp',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Högintensiv');
    expect(text).toContain('RPT Stroke');
    expect(text).toContain(`${plan.fte.total.averageFte.toFixed(2).replace('.', ',')} åa`);
    expect(text).toMatch(/0,30/); // the July bar of the chart and the table
    const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const english = await api.ok('year-plan:export-pdf', { year: 2026, language: 'en' });
    const enPdf = path.join(dir, english.fileName);
    fs.writeFileSync(enPdf, Buffer.from(english.contentBase64, 'base64'));
    const enText = execFileSync('/usr/bin/pdftotext', ['-layout', enPdf, '-'], { encoding: 'utf8' });
    expect(enText).toContain('Teams by activity level');
    expect(enText).toContain('High intensity');
    expect(enText).toMatch(/0\.30/);
  });

  it('lists the activity-level changes of the year in the plan, the .xlsx and the PDF', async () => {
    const stroke = (await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null })).find((t) => t.name === 'RPT Stroke')!;
    await api.ok('teams:set-level', { groupId: stroke.groupId, level: 'LOW', effectiveDate: '2026-09-01', note: null });
    const plan = await api.ok('year-plan:get', { year: 2026 });
    expect(plan.teams.levelChangesInYear).toEqual([
      { groupId: stroke.groupId, name: 'RPT Stroke', date: '2026-09-01', fromLevel: 'HIGH', toLevel: 'LOW' },
    ]);
    expect((await api.ok('year-plan:get', { year: 2027 })).teams.levelChangesInYear).toEqual([]);
    const file = await api.ok('year-plan:export-xlsx', { year: 2026, language: 'sv' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Team')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Ändrade aktivitetsnivåer under året']);
    expect(rows).toContainEqual(['RPT Stroke', 'Högintensiv', 'Lågintensiv', new Date('2026-09-01T00:00:00.000Z')]);
    const pdfFile = await api.ok('year-plan:export-pdf', { year: 2026, language: 'sv' });
    const pdf = path.join(tempDir(), pdfFile.fileName);
    fs.writeFileSync(pdf, Buffer.from(pdfFile.contentBase64, 'base64'));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ändrade aktivitetsnivåer under året');
    expect(text).toMatch(/RPT Stroke\s+Högintensiv\s+Lågintensiv\s+2026-09-01/);
  });
});
