/** A year's cost calculation as an A4 PDF report: summary, each hosting with items and split, the internal cost report per region. */
import type { Language } from '@shared/contract/common';
import type { HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import { costWords, money, percent, roundedOre, type CostReportWords } from './cost-labels';
import { PdfReport, type PdfColumn } from './pdf-layout';
import { wordCostWarning } from '@shared/messages/cost-warnings';

function summary(pdf: PdfReport, report: YearReport, w: CostReportWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(w.summary);
  if (report.hostings.length === 0) pdf.paragraph(w.noHostings);
  else {
    const columns: PdfColumn[] = [
      { header: w.hosting, width: 215, wrap: true },
      { header: w.host, width: 110, wrap: true },
      { header: w.status, width: 70 },
      { header: w.cost, width: 100, align: 'right' },
    ];
    const rows = report.hostings.map((h) => [h.groupName, w.hostName(h.hostHealthcareRegionCode), w.statuses[h.status], m(h.totalOre)]);
    pdf.table(columns, rows, [w.common.total, '', '', m(report.totals.hostingsOre)]);
  }
  const columns: PdfColumn[] = [
    { header: w.common.region, width: 155, wrap: true },
    { header: w.hostingShares, width: 85, align: 'right' },
    { header: w.representation, width: 85, align: 'right' },
    { header: w.contributions, width: 80, align: 'right' },
    { header: w.common.total, width: 90, align: 'right' },
  ];
  const rows = report.regions.map((r) => [
    `${r.regionName} (${r.regionCode})`,
    m(r.hostingOre),
    m(r.membershipsOre),
    m(r.fixedContributionsOre),
    m(r.totalOre),
  ]);
  const sum = (pick: (r: RegionReport) => number) => m(report.regions.reduce((acc, r) => acc + pick(r), 0));
  pdf.table(columns, rows, [
    w.common.total,
    sum((r) => r.hostingOre),
    sum((r) => r.membershipsOre),
    sum((r) => r.fixedContributionsOre),
    m(report.totals.regionsOre),
  ]);
}

function hosting(pdf: PdfReport, h: HostingReport, w: CostReportWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(`${h.groupName} – ${w.host} ${w.hostName(h.hostHealthcareRegionCode)}`);
  const po = h.parameters ? `; ${w.po} ${percent(h.parameters.poSurchargeBp, w.language)} (${h.parameters.poYear})` : '';
  pdf.paragraph(
    `${w.status}: ${w.statuses[h.status]}; ${w.period}: ${h.startDate} – ${h.endDate ?? w.open}; ${w.key}: ${w.keyKinds[h.key.kind]}${po}`,
  );
  const itemColumns: PdfColumn[] = [
    { header: w.item, width: 185, wrap: true },
    { header: w.kind, width: 80 },
    { header: w.share, width: 60, align: 'right' },
    { header: w.monthlySalary, width: 80, align: 'right' },
    { header: w.cost, width: 90, align: 'right' },
  ];
  const itemRows = h.lines.map((line) => {
    const t = line.trace;
    if (t.kind === 'FIXED_AMOUNT') return [line.label, w.kinds.FIXED_AMOUNT, '', '', m(line.costOre)];
    return [
      line.label,
      w.kinds.STAFFED_ROLE,
      percent(t.allocationBp, w.language),
      m(roundedOre(t.salary.monthlySalaryOre)),
      m(line.costOre),
    ];
  });
  pdf.table(itemColumns, itemRows, [w.common.total, '', '', '', m(h.totalOre)]);
  if (!h.split) return;
  const splitColumns: PdfColumn[] = [
    { header: w.common.region, width: 165, wrap: true },
    { header: w.population, width: 75, align: 'right' },
    { header: w.populationYear, width: 95, align: 'right' },
    { header: w.share, width: 160, align: 'right' },
  ];
  const splitRows = h.split.shares.map((s) => {
    const weight = h.split?.trace.weights.find((x) => x.regionCode === s.regionCode);
    return [
      `${s.regionName} (${s.regionCode})`,
      weight?.population?.toLocaleString('sv-SE') ?? '',
      String(weight?.populationYearUsed ?? ''),
      m(s.shareOre),
    ];
  });
  pdf.paragraph(`${w.split}: ${w.rounding} ${w.units[h.split.unit]}`);
  pdf.table(splitColumns, splitRows, [w.sumOfShares, '', '', m(h.split.roundedTotalOre)]);
}

function invoice(pdf: PdfReport, r: RegionReport, w: CostReportWords): void {
  const m = (ore: number) => money(ore, w.language);
  pdf.heading(`${w.invoiceBasis}: ${r.regionName} (${r.regionCode})`);
  const columns: PdfColumn[] = [
    { header: w.category, width: 90, wrap: true },
    { header: w.payee, width: 100, wrap: true },
    { header: w.item, width: 195, wrap: true },
    { header: w.amount, width: 110, align: 'right' },
  ];
  const rows = [
    ...r.hostingShares.map((s) => [w.payees.HOSTING, w.hostName(s.hostHealthcareRegionCode), s.groupName, m(s.shareOre)]),
    ...r.memberships.map((x) => [w.payees.OWN_STAFF, r.regionName, `${x.personName} – ${x.groupName}`, m(x.costOre)]),
    ...r.contributions.map((c) => [w.payees.CONTRIBUTION, c.recipient, c.label, m(c.amountOre)]),
  ];
  pdf.table(columns, rows, [w.common.total, '', '', m(r.totalOre)]);
}

export async function costPdf(
  report: YearReport,
  language: Language,
  created: Date,
  hostNames: Readonly<Record<string, string>>,
): Promise<Buffer> {
  const w = costWords(language, hostNames);
  const pdf = new PdfReport({ title: `${w.title} ${report.year}`, created, footer: w.common.page });
  const scope = report.scenario ? `${w.scenario}: ${report.scenario.name}` : w.plan;
  pdf.title(
    `${w.title} ${report.year}`,
    `${scope}${report.healthcareRegionCode ? ` – ${w.hostName(report.healthcareRegionCode)}` : ''}. ${w.common.created} ${created.toISOString().slice(0, 10)}`,
  );
  summary(pdf, report, w);
  for (const h of report.hostings) hosting(pdf, h, w);
  for (const r of report.regions) invoice(pdf, r, w);
  const warnings = [...report.warnings, ...report.hostings.flatMap((h) => h.warnings), ...report.regions.flatMap((r) => r.warnings)];
  if (warnings.length > 0) {
    pdf.heading(w.warnings);
    for (const line of [...new Set(warnings.map((x) => wordCostWarning(w.language, x)))]) pdf.paragraph(line);
  }
  return pdf.finish();
}
