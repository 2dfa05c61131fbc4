import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { startRegionApp, type Api } from '../helpers/setup';

let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp());
});
afterEach(() => app.opened.close());

const input = {
  fileName: 'Vakanser',
  sheetName: 'Platser att tillsätta',
  columns: [
    { header: 'Grupp', format: 'text' as const },
    { header: 'Ledig från', format: 'date' as const },
    { header: 'Andel', format: 'percent' as const },
    { header: 'Dagar kvar', format: 'integer' as const },
  ],
  rows: [
    ['NPO Akut vård', '2027-01-01', 0.25, 26],
    ['=HYPERLINK("http://x","y")', null, null, null],
  ],
};

describe('lists:export-xlsx', () => {
  it('writes the list with real dates and numbers, text as text (never a formula), and today in the file name', async () => {
    const file = await api.ok('lists:export-xlsx', input);
    expect(file.fileName).toMatch(/^Vakanser \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64').buffer);
    const sheet = workbook.getWorksheet('Platser att tillsätta');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Grupp', 'Ledig från', 'Andel', 'Dagar kvar']);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('NPO Akut vård');
    expect(first.getCell(2).value).toEqual(new Date('2027-01-01T00:00:00.000Z'));
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(3).value).toBe(0.25);
    expect(first.getCell(3).numFmt).toBe('0.00 %');
    expect(first.getCell(4).value).toBe(26);
    const hostile = sheet.getRow(3).getCell(1);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.rowCount).toBe(3);
  });

  it('refuses a file name that could leave its folder, and a sheet name Excel cannot hold', async () => {
    for (const fileName of ['../x', 'a/b', '']) {
      const result = await api.raw('lists:export-xlsx', { ...input, fileName });
      expect(result.ok, fileName).toBe(false);
    }
    const result = await api.raw('lists:export-xlsx', { ...input, sheetName: 'a:b' });
    expect(result.ok).toBe(false);
  });
});
