/**
 * The invoice basis (fakturaunderlag) of a paying region from a host, assembled from a year report
 * (the current plan's or a locked budget's): one line per hosting of the host, its amount the region's
 * share of the split (the shares of a hosting add up to what the host invoices for it), the total the
 * sum of the lines, and the instalments of that total. Pure: the parties and the budget come in.
 */
import type { InvoiceBasis, InvoiceInput, InvoiceLine, InvoiceNote, InvoiceParty } from '@shared/contract/cost/invoice';
import type { HostingReport, YearReport } from '@shared/contract/cost/reports';
import { instalments, parseFraction } from '@shared/domain/costs';

export function invoiceReference(year: number, hostCode: string, regionCode: string): string {
  return `VÄRD-${year}-${hostCode}-${regionCode}`;
}

function populationYear(h: HostingReport): number | null {
  const years = (h.split?.trace.weights ?? []).map((w) => w.populationYearUsed).filter((y): y is number => y !== null);
  return years.length === 0 ? null : Math.max(...years);
}

function line(h: HostingReport, regionCode: string): InvoiceLine | null {
  const share = h.split?.shares.find((s) => s.regionCode === regionCode);
  if (!h.split || !share) return null;
  const weights = h.split.shares.map((s) => {
    const w = h.split?.trace.weights.find((x) => x.regionCode === s.regionCode);
    const exact = w ? parseFraction(w.weight) : null;
    return {
      regionCode: s.regionCode,
      regionName: s.regionName,
      weight: w?.weight ?? '0',
      weightPercent: exact ? (Number(exact.num) / Number(exact.den)) * 100 : 0,
      population: w?.population ?? null,
      shareOre: s.shareOre,
    };
  });
  return {
    hostingId: h.hostingId,
    hosting: h.groupName,
    hostingInvoicedOre: h.split.shares.reduce((acc, s) => acc + s.shareOre, 0),
    amountOre: share.shareOre,
    keyName: h.key.name,
    keyIsDefault: h.key.isDefault,
    keyKind: h.key.kind,
    populationYear: populationYear(h),
    weights,
  };
}

function notes(hostings: readonly HostingReport[], year: number): InvoiceNote[] {
  const result: InvoiceNote[] = [];
  for (const h of hostings) {
    if (h.parameters?.poAssumed)
      result.push({ code: 'PO_ASSUMED', hosting: h.groupName, year, usedYear: h.parameters.poYear, regions: [] });
    const fallback = h.split?.trace.weights.find((w) => w.populationFallback);
    if (fallback) {
      // name the regions that lack the wanted date, as the key and the split do
      const lacking = new Set(h.split?.trace.populationFallbacks.map((f) => f.regionCode));
      const regions = (h.split?.shares ?? []).filter((s) => lacking.has(s.regionCode)).map((s) => s.regionName);
      result.push({ code: 'POPULATION_FALLBACK', hosting: h.groupName, year: year - 1, usedYear: fallback.populationYearUsed, regions });
    }
  }
  return result;
}

export function invoiceBasis(parts: {
  report: YearReport;
  input: InvoiceInput;
  sender: InvoiceParty;
  recipient: InvoiceParty;
  budget: InvoiceBasis['budget'];
}): InvoiceBasis {
  const { report, input } = parts;
  const hostings = report.hostings.filter((h) => h.hostHealthcareRegionCode === input.hostHealthcareRegionCode);
  const included: HostingReport[] = [];
  const lines: InvoiceLine[] = [];
  for (const h of hostings) {
    const l = line(h, input.regionCode);
    if (l === null) continue;
    included.push(h);
    lines.push(l);
  }
  const totalOre = lines.reduce((acc, l) => acc + l.amountOre, 0);
  const extra: InvoiceNote[] = [];
  if (lines.length === 0) extra.push({ code: 'NO_LINES', hosting: null, year: input.year, usedYear: null, regions: [] });
  if (parts.budget === null) extra.push({ code: 'NO_BUDGET', hosting: null, year: input.year, usedYear: null, regions: [] });
  // an invoice basis without the parties' organisation numbers cannot be sent on: say so where it is checked
  if (parts.sender.organisationNumber === null)
    extra.push({ code: 'SENDER_NUMBER_MISSING', hosting: null, year: input.year, usedYear: null, regions: [] });
  if (parts.recipient.organisationNumber === null)
    extra.push({ code: 'RECIPIENT_NUMBER_MISSING', hosting: null, year: input.year, usedYear: null, regions: [] });
  return {
    reference: invoiceReference(input.year, input.hostHealthcareRegionCode, input.regionCode),
    year: input.year,
    period: { from: `${input.year}-01-01`, to: `${input.year}-12-31` },
    sender: parts.sender,
    recipient: parts.recipient,
    lines,
    totalOre,
    instalmentPlan: input.instalments,
    instalments: instalments(totalOre, input.instalments, input.year),
    budget: parts.budget,
    notes: [...extra, ...notes(included, input.year)],
  };
}
