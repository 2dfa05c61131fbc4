/** The year plan as a readable A4 PDF: summary, seats, time per month with a bar chart, teams, pathways. */
import type { Language } from '@shared/contract/common';
import type { YearPlan } from '@shared/contract/planning/year-plan';
import { formatNumber, reportWords, type ReportWords } from './labels';
import { PdfReport } from './pdf-layout';

type Fmt = { fte: (v: number) => string; int: (v: number) => string };

function seatsSection(report: PdfReport, plan: YearPlan, w: ReportWords, f: Fmt): void {
  report.heading(w.seats);
  report.paragraph(`${w.seatsAsOf} ${plan.asOf}.`);
  const columns = [
    { header: w.level, width: 80 },
    { header: w.groupType, width: 150 },
    { header: w.groups, width: 60, align: 'right' as const },
    { header: w.seatCount, width: 70, align: 'right' as const },
    { header: w.held, width: 70, align: 'right' as const },
    { header: w.vacant, width: 65, align: 'right' as const },
  ];
  const rows = plan.seats.rows.map((r) => [
    r.level === 'NATIONAL' ? w.national : w.regional,
    w.groupTypes[r.groupType],
    f.int(r.groups),
    f.int(r.seats),
    f.int(r.held),
    f.int(r.vacant),
  ]);
  const t = plan.seats.total;
  report.table(columns, rows, [w.total, '', '', f.int(t.seats), f.int(t.held), f.int(t.vacant)]);
}

function timeSection(report: PdfReport, plan: YearPlan, w: ReportWords, f: Fmt): void {
  report.heading(w.time);
  const months = plan.fte.months.map((m, i) => w.months[i] ?? m.month);
  report.paragraph(`${w.timeChart} (${w.fteUnit}). ${w.average}: ${f.fte(plan.fte.total.averageFte)} ${w.fteUnit}.`);
  report.barChart(months, plan.fte.total.fte, (v) => f.fte(v));
  const half = (from: number) => {
    const columns = [
      { header: w.groupType, width: 105 },
      ...months.slice(from, from + 6).map((m) => ({ header: m, width: 55, align: 'right' as const })),
      ...(from === 6 ? [{ header: w.average, width: 60, align: 'right' as const }] : []),
    ];
    const average = (v: number) => (from === 6 ? [f.fte(v)] : []);
    const rows = plan.fte.byGroupType.map((r) => [
      w.groupTypes[r.groupType],
      ...r.fte.slice(from, from + 6).map(f.fte),
      ...average(r.averageFte),
    ]);
    report.table(columns, rows, [w.total, ...plan.fte.total.fte.slice(from, from + 6).map(f.fte), ...average(plan.fte.total.averageFte)]);
  };
  half(0);
  half(6);
}

function teamsSection(report: PdfReport, plan: YearPlan, w: ReportWords, f: Fmt): void {
  report.heading(w.teams);
  const levels = plan.teams.byLevel.filter((c) => c.count > 0);
  if (levels.length === 0) {
    report.paragraph(w.noTeams);
    return;
  }
  const summary = [
    { header: w.activityLevel, width: 200 },
    { header: w.count, width: 80, align: 'right' as const },
    { header: w.plannedFte, width: 140, align: 'right' as const },
  ];
  const total = levels.reduce((s, c) => s + c.count, 0);
  report.table(
    summary,
    levels.map((c) => [w.levels[c.level], f.int(c.count), f.fte(c.plannedFte)]),
    [w.total, f.int(total), f.fte(plan.teams.plannedFte)],
  );
  const columns = [
    { header: w.team, width: 215 },
    { header: w.activityLevel, width: 100 },
    { header: w.plannedFte, width: 90, align: 'right' as const },
    { header: w.actualFte, width: 90, align: 'right' as const },
  ];
  const rows = levels.flatMap((c) => c.teams.map((t) => [t.name, w.levels[t.predominantLevel], f.fte(t.plannedFte), f.fte(t.actualFte)]));
  report.table(columns, rows);
  levelChanges(report, plan, w);
}

function levelChanges(report: PdfReport, plan: YearPlan, w: ReportWords): void {
  if (plan.teams.levelChangesInYear.length === 0) return;
  report.heading(w.levelChanges);
  const columns = [
    { header: w.team, width: 215 },
    { header: w.levelFrom, width: 100 },
    { header: w.levelTo, width: 100 },
    { header: w.date, width: 80 },
  ];
  report.table(
    columns,
    plan.teams.levelChangesInYear.map((c) => [c.name, w.levels[c.fromLevel], w.levels[c.toLevel], c.date]),
  );
}

function pathwaysSection(report: PdfReport, plan: YearPlan, w: ReportWords, f: Fmt): void {
  report.heading(w.pathways);
  report.paragraph(`${w.pathwayCount}: ${f.int(plan.pathways.pathwayCount)}.`);
  const columns = [
    { header: w.region, width: 175 },
    { header: w.started, width: 80, align: 'right' as const },
    { header: w.implemented, width: 80, align: 'right' as const },
    { header: w.implementation.IN_PROGRESS, width: 80, align: 'right' as const },
    { header: w.implementation.NOT_STARTED, width: 80, align: 'right' as const },
  ];
  const rows = plan.pathways.regions.map((r) => [
    `${r.name} (${r.code})`,
    f.int(r.started),
    f.int(r.implemented),
    f.int(r.counts.IN_PROGRESS),
    f.int(r.counts.NOT_STARTED),
  ]);
  report.table(columns, rows);
  if (plan.pathways.changesInYear.length > 0) {
    report.heading(w.pathwayChanges);
    const changeColumns = [
      { header: w.pathway, width: 240 },
      { header: w.region, width: 60 },
      { header: w.status, width: 110 },
      { header: w.date, width: 85 },
    ];
    report.table(
      changeColumns,
      plan.pathways.changesInYear.map((c) => [c.pathwayName, c.regionCode, w.implementation[c.status], c.date]),
    );
  }
}

export async function yearPlanPdf(plan: YearPlan, language: Language, created: Date): Promise<Buffer> {
  const w = reportWords(language);
  const f: Fmt = { fte: (v) => formatNumber(v, 2, language), int: (v) => String(v) };
  const title = `${w.title} ${plan.year} – ${plan.scope.name}`;
  const report = new PdfReport({ title, created });
  report.title(title, `${w.scope}: ${plan.scope.name} (${plan.scope.code}) · ${w.created} ${created.toISOString().slice(0, 10)}`);
  seatsSection(report, plan, w, f);
  timeSection(report, plan, w, f);
  teamsSection(report, plan, w, f);
  pathwaysSection(report, plan, w, f);
  return report.finish();
}
