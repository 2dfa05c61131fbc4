/**
 * The invoice basis (fakturaunderlag) of a paying region from a host, and the organisation numbers of
 * the parties (shipped reference numbers, overridden or completed in the settings; never guessed).
 */
import { z } from 'zod';
import type { ExportFile } from '@shared/contract/cost/exports';
import type {
  InvoiceBasis,
  InvoiceExportInput,
  InvoiceInput,
  InvoiceParty,
  OrganisationNumberRow,
  organisationNumberSetSchema,
} from '@shared/contract/cost/invoice';
import type { YearReport } from '@shared/contract/cost/reports';
import { refusal } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import { invoiceBasis } from '../../domain/cost-plan/invoice-basis';
import { invoicePdf } from '../../reports/invoice-pdf';
import { invoiceWorkbook } from '../../reports/invoice-xlsx';
import { readReferenceOrganisationNumbers } from '../../reference/organisation-numbers';
import { appendAuditEntry } from '../../repositories/audit';
import { latestBudget } from '../../repositories/costs/budgets';
import { liveHealthcareRegion, liveHealthcareRegions, liveRegion, liveRegions } from '../../repositories/regions';
import { readSetting, SETTING_KEYS, writeSetting } from '../../repositories/settings';
import { transaction } from '../../db/data';
import { getBudget } from './budgets';
import { yearCostReport } from './reports';
import { installationOwner } from './scope';

const storedNumbers = z.record(z.string(), z.string());

function enteredNumbers(ctx: ServiceContext): Record<string, string> {
  const text = readSetting(ctx.conn, SETTING_KEYS.organisationNumbers);
  if (text === null) return {};
  const parsed = storedNumbers.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

export async function listOrganisationNumbers(ctx: ServiceContext): Promise<OrganisationNumberRow[]> {
  const reference = readReferenceOrganisationNumbers(ctx.resourcesDir);
  const entered = enteredNumbers(ctx);
  const row = (code: string, name: string, kind: OrganisationNumberRow['kind']): OrganisationNumberRow => {
    const own = entered[code];
    const shipped = reference[code];
    if (own !== undefined) return { code, name, kind, organisationNumber: own, source: 'SETTING' };
    if (shipped !== undefined) return { code, name, kind, organisationNumber: shipped, source: 'REFERENCE' };
    return { code, name, kind, organisationNumber: null, source: null };
  };
  return Promise.resolve([
    ...liveHealthcareRegions(ctx.conn).map((h) => row(h.code, h.name, 'HEALTHCARE_REGION')),
    ...liveRegions(ctx.conn).map((r) => row(r.code, r.name, 'REGION')),
  ]);
}

export async function setOrganisationNumber(
  ctx: ServiceContext,
  input: z.output<typeof organisationNumberSetSchema>,
): Promise<OrganisationNumberRow[]> {
  if (!liveRegion(ctx.conn, input.code) && !liveHealthcareRegion(ctx.conn, input.code)) {
    throw refusal('NOT_FOUND', 'invoice.unknownOwner', { code: input.code });
  }
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const before = enteredNumbers(ctx);
    const after = { ...before };
    if (input.organisationNumber === null) delete after[input.code];
    else after[input.code] = input.organisationNumber;
    writeSetting(ctx.conn, SETTING_KEYS.organisationNumbers, JSON.stringify(after));
    const entry = { action: 'organisation-number:set', entity: 'settings', recordId: input.code, before: before[input.code] ?? null };
    appendAuditEntry(ctx.conn, { ...entry, after: input.organisationNumber }, ctx.actor, now);
  });
  return listOrganisationNumbers(ctx);
}

async function party(ctx: ServiceContext, code: string, name: string): Promise<InvoiceParty> {
  const rows = await listOrganisationNumbers(ctx);
  return { code, name, organisationNumber: rows.find((r) => r.code === code)?.organisationNumber ?? null };
}

/** The report to invoice from: the chosen or latest locked budget of the year, else the current plan. */
async function source(ctx: ServiceContext, input: InvoiceInput): Promise<{ report: YearReport; budget: InvoiceBasis['budget'] }> {
  let budgetId = input.budgetId;
  if (budgetId === null) {
    const owner = installationOwner(ctx.conn);
    budgetId = owner === null ? null : (latestBudget(ctx.conn, owner, input.year)?.id ?? null);
  }
  if (budgetId === null) {
    const report = await yearCostReport(ctx, { year: input.year, healthcareRegionCode: null, scenarioId: null, withLines: true });
    return { report, budget: null };
  }
  const { budget, report } = await getBudget(ctx, budgetId);
  if (budget.year !== input.year) throw refusal('VALIDATION', 'budget.wrongYear', { budgetYear: budget.year, year: input.year });
  const { id, name, revision, sha256, lockedAt, intact } = budget;
  return { report, budget: { id, name, revision, sha256, lockedAt, intact } };
}

export async function getInvoiceBasis(ctx: ServiceContext, input: InvoiceInput): Promise<InvoiceBasis> {
  const region = liveRegion(ctx.conn, input.regionCode);
  if (!region) throw refusal('NOT_FOUND', 'region.unknown', { code: input.regionCode });
  const host = liveHealthcareRegion(ctx.conn, input.hostHealthcareRegionCode);
  if (!host) throw refusal('NOT_FOUND', 'region.unknownHealthcare', { code: input.hostHealthcareRegionCode });
  const { report, budget } = await source(ctx, input);
  const sender = await party(ctx, host.code, host.name);
  const recipient = await party(ctx, region.code, region.name);
  return invoiceBasis({ report, input, sender, recipient, budget });
}

function invoiceFileName(b: InvoiceBasis, language: InvoiceExportInput['language'], extension: string): string {
  const base = language === 'en' ? 'invoice-basis' : 'fakturaunderlag';
  return `${base}-${b.year}-${b.sender.code.toLowerCase()}-${b.recipient.code}.${extension}`;
}

export async function exportInvoiceXlsx(ctx: ServiceContext, input: InvoiceExportInput): Promise<ExportFile> {
  const b = await getInvoiceBasis(ctx, input);
  const bytes = await invoiceWorkbook(b, input.language, ctx.now());
  return {
    fileName: invoiceFileName(b, input.language, 'xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: bytes.toString('base64'),
  };
}

export async function exportInvoicePdf(ctx: ServiceContext, input: InvoiceExportInput): Promise<ExportFile> {
  const b = await getInvoiceBasis(ctx, input);
  const bytes = await invoicePdf(b, input.language, ctx.now());
  return { fileName: invoiceFileName(b, input.language, 'pdf'), mimeType: 'application/pdf', contentBase64: bytes.toString('base64') };
}
