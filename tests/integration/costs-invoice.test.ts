/**
 * The invoice basis (fakturaunderlag) of Region Jämtland Härjedalen (23) from Norra: only the region's
 * shares of Norra's hostings (never its own contributions), the parties with organisation numbers, the
 * reference, instalments adding up to the total, and the same figures in the .xlsx and the PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { groupId, setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';
import { inSwedish } from '../helpers/worded';

let app: StartedApp;
let lifestyleShareOre = 0;
let lifestyleInvoicedOre = 0;

beforeAll(async () => {
  app = await startTestApp();
  await setUpSeed001(app);
  const { ok } = caller(app);
  const lifestyle = await ok('hostings:create', {
    groupId: await groupId(app, 'Levnadsvanor'),
    hostHealthcareRegionCode: 'NORRA',
    status: 'ACTIVE',
    startDate: '2024-01-01',
  });
  await ok('cost-items:create', {
    hostingId: lifestyle.hosting.id,
    year: 2024,
    kind: 'FIXED_AMOUNT',
    label: 'Analysstöd',
    amountOre: 10_000_000,
  });
  const report = await ok('cost-report:hosting', { hostingId: lifestyle.hosting.id, year: 2024, scenarioId: null });
  lifestyleShareOre = report.split?.shares.find((s) => s.regionCode === '23')?.shareOre ?? -1;
  lifestyleInvoicedOre = report.split?.shares.reduce((acc, s) => acc + s.shareOre, 0) ?? -1;
  // the region's own contribution is not something Norra invoices
  await ok('fixed-contributions:create', {
    regionCode: '23',
    year: 2024,
    recipient: 'RCC Norr',
    label: 'Årsavgift',
    amountOre: 195_000_000,
  });
});

afterAll(async () => {
  await app.opened.close();
});

const input = { regionCode: '23', hostHealthcareRegionCode: 'NORRA', year: 2024, instalments: 'quarterly' as const, budgetId: null };

describe('invoice basis', () => {
  it('holds only the region’s shares of the host’s hostings, with parties, reference and instalments', async () => {
    const basis = await caller(app).ok('invoice:get', input);
    expect(basis.reference).toBe('VÄRD-2024-NORRA-23');
    expect(basis.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(basis.recipient).toEqual({ code: '23', name: 'Region Jämtland Härjedalen', organisationNumber: '232100-0214' });
    expect(basis.sender).toEqual({ code: 'NORRA', name: 'Norra sjukvårdsregionen', organisationNumber: null });
    expect(basis.lines.map((l) => [l.hosting, l.amountOre])).toEqual([
      ['Endokrina sjukdomar', 34_917_800],
      ['Levnadsvanor', lifestyleShareOre],
    ]);
    expect(basis.lines[0]?.hostingInvoicedOre).toBe(237_556_800);
    expect(basis.lines[1]?.hostingInvoicedOre).toBe(lifestyleInvoicedOre);
    expect(basis.lines[0]?.populationYear).toBe(2023);
    expect(basis.lines[0]?.weights.map((w) => [w.regionCode, w.population])).toEqual([
      ['22', 242_148],
      ['23', 132_572],
      ['24', 278_729],
      ['25', 248_480],
    ]);
    expect(basis.totalOre).toBe(34_917_800 + lifestyleShareOre);
    expect(basis.instalments).toHaveLength(4);
    expect(basis.instalments.reduce((acc, i) => acc + i.amountOre, 0)).toBe(basis.totalOre);
    expect(basis.budget).toBeNull();
    // Norra has no organisation number of its own yet (Jämtland's comes with the reference data): the basis says so
    expect(basis.notes.map((n) => n.code)).toEqual(['NO_BUDGET', 'SENDER_NUMBER_MISSING']);
  });

  it('uses an organisation number entered in the settings, and refuses a malformed one', async () => {
    const { ok, raw } = caller(app);
    const rows = await ok('organisation-numbers:set', { code: 'NORRA', organisationNumber: '222000-0000' });
    expect(rows.find((r) => r.code === 'NORRA')).toMatchObject({ organisationNumber: '222000-0000', source: 'SETTING' });
    expect(rows.find((r) => r.code === '23')).toMatchObject({ organisationNumber: '232100-0214', source: 'REFERENCE' });
    expect(rows.find((r) => r.code === '25')).toMatchObject({ organisationNumber: null, source: null });
    const numbered = await ok('invoice:get', input);
    expect(numbered.sender.organisationNumber).toBe('222000-0000');
    expect(numbered.notes.map((n) => n.code)).not.toContain('SENDER_NUMBER_MISSING');
    const bad = await raw('organisation-numbers:set', { code: 'NORRA', organisationNumber: '2220000000' });
    expect(bad.ok).toBe(false);
    await ok('organisation-numbers:set', { code: 'NORRA', organisationNumber: null });
    expect((await ok('invoice:get', input)).sender.organisationNumber).toBeNull();
  });

  it('refuses an unknown region or host', async () => {
    const { raw } = caller(app);
    const region = await raw('invoice:get', { ...input, regionCode: '99' });
    expect(region.ok ? null : region.error.code).toBe('NOT_FOUND');
    const host = await raw('invoice:get', { ...input, hostHealthcareRegionCode: 'NOWHERE' });
    expect(inSwedish(host)).toBe('”NOWHERE” är ingen känd sjukvårdsregion.');
  });

  it('writes an xlsx with number cells and SUM formulas whose cached results are the totals', async () => {
    const file = await caller(app).ok('invoice:export-xlsx', { ...input, instalments: 'monthly', language: 'sv' });
    expect(file.fileName).toBe('fakturaunderlag-2024-norra-23.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Fakturaunderlag', 'Fördelningsnycklar']);
    const sheet = wb.getWorksheet('Fakturaunderlag');
    if (!sheet) throw new Error('no sheet');
    const formulas: { formula: string; result: unknown; row: number }[] = [];
    const byLabel = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row) => {
      byLabel.set(row.getCell(1).text, row);
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === 'object' && 'formula' in v)
          formulas.push({ formula: String(v.formula), result: v.result, row: row.number });
      });
    });
    expect(byLabel.get('Referens')?.getCell(2).value).toBe('VÄRD-2024-NORRA-23');
    expect(byLabel.get('Mottagare (betalande region)')?.getCell(2).value).toBe('Region Jämtland Härjedalen');
    expect(byLabel.get('Endokrina sjukdomar')?.getCell(6).value).toBe(349_178);
    expect(byLabel.get('Endokrina sjukdomar')?.getCell(6).numFmt).toBe('#,##0.00 "kr"');
    const total = (34_917_800 + lifestyleShareOre) / 100;
    expect(formulas).toHaveLength(2);
    expect(formulas.every((f) => f.result === total && /^SUM\(F\d+:F\d+\)$/.test(f.formula))).toBe(true);
    // the monthly instalments are twelve number cells adding up to the total
    const months: number[] = [];
    sheet.eachRow((row) => {
      if (/^2024-\d{2}$/.test(row.getCell(2).text)) months.push(Number(row.getCell(6).value));
    });
    expect(months).toHaveLength(12);
    expect(Math.round(months.reduce((a, b) => a + b, 0) * 100)).toBe(total * 100);
    const keys = wb.getWorksheet('Fördelningsnycklar');
    const keyFormulas: unknown[] = [];
    keys?.eachRow((row) => {
      const v = row.getCell(4).value;
      if (v !== null && typeof v === 'object' && 'formula' in v) keyFormulas.push(v.result);
    });
    expect(keyFormulas).toEqual([2_375_568, lifestyleInvoicedOre / 100]);
    expect(keyFormulas.every((r) => r !== undefined && r !== null)).toBe(true);
  });

  it('writes a PDF with parties, reference, total, instalments and page numbers', async () => {
    const file = await caller(app).ok('invoice:export-pdf', { ...input, language: 'sv' });
    const pdf = path.join(tempDir(), file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fakturaunderlag VÄRD-2024-NORRA-23');
    expect(text).toContain('232100-0214');
    expect(text).toContain('saknas – ange under Kostnadsparametrar');
    expect(text.replace(/\s+/g, ' ')).toContain('Avsändarens organisationsnummer saknas');
    expect(text).toMatch(/Endokrina sjukdomar[^\n]*349\s178,00\skr/);
    expect(text).toContain('2024-Q4');
    expect(text).toContain('Standardnyckel: efter befolkning per 31 december 2023');
    expect(text).not.toContain('Årsavgift');
    const pages = (text.match(/\f/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
  });

  it('invoices from the locked budget and names it with its checksum', async () => {
    const { ok } = caller(app);
    const budget = await ok('budget:lock', { year: 2024, name: 'Budget 2024', note: null, scenarioId: null });
    const basis = await ok('invoice:get', input);
    expect(basis.budget).toMatchObject({ id: budget.id, name: 'Budget 2024', revision: 1, sha256: budget.sha256, intact: true });
    expect(basis.notes.map((n) => n.code)).toEqual(['SENDER_NUMBER_MISSING']); // a locked budget: nothing else to check
    expect(basis.totalOre).toBe(34_917_800 + lifestyleShareOre);
  });
});
