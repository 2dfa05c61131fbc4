import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { wordCostWarning } from '../../src/shared/messages/cost-warnings';
import { caller } from '../helpers/call';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';

let app: StartedApp;
const NO_SALARY =
  'Posten ”Sekreterare” i Endokrina sjukdomar är inte beräknad för 2024: ingen lön är angiven och ingen standardlön finns för sekreterare 2024 eller tidigare';

beforeAll(async () => {
  app = await startTestApp();
  const { hostingId } = await setUpSeed001(app);
  const { ok } = caller(app);
  await ok('cost-items:create', {
    hostingId,
    year: 2024,
    kind: 'STAFFED_ROLE',
    label: 'Sekreterare',
    role: 'SECRETARY',
    allocationBp: 2000,
  });
  await ok('fixed-contributions:create', { regionCode: '23', year: 2024, recipient: 'RCC Norr', label: 'Årsavgift', amountOre: 8_250_050 });
  await ok('costs:copy-year', { target: { kind: 'HOSTING', hostingId }, fromYear: 2024 });
});

afterAll(async () => {
  await app.opened.close();
});

/** Every cell's text of every sheet, and the formula cells without a cached number. */
async function workbook(contentBase64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const texts: string[] = [];
  let formulas = 0;
  for (const sheet of wb.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(cell.text);
        const value = cell.value;
        if (value !== null && typeof value === 'object' && 'formula' in value) formulas += 1;
      }),
    );
  }
  return { texts, formulas };
}

/**
 * The formula cells of the file's sheets without a cached value, read from the sheet XML itself: exceljs
 * reads a cached 0 back as no result, so its reader cannot tell a 0 from a missing value.
 */
function formulasWithoutCachedValue(contentBase64: string): string[] {
  const file = path.join(tempDir(), 'check.xlsx');
  fs.writeFileSync(file, Buffer.from(contentBase64, 'base64'));
  const xml = spawnSync('/usr/bin/unzip', ['-p', file, 'xl/worksheets/*.xml'], { encoding: 'utf8' }).stdout;
  const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g)].filter((m) => m[2]!.includes('<f>'));
  expect(cells.length).toBeGreaterThan(3);
  return cells.filter((m) => !/<v>-?\d+(\.\d+)?(E-?\d+)?<\/v>/.test(m[2]!)).map((m) => m[1]!);
}

function pdfText(contentBase64: string, name: string): string {
  const target = path.join(tempDir(), name);
  fs.writeFileSync(target, Buffer.from(contentBase64, 'base64'));
  return spawnSync('/usr/bin/pdftotext', [target, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}

describe('cost warnings in words', () => {
  it('carries codes with parameters that the shared catalogue words in Swedish and English', async () => {
    const report = await caller(app).ok('cost-report:year', { year: 2024 });
    const failed = report.hostings.flatMap((h) => h.warnings).find((w) => w.code === 'ITEM_FAILED');
    expect(failed?.params).toMatchObject({
      label: 'Sekreterare',
      hosting: 'Endokrina sjukdomar',
      year: 2024,
      reasonKey: 'costReason.noSalary',
    });
    expect(wordCostWarning('sv', failed!)).toBe(NO_SALARY);
    expect(wordCostWarning('en', failed!)).toMatch(
      /^The item “Sekreterare” of Endokrina sjukdomar is not costed for 2024: no salary is stated/,
    );
    const next = await caller(app).ok('cost-report:year', { year: 2025 });
    const assumed = next.hostings.flatMap((h) => h.warnings).find((w) => w.code === 'PO_ASSUMED');
    expect(wordCostWarning('sv', assumed!)).toBe(
      'PO-pålägg för 2025 saknas i parametrarna för Norra sjukvårdsregionen; pålägget för 2024 används.',
    );
  });

  it('shows the Swedish warnings in the xlsx, with a cached result for every formula and öre kept', async () => {
    for (const year of [2024, 2025]) {
      const file = await caller(app).ok('costs:export-xlsx', { year });
      const { texts, formulas } = await workbook(file.contentBase64);
      expect(formulas).toBeGreaterThan(3);
      expect(formulasWithoutCachedValue(file.contentBase64)).toEqual([]);
      expect(texts).toContain('Att kontrollera');
      if (year === 2024) expect(texts).toEqual(expect.arrayContaining([NO_SALARY, '82500.5']));
      else expect(texts.some((t) => t.startsWith('PO-pålägg för 2025 saknas'))).toBe(true);
      expect(texts.join('\n')).not.toMatch(/is not costed|is missing|PO_ASSUMED|ITEM_FAILED/);
    }
  });

  it('shows the Swedish warnings in the PDF, with öre and the UI name of fixed contributions', async () => {
    const file = await caller(app).ok('costs:export-pdf', { year: 2024 });
    const text = pdfText(file.contentBase64, file.fileName);
    expect(text).toContain('Att kontrollera');
    expect(text).toContain(NO_SALARY.replace(/\s+/g, ' '));
    expect(text.replace(/\u00A0/g, ' ')).toContain('82 500,50 kr');
    expect(text).toContain('Fast bidrag');
    expect(text).not.toMatch(/Fasta avgifter|Fast avgift|is not costed/);
  });
});
