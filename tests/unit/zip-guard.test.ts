import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardZip, ZipRefusal, zipEntries } from '../../src/main/services/register-import/zip-guard';
import { storedPart, workbookParts, zipOf } from '../helpers/xlsx-files';

const BOUNDS = { maxEntries: 20, maxDecompressedBytes: 1024 * 1024 };

async function refusal(bytes: Buffer, bounds = BOUNDS): Promise<string> {
  try {
    await guardZip(bytes, bounds);
    return 'accepted';
  } catch (error) {
    return error instanceof ZipRefusal ? error.reason : String(error);
  }
}

describe('the zip guard of the spreadsheet import', () => {
  it('accepts a workbook exceljs writes, listing its parts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Personer').addRow(['Namn', 'E-post']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await refusal(bytes)).toBe('accepted');
    expect(zipEntries(bytes, BOUNDS).map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses too many parts or too many declared bytes as size', async () => {
    const parts = workbookParts();
    expect(await refusal(zipOf(parts), { ...BOUNDS, maxEntries: 3 })).toBe('size');
    expect(await refusal(zipOf(parts, () => 600 * 1024))).toBe('size');
  });

  it('refuses bytes hidden between the parts, a local header that disagrees, and a part that unpacks to less than stated', async () => {
    const zip = zipOf([storedPart('a.xml', '<a/>'), storedPart('b.xml', '<b/>')]);
    const firstEnd = 30 + 'a.xml'.length + 4;
    const hidden = Buffer.concat([zip.subarray(0, firstEnd), Buffer.from('XXXX'), zip.subarray(firstEnd)]);
    expect(await refusal(hidden)).toBe('shape');
    const renamed = Buffer.from(zip);
    renamed.write('c', 30);
    expect(await refusal(renamed)).toBe('shape');
    expect(await refusal(zipOf([storedPart('a.xml', '<a/>')], () => 3))).toBe('shape');
    expect(await refusal(Buffer.from('PK\u0003\u0004 not a zip at all'))).toBe('shape');
  });
});
