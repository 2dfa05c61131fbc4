/** Export channels: the year's calculation (plan or scenario) as .xlsx, PDF or CSV, returned as base64. */
import type { CostExportInput, ExportFile } from '@shared/contract/cost/exports';
import type { YearReport } from '@shared/contract/cost/reports';
import type { ServiceContext } from '../../lib/context';
import { healthcareRegionNames } from '../../repositories/costs/references';
import { costCsv } from '../../reports/cost-csv';
import { costPdf } from '../../reports/cost-pdf';
import { costWorkbook } from '../../reports/cost-xlsx';
import { yearCostReport } from './reports';

function fileName(report: YearReport, input: CostExportInput, extension: string): string {
  const base = input.language === 'en' ? 'hosting-costs' : 'vardskapskostnader';
  const scope = input.healthcareRegionCode ? `-${input.healthcareRegionCode.toLowerCase()}` : '';
  const scenario = report.scenario
    ? `-${report.scenario.name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`
    : '';
  return `${base}-${report.year}${scope}${scenario}.${extension}`;
}

async function report(ctx: ServiceContext, input: CostExportInput): Promise<YearReport> {
  return yearCostReport(ctx, { year: input.year, healthcareRegionCode: input.healthcareRegionCode, scenarioId: input.scenarioId });
}

export async function exportCostsXlsx(ctx: ServiceContext, input: CostExportInput): Promise<ExportFile> {
  const year = await report(ctx, input);
  const bytes = await costWorkbook(year, input.language, ctx.now(), healthcareRegionNames(ctx.conn));
  return {
    fileName: fileName(year, input, 'xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: bytes.toString('base64'),
  };
}

export async function exportCostsPdf(ctx: ServiceContext, input: CostExportInput): Promise<ExportFile> {
  const year = await report(ctx, input);
  const bytes = await costPdf(year, input.language, ctx.now(), healthcareRegionNames(ctx.conn));
  return { fileName: fileName(year, input, 'pdf'), mimeType: 'application/pdf', contentBase64: bytes.toString('base64') };
}

export async function exportCostsCsv(ctx: ServiceContext, input: CostExportInput): Promise<ExportFile> {
  const year = await report(ctx, input);
  const text = costCsv(year, input.language, healthcareRegionNames(ctx.conn));
  return {
    fileName: fileName(year, input, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}
