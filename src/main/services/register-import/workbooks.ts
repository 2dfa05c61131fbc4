/** The import's own workbooks: the template to fill in, and the rejected rows of a file with their reasons. */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ImportFile, importRejectedSchema } from '@shared/contract/register-import';
import type { ServiceContext } from '../../lib/context';
import { hasNameHeaders } from '../../domain/register-import/headers';
import { isoDay } from '@shared/calendar';
import { loadExcel } from './excel';
import { readSpreadsheet } from './read-file';

type RejectedInput = z.output<typeof importRejectedSchema>;

/** The template's columns: each header is one the import recognises, with an example value. */
const TEMPLATE: readonly { header: string; width: number; example: string | number | Date; percent?: boolean; date?: boolean }[] = [
  { header: 'Namn', width: 26, example: 'Anna Exempelsson' },
  { header: 'E-post', width: 30, example: 'anna.exempelsson@example.org' },
  { header: 'Region', width: 24, example: 'Region Jämtland Härjedalen' },
  { header: 'Arbetsplats', width: 26, example: 'Östersunds sjukhus' },
  { header: 'Befattning', width: 18, example: 'Överläkare' },
  { header: 'Grupp', width: 30, example: 'NPO Akut vård' },
  { header: 'Roll', width: 16, example: 'Ledamot' },
  { header: 'Plats', width: 12, example: '' },
  { header: 'Fr.o.m.', width: 12, example: new Date('2026-01-01T00:00:00.000Z'), date: true },
  { header: 'T.o.m.', width: 12, example: new Date('2027-12-31T00:00:00.000Z'), date: true },
  { header: 'Andel av heltid', width: 16, example: 0.1, percent: true },
];

const GUIDE = [
  'Så fyller du i mallen',
  'En rad per uppdrag. En person utan grupp läggs in utan uppdrag.',
  'Namn krävs. Personer känns igen på e-post, annars på namn och arbetsplats.',
  'Grupp: gruppens namn, gärna med typ (NPO, NSG, RPT …). Nationella grupper skapas aldrig av en import.',
  'Roll: Ledamot, Ordförande, Vice ordförande, Processledare, Adjungerad, Ersättare, Sekreterare eller Patientrepresentant.',
  'Plats: lämna tom så får ledamoten en ledig plats i sin sjukvårdsregion, eller skriv platsen (t.ex. Norra).',
  'Datum skrivs 2026-01-01. Andel av heltid: 10 %, 10, 0,1 eller en procentformaterad cell.',
  'Rader som inte kan läsas avvisas med en orsak; inget värde ersätts i tysthet.',
];

async function toFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ImportFile> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, contentBase64: Buffer.from(buffer).toString('base64') };
}

export async function importTemplate(ctx: ServiceContext): Promise<ImportFile> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Samplan';
  const sheet = workbook.addWorksheet('Uppdrag', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const row = sheet.addRow(TEMPLATE.map((c) => c.example));
  TEMPLATE.forEach((c, i) => {
    if (c.percent) row.getCell(i + 1).numFmt = '0%';
    if (c.date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
  });
  const guide = workbook.addWorksheet('Instruktioner');
  guide.getColumn(1).width = 110;
  GUIDE.forEach((line, i) => {
    guide.addRow([line]).font = { bold: i === 0 };
  });
  return toFile(workbook, `samplan-importmall-${isoDay(ctx.now())}.xlsx`);
}

/** The rows the caller names, as the file has them, with the reason (worded by the caller) in a new last column. */
export async function rejectedRows(input: RejectedInput): Promise<ImportFile> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const { grid, sheet } = await readSpreadsheet(input.fileName, bytes, input.sheet, hasNameHeaders);
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Samplan';
  const out = workbook.addWorksheet(sheet ?? 'Avvisade rader', { views: [{ state: 'frozen', ySplit: 1 }] });
  out.addRow([...grid.headers, input.reasonHeader]).font = { bold: true };
  for (const row of grid.rows) {
    const reason = input.reasons[String(row.row)];
    if (reason !== undefined) out.addRow([...grid.headers.map((_, i) => row.cells[i] ?? ''), reason]);
  }
  out.columns.forEach((column) => (column.width = 20));
  out.getColumn(grid.headers.length + 1).width = 60;
  const base = input.fileName.replace(/\.[^.]*$/, '');
  return toFile(workbook, `${base}-avvisade.xlsx`);
}
