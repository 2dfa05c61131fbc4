import type { ListExportInput } from '@shared/contract/register-insights';
import { isoDay } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { listWorkbook } from '../../reports/list-xlsx';

/** Writes a list the user sees (vacancies, warnings …) as .xlsx; the file name gets today's date. */
export async function exportList(ctx: ServiceContext, input: ListExportInput): Promise<{ fileName: string; contentBase64: string }> {
  const created = ctx.now();
  const buffer = await listWorkbook(input, created);
  return { fileName: `${input.fileName} ${isoDay(created)}.xlsx`, contentBase64: buffer.toString('base64') };
}
