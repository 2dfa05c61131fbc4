/**
 * The invoice basis (fakturaunderlag) as an A4 PDF: parties with organisation numbers, reference,
 * period, basis (locked budget with its checksum, or the current plan), one line per hosting and the
 * total, each hosting's key with its weights, the instalments, notes; "Sida 1 av N" on every page.
 */
import type { InvoiceBasis, InvoiceLine } from '@shared/contract/cost/invoice';
import type { Language } from '@shared/contract/common';
import { money } from './cost-labels';
import { invoiceWords, partyNumber, type InvoiceWords } from './invoice-labels';
import { PdfReport, type PdfColumn } from './pdf-layout';

function percentText(value: number, language: Language): string {
  const text = value.toFixed(4);
  return `${language === 'sv' ? text.replace('.', ',') : text}\u00A0%`;
}

function head(pdf: PdfReport, b: InvoiceBasis, w: InvoiceWords): void {
  const rows: [string, string][] = [
    [w.reference, b.reference],
    [w.period, `${b.period.from} – ${b.period.to}`],
    [w.sender, b.sender.name],
    [w.organisationNumber, partyNumber(b.sender.organisationNumber, w)],
    [w.recipient, b.recipient.name],
    [w.organisationNumber, partyNumber(b.recipient.organisationNumber, w)],
    [w.basis, b.budget ? w.budget(b.budget.name, b.budget.revision, b.budget.lockedAt) : w.plan],
  ];
  pdf.facts(rows);
  if (b.budget) pdf.paragraph(`${w.checksum}: ${b.budget.sha256}`);
  pdf.paragraph(w.scope);
}

function lines(pdf: PdfReport, b: InvoiceBasis, w: InvoiceWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(w.toInvoice);
  if (b.lines.length === 0) pdf.paragraph(w.noLines);
  const columns: PdfColumn[] = [
    { header: w.hosting, width: 180 },
    { header: w.populationDate, width: 80 },
    { header: w.share, width: 70, align: 'right' },
    { header: w.hostingInvoiced, width: 80, align: 'right' },
    { header: w.amount, width: 85, align: 'right' },
  ];
  const rows = b.lines.map((l) => {
    const own = l.weights.find((x) => x.regionCode === b.recipient.code);
    return [
      l.hosting,
      l.populationYear === null ? '' : `${l.populationYear}-12-31`,
      percentText(own?.weightPercent ?? 0, w.language),
      m(l.hostingInvoicedOre),
      m(l.amountOre),
    ];
  });
  pdf.table(columns, rows, [w.total, '', '', '', m(b.totalOre)]);
}

function key(pdf: PdfReport, l: InvoiceLine, w: InvoiceWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(w.keyOf(l.hosting));
  pdf.paragraph(w.keyText(l.keyIsDefault ? null : l.keyName, l.keyKind, l.populationYear));
  const columns: PdfColumn[] = [
    { header: w.region, width: 200 },
    { header: w.population, width: 90, align: 'right' },
    { header: w.share, width: 90, align: 'right' },
    { header: w.amount, width: 115, align: 'right' },
  ];
  const rows = l.weights.map((x) => [
    `${x.regionName} (${x.regionCode})`,
    x.population === null ? '' : x.population.toLocaleString(w.language === 'sv' ? 'sv-SE' : 'en-GB'),
    percentText(x.weightPercent, w.language),
    m(x.shareOre),
  ]);
  pdf.table(columns, rows, [w.sumOfShares, '', '', m(l.hostingInvoicedOre)]);
}

function instalments(pdf: PdfReport, b: InvoiceBasis, w: InvoiceWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(w.instalments(b.instalmentPlan));
  const columns: PdfColumn[] = [
    { header: w.number, width: 40 },
    { header: w.period, width: 100 },
    { header: w.from, width: 100 },
    { header: w.to, width: 100 },
    { header: w.amount, width: 155, align: 'right' },
  ];
  const rows = b.instalments.map((i) => [String(i.number), i.period, i.from, i.to, m(i.amountOre)]);
  pdf.table(columns, rows, ['', w.sum, '', '', m(b.totalOre)]);
  pdf.paragraph(w.instalmentRule);
}

export async function invoicePdf(b: InvoiceBasis, language: Language, created: Date): Promise<Buffer> {
  const w = invoiceWords(language);
  const title = `${w.title} ${b.reference}`;
  const pdf = new PdfReport({ title, created, footer: (n, of) => `${b.reference} – ${w.page(n, of)}` });
  pdf.title(title, `${w.parties(b.sender.name, b.recipient.name, b.year)} ${w.created} ${created.toISOString().slice(0, 10)}`);
  head(pdf, b, w);
  lines(pdf, b, w);
  instalments(pdf, b, w);
  for (const l of b.lines) key(pdf, l, w);
  if (b.notes.length > 0) {
    pdf.heading(w.notesHeading);
    for (const n of b.notes) pdf.paragraph(w.note(n));
  }
  return pdf.finish();
}
