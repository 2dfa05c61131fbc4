import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceBasis } from '../../src/shared/contract/cost/invoice';
import { runCliProcess } from '../helpers/cli';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';

/** A NORRA database with seed 001's hosting (Jämtland's share 349 178 kr), built through the channels, then closed. */
async function seededDatabase(): Promise<string> {
  const dir = tempDir();
  const app = await startTestApp({ dir });
  await setUpSeed001(app);
  await app.opened.close();
  return path.join(dir, 'samplan.db');
}

describe('CLI invoice', () => {
  let db = '';
  beforeAll(async () => {
    db = await seededDatabase();
  });

  it('prints the invoice basis in öre and writes the xlsx and the PDF', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'f.xlsx');
    const pdf = path.join(dir, 'f.pdf');
    const args = ['--db', db, 'invoice', '--region', '23', '--host', 'NORRA', '--year', '2024', '--instalments', 'monthly'];
    const result = runCliProcess([...args, '--xlsx', xlsx, '--pdf', pdf, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const basis = JSON.parse(result.stdout) as InvoiceBasis & { files: string[] };
    expect(basis.totalOre).toBe(34_917_800);
    expect(basis.lines.map((l) => [l.hosting, l.amountOre])).toEqual([['Endokrina sjukdomar', 34_917_800]]);
    expect(basis.instalments.map((i) => i.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`));
    // 34 917 800 / 12 = 2 909 816 rest 8: January–August get one öre more
    expect(basis.instalments.map((i) => i.amountOre)).toEqual([...Array(8).fill(2_909_817), ...Array(4).fill(2_909_816)]);
    expect(basis.files).toEqual([xlsx, pdf]);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Fakturaunderlag')?.getCell('B2').value).toBe('VÄRD-2024-NORRA-23');
    const text = runCliProcess(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Fakturaunderlag VÄRD-2024-NORRA-23');
    expect(text.stdout).toMatch(/Att fakturera totalt\s+349\u00A0178,00\u00A0kr/);
  });

  it('answers bad input with one Swedish line and exit 1', () => {
    const base = ['--db', db, 'invoice'];
    const cases: [string[], RegExp][] = [
      [['--region', '23', '--year', '2024'], /^--region, --host och --year krävs/],
      [['--region', 'JH', '--host', 'NORRA', '--year', '2024'], /^--region tar en regionkod med två siffror/],
      [['--region', '23', '--host', 'NORRA', '--year', '24'], /^--year tar ett år/],
      [['--region', '23', '--host', 'NORRA', '--year', '2024', '--instalments', 'weekly'], /^--instalments tar yearly, half-yearly/],
      [['--region', '23', '--host', 'NOWHERE', '--year', '2024'], /^”NOWHERE” är ingen känd sjukvårdsregion\.$/],
      [['--region', '99', '--host', 'NORRA', '--year', '2024'], /^”99” är ingen känd region\.$/],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess([...base, ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace(/^samplan: /, '')).toMatch(message);
    }
  });
});
