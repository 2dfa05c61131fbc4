import ExcelJS from 'exceljs';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import sv from '../../src/renderer/src/i18n/sv.json';
import { balanceExport } from '../../src/renderer/src/views/balance/balance-export';
import { capacityExport } from '../../src/renderer/src/views/planning/capacity/capacity-export';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;
let t: TFunction;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '14' });
  await api.ok('example:load', {});
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false }, initAsync: false });
  t = i18n.t;
});
afterEach(() => app.opened.close());

async function readBack(file: { contentBase64: string }): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64').buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('exports of the capacity grid and the balance (.xlsx)', () => {
  it('writes every row of the capacity grid, persons and placeholders, with a real percentage per month', async () => {
    const grid = await api.ok('capacity:grid', { from: '2027-01', monthCount: 12, limit: 5000 });
    expect(grid.plannedRows).toBeGreaterThan(0);
    const file = await api.ok('lists:export-xlsx', capacityExport(grid, grid.rows, t, 'sv'));
    expect(file.fileName).toMatch(/^Kapacitet \d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await readBack(file);
    expect(sheet.name).toBe('Kapacitet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Person eller planerad rad', 'Slag', 'Organisation / Grupp']);
    expect(header.slice(3, 5)).toEqual(['jan 2027', 'feb 2027']);
    expect(header).toHaveLength(3 + 12 + 1);
    expect(sheet.rowCount).toBe(grid.totalRows + 1);

    const person = grid.rows.find((r) => r.placeholder === null && r.cells[0]!.bp > 0)!;
    const personRow = sheet.getRow(grid.rows.indexOf(person) + 2);
    expect(personRow.getCell(1).value).toBe(person.personName);
    expect(personRow.getCell(2).value).toBe('Person');
    expect(personRow.getCell(4).value).toBeCloseTo(person.cells[0]!.bp / 10_000, 6);
    expect(personRow.getCell(4).numFmt).toBe('0.00 %');

    const seat = grid.rows.find((r) => r.placeholder?.kind === 'SEAT')!;
    const seatRow = sheet.getRow(grid.rows.indexOf(seat) + 2);
    expect(seatRow.getCell(1).value).toBe(seat.placeholder!.groupName);
    expect(seatRow.getCell(2).value).toBe('Vakant plats – planerad');
    expect(seatRow.getCell(4).value).toBeCloseTo(seat.placeholder!.allocationBp / 10_000, 6);
    expect(seatRow.getCell(16).value).toBeCloseTo(seat.peakBp / 10_000, 6);
  });

  it('writes every dimension of the balance, one row per category, counts as numbers and shares as percentages', async () => {
    const balance = await api.ok('balance:get', {});
    const plain = (b: { key: string; label: string | null }) => b.label ?? b.key;
    const dimensions = [
      { title: 'Per region', buckets: balance.byRegion, labelOf: plain },
      { title: 'Per yrke', buckets: balance.byProfession, labelOf: plain },
    ];
    const file = await api.ok('lists:export-xlsx', balanceExport(dimensions, balance.asOf, t));
    expect(file.fileName).toMatch(/^Representationsbalans \d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await readBack(file);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Indelning', 'Kategori', 'Platser', 'Andel', 'Läget per']);
    expect(sheet.rowCount).toBe(balance.byRegion.length + balance.byProfession.length + 1);
    const first = balance.byRegion[0]!;
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Per region');
    expect(row.getCell(2).value).toBe(plain(first));
    expect(row.getCell(3).value).toBe(first.count);
    expect(row.getCell(4).value).toBeCloseTo(first.shareBp / 10_000, 6);
    expect(row.getCell(5).value).toEqual(new Date(`${balance.asOf}T00:00:00.000Z`));
  });
});
