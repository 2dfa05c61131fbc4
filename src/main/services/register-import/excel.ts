import type ExcelJS from 'exceljs';

/** exceljs takes about half a second to load: it is loaded on first use, not when the app or CLI starts. */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
