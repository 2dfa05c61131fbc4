import type { z } from 'zod';
import type { FileExport, yearPlanExportInputSchema } from '@shared/contract/planning/year-plan';
import { isoDay } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { yearPlanPdf } from '../../reports/year-plan-pdf';
import { yearPlanWorkbook } from '../../reports/year-plan-xlsx';
import { getYearPlan } from './year-plan';

type Input = z.output<typeof yearPlanExportInputSchema>;

function fileName(kind: 'xlsx' | 'pdf', input: Input, scopeCode: string, created: Date): string {
  const stem = input.language === 'en' ? 'year-plan' : 'arsplan';
  return `samplan-${stem}-${input.year}-${scopeCode}-${isoDay(created)}.${kind}`;
}

export async function exportYearPlanXlsx(ctx: ServiceContext, input: Input): Promise<FileExport> {
  const plan = await getYearPlan(ctx, input);
  const created = ctx.now();
  const buffer = await yearPlanWorkbook(plan, input.language, created);
  return { fileName: fileName('xlsx', input, plan.scope.code, created), contentBase64: buffer.toString('base64') };
}

export async function exportYearPlanPdf(ctx: ServiceContext, input: Input): Promise<FileExport> {
  const plan = await getYearPlan(ctx, input);
  const created = ctx.now();
  const buffer = await yearPlanPdf(plan, input.language, created);
  return { fileName: fileName('pdf', input, plan.scope.code, created), contentBase64: buffer.toString('base64') };
}
