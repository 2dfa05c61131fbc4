/** The year plan as an .xlsx workbook: real numbers (FTE with three decimals) and real dates. */
import ExcelJS from 'exceljs';
import type { Language } from '@shared/contract/common';
import type { YearPlan } from '@shared/contract/planning/year-plan';
import { reportWords, type ReportWords } from './labels';

type Cell = string | number | Date | null;
type Column = { header: string; width: number; format?: string };

const FTE = '0.000';
const INTEGER = '0';
const DATE = 'yyyy-mm-dd';

const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], totalRow?: Cell[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const values of totalRow ? [...rows, totalRow] : rows) {
    const row = sheet.addRow(values);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.format && (typeof cell.value === 'number' || cell.value instanceof Date)) cell.numFmt = column.format;
    });
  }
  if (totalRow) sheet.getRow(rows.length + 2).font = { bold: true };
  return sheet;
}

function summarySheet(workbook: ExcelJS.Workbook, plan: YearPlan, w: ReportWords, created: Date): void {
  const sheet = workbook.addWorksheet(w.summary);
  sheet.columns = [{ width: 36 }, { width: 40 }];
  const rows: [string, Cell, string?][] = [
    [w.title, plan.year, INTEGER],
    [w.scope, `${plan.scope.name} (${plan.scope.code})`],
    [w.created, created, DATE],
    [w.seatsAsOf, excelDate(plan.asOf), DATE],
    [`${w.seats}: ${w.seatCount}`, plan.seats.total.seats, INTEGER],
    [`${w.seats}: ${w.held}`, plan.seats.total.held, INTEGER],
    [`${w.seats}: ${w.vacant}`, plan.seats.total.vacant, INTEGER],
    [`${w.time}: ${w.average}`, plan.fte.total.averageFte, FTE],
    [`${w.teams}: ${w.plannedFte}`, plan.teams.plannedFte, FTE],
    [w.pathwayCount, plan.pathways.pathwayCount, INTEGER],
  ];
  for (const [label, value, format] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (format) row.getCell(2).numFmt = format;
  }
}

function seatsSheet(workbook: ExcelJS.Workbook, plan: YearPlan, w: ReportWords): void {
  const columns: Column[] = [
    { header: w.level, width: 14 },
    { header: w.groupType, width: 22 },
    { header: w.groups, width: 10, format: INTEGER },
    { header: w.seatCount, width: 10, format: INTEGER },
    { header: w.held, width: 10, format: INTEGER },
    { header: w.vacant, width: 10, format: INTEGER },
  ];
  const rows = plan.seats.rows.map((r) => [
    r.level === 'NATIONAL' ? w.national : w.regional,
    w.groupTypes[r.groupType],
    r.groups,
    r.seats,
    r.held,
    r.vacant,
  ]);
  addTable(workbook, w.seats, columns, rows, [w.total, null, null, plan.seats.total.seats, plan.seats.total.held, plan.seats.total.vacant]);
}

function timeSheet(workbook: ExcelJS.Workbook, plan: YearPlan, w: ReportWords): void {
  const columns: Column[] = [
    { header: w.groupType, width: 22 },
    ...plan.fte.months.map((m, i) => ({ header: `${w.months[i] ?? m.month} ${m.month.slice(0, 4)}`, width: 10, format: FTE })),
    { header: w.average, width: 10, format: FTE },
  ];
  const rows = plan.fte.byGroupType.map((r) => [w.groupTypes[r.groupType], ...r.fte, r.averageFte]);
  addTable(workbook, w.sheetTime, columns, rows, [w.total, ...plan.fte.total.fte, plan.fte.total.averageFte]);
}

function teamsSheet(workbook: ExcelJS.Workbook, plan: YearPlan, w: ReportWords): void {
  const columns: Column[] = [
    { header: w.team, width: 40 },
    { header: w.activityLevel, width: 18 },
    { header: w.levelAtYearStart, width: 20 },
    { header: w.plannedFte, width: 16, format: FTE },
    { header: w.actualFte, width: 16, format: FTE },
  ];
  const rows = plan.teams.byLevel.flatMap((c) =>
    c.teams.map((t) => [t.name, w.levels[t.predominantLevel], w.levels[t.levelAtYearStart], t.plannedFte, t.actualFte]),
  );
  const sheet = addTable(workbook, w.sheetTeams, columns, rows, [w.total, null, null, plan.teams.plannedFte, plan.teams.actualFte]);
  if (plan.teams.levelChangesInYear.length === 0) return;
  sheet.addRow([]);
  sheet.addRow([w.levelChanges]).font = { bold: true };
  sheet.addRow([w.team, w.levelFrom, w.levelTo, w.date]).font = { bold: true };
  for (const c of plan.teams.levelChangesInYear) {
    const row = sheet.addRow([c.name, w.levels[c.fromLevel], w.levels[c.toLevel], excelDate(c.date)]);
    row.getCell(4).numFmt = DATE;
  }
}

function pathwaysSheet(workbook: ExcelJS.Workbook, plan: YearPlan, w: ReportWords): void {
  const columns: Column[] = [
    { header: w.region, width: 30 },
    { header: w.started, width: 12, format: INTEGER },
    { header: w.implemented, width: 12, format: INTEGER },
    { header: w.implementation.DECIDED, width: 12, format: INTEGER },
    { header: w.implementation.IN_PROGRESS, width: 12, format: INTEGER },
    { header: w.implementation.NOT_STARTED, width: 14, format: INTEGER },
  ];
  const rows = plan.pathways.regions.map((r) => [
    `${r.name} (${r.code})`,
    r.started,
    r.implemented,
    r.counts.DECIDED,
    r.counts.IN_PROGRESS,
    r.counts.NOT_STARTED,
  ]);
  const sheet = addTable(workbook, w.pathways, columns, rows);
  sheet.addRow([]);
  sheet.addRow([w.pathwayChanges]).font = { bold: true };
  for (const c of plan.pathways.changesInYear) {
    const row = sheet.addRow([c.pathwayName, c.regionCode, w.implementation[c.status], excelDate(c.date)]);
    row.getCell(4).numFmt = DATE;
  }
}

export async function yearPlanWorkbook(plan: YearPlan, language: Language, created: Date): Promise<Buffer> {
  const w = reportWords(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  workbook.created = created;
  workbook.modified = created;
  summarySheet(workbook, plan, w, created);
  seatsSheet(workbook, plan, w);
  timeSheet(workbook, plan, w);
  teamsSheet(workbook, plan, w);
  pathwaysSheet(workbook, plan, w);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
