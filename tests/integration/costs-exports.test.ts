import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';

let app: StartedApp;

beforeAll(async () => {
  app = await startTestApp();
  await setUpSeed001(app);
  const { ok } = caller(app);
  await ok('fixed-contributions:create', {
    regionCode: '23',
    year: 2024,
    recipient: 'RCC Norr',
    label: 'Regionalt cancercentrum; årsavgift',
    amountOre: 195_000_050,
  });
});

afterAll(async () => {
  await app.opened.close();
});

function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } | null {
  const value = cell.value;
  return value !== null && typeof value === 'object' && 'formula' in value
    ? { formula: String(value.formula), result: value.result }
    : null;
}

describe('cost exports', () => {
  it('writes an xlsx with number cells, SUM formulas with cached results and an invoice basis per region', async () => {
    const file = await caller(app).ok('costs:export-xlsx', { year: 2024, healthcareRegionCode: 'NORRA' });
    expect(file.fileName).toBe('vardskapskostnader-2024-norra.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Sammanfattning',
      'Endokrina sjukdomar',
      'Intern kostnadsrapport 22',
      'Intern kostnadsrapport 23',
      'Intern kostnadsrapport 24',
      'Intern kostnadsrapport 25',
    ]);
    const hosting = wb.getWorksheet('Endokrina sjukdomar');
    if (!hosting) throw new Error('no hosting sheet');
    const shareRows: ExcelJS.Row[] = [];
    let sumRow: ExcelJS.Row | undefined;
    hosting.eachRow((row) => {
      const label = row.getCell(1).text;
      if (/^Region .* \(2[2-5]\)$/.test(label)) shareRows.push(row);
      if (label === 'Summa andelar') sumRow = row;
    });
    expect(shareRows.map((r) => r.getCell(5).value)).toEqual([637_788, 349_178, 734_137, 654_465]);
    expect(shareRows.every((r) => typeof r.getCell(5).value === 'number' && r.getCell(5).numFmt === '#,##0.00 "kr"')).toBe(true);
    const sum = sumRow ? formulaOf(sumRow.getCell(5)) : null;
    expect(sum).toEqual({ formula: `SUM(E${shareRows[0]?.number}:E${shareRows[3]?.number})`, result: 2_375_568 });
    const invoice = wb.getWorksheet('Intern kostnadsrapport 23');
    const values: unknown[] = [];
    invoice?.eachRow((row) => values.push(row.getCell(4).value));
    expect(values).toContain(349_178);
    expect(values).toContain(1_950_000.5);
    const total = values.map((v) => (v !== null && typeof v === 'object' && 'result' in v ? v.result : null)).find((r) => r !== null);
    expect(total).toBe(2_299_178.5);
    const summary = wb.getWorksheet('Sammanfattning');
    const formulas: string[] = [];
    summary?.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaOf(cell);
        if (f) formulas.push(`${f.formula}=${String(f.result)}`);
      }),
    );
    expect(formulas.some((f) => /^SUM\(B(\d+):D\1\)=2299178\.5$/.test(f))).toBe(true);
    expect(formulas.some((f) => f.endsWith('=2375568'))).toBe(true);
    // the host is named as the views name it, never by its code
    const texts: string[] = [];
    for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts).toContain('Norra sjukvårdsregionen');
    expect(texts).not.toContain('NORRA');
  });

  it('writes an A4 PDF whose text shows the split and the invoice basis', async () => {
    const file = await caller(app).ok('costs:export-pdf', { year: 2024 });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const target = path.join(tempDir(), file.fileName);
    fs.writeFileSync(target, bytes);
    const text = spawnSync('/usr/bin/pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).stdout.replace(/\u00A0/g, ' ');
    expect(text).toMatch(/Värdskapskostnader och finansiering 2024/);
    expect(text).toMatch(/Region Jämtland Härjedalen \(23\)\s+132 572\s+2023\s+349 178,00 kr/);
    expect(text).toMatch(/2 375 568,00 kr/);
    expect(text).toMatch(/Endokrina sjukdomar – Värd Norra sjukvårdsregionen/);
    expect(text).not.toMatch(/\bNORRA\b/);
    // names wrap onto more lines instead of being cut, and every page says which it is
    expect(text).not.toContain('…');
    expect(text).toMatch(/Värdskap\s+Norra\s+Endokrina sjukdomar\s+349 178,00 kr\s+sjukvårdsregionen/);
    expect(text).toMatch(/Sida 1 av \d+/);
    expect(text).toMatch(/Intern kostnadsrapport: Region Jämtland Härjedalen \(23\)/);
    expect(text).toMatch(/RCC Norr\s+Regionalt cancercentrum; årsavgift\s+1 950 000,50 kr/);
    const english = await caller(app).ok('costs:export-pdf', { year: 2024, language: 'en' });
    const enTarget = path.join(tempDir(), english.fileName);
    fs.writeFileSync(enTarget, Buffer.from(english.contentBase64, 'base64'));
    const enText = spawnSync('/usr/bin/pdftotext', [enTarget, '-'], { encoding: 'utf8' }).stdout;
    expect(enText).toMatch(/Internal cost report/);
    // a narrow column's header wraps ("Own representatives"), it is never cut
    expect(enText).not.toContain('…');
  });

  it('writes a CSV for Swedish Excel: BOM, semicolons, decimal comma', async () => {
    const file = await caller(app).ok('costs:export-csv', { year: 2024 });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Regionkod', 'Region', 'Kategori', 'Mottagare', 'Kostnadspost', 'Belopp (kr)']);
    expect(parsed.data).toContainEqual([
      '23',
      'Region Jämtland Härjedalen',
      'Värdskap',
      'Norra sjukvårdsregionen',
      'Endokrina sjukdomar',
      '349178,00',
    ]);
    expect(parsed.data).toContainEqual([
      '23',
      'Region Jämtland Härjedalen',
      'Fast bidrag',
      'RCC Norr',
      'Regionalt cancercentrum; årsavgift',
      '1950000,50',
    ]);
    const shares = parsed.data
      .slice(1)
      .filter((r) => r[2] === 'Värdskap')
      .map((r) => Number((r[5] ?? '').replace(',', '.')));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(2_375_568);
  });
});
