/** The register as an .xlsx workbook: sheet "Personer" (persons) and sheet "Uppdrag" (memberships). */
import type ExcelJS from 'exceljs';
import type { RegisterExport } from '@shared/contract/register-import';
import type { Gender, GroupType, MembershipRole, MembershipStatus, OrganisationType } from '@shared/domain/enums';
import { FULL_TIME_BASIS_POINTS } from '@shared/domain/enums';
import type { ServiceContext } from '../../lib/context';
import {
  GENDER_WORDS,
  GROUP_TYPE_WORDS,
  labelOf,
  ORGANISATION_TYPE_WORDS,
  ROLE_WORDS,
  STATUS_WORDS,
} from '../../domain/register-import/vocabulary';
import { requireOwner } from '../../repositories/records';
import { exportMembershipRows, exportPersonRows } from '../../repositories/register/export-rows';
import { isoDay } from '@shared/calendar';
import { seatLabel } from '../../domain/register-rules';
import { loadExcel } from './excel';

type Column = { header: string; width: number; date?: boolean; percent?: boolean };
type Cell = string | number | Date | null;

const PERSON_COLUMNS: Column[] = [
  { header: 'Namn', width: 28 },
  { header: 'E-post', width: 32 },
  { header: 'Telefon', width: 16 },
  { header: 'Region', width: 28 },
  { header: 'Arbetsplats', width: 30 },
  { header: 'Organisationstyp', width: 20 },
  { header: 'Yrke', width: 20 },
  { header: 'Kön', width: 8 },
  { header: 'Avslutad', width: 12, date: true },
  { header: 'Anteckning', width: 40 },
  { header: 'Ägare', width: 10 },
];
const MEMBERSHIP_COLUMNS: Column[] = [
  { header: 'Person', width: 28 },
  { header: 'E-post', width: 32 },
  { header: 'Arbetsplats', width: 30 },
  { header: 'Grupp', width: 36 },
  { header: 'Grupptyp', width: 16 },
  { header: 'Roll', width: 18 },
  { header: 'Plats', width: 18 },
  { header: 'Från', width: 12, date: true },
  { header: 'Till', width: 12, date: true },
  { header: 'Andel', width: 9, percent: true },
  { header: 'Status', width: 12 },
  { header: 'Ägare', width: 10 },
];

const excelDate = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00.000Z`));

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const values of rows) {
    const row = sheet.addRow(values);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.date && cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (column.percent && typeof cell.value === 'number')
        cell.numFmt = Math.round(cell.value * FULL_TIME_BASIS_POINTS) % 100 === 0 ? '0%' : '0.00%';
    });
  }
}

function personRows(ctx: ServiceContext): Cell[][] {
  const rows = exportPersonRows(ctx.conn);
  rows.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return rows.map((p) => [
    p.name,
    p.email,
    p.phone,
    p.region,
    p.organisation,
    p.organisation_type === null ? null : labelOf(ORGANISATION_TYPE_WORDS, p.organisation_type as OrganisationType),
    p.profession,
    p.gender === null ? null : labelOf(GENDER_WORDS, p.gender as Gender),
    excelDate(p.ended_on),
    p.notes,
    p.owner,
  ]);
}

function membershipRows(ctx: ServiceContext): Cell[][] {
  const rows = exportMembershipRows(ctx.conn);
  rows.sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'sv') || a.group_name.localeCompare(b.group_name, 'sv') || a.start_date.localeCompare(b.start_date),
  );
  return rows.map((m) => [
    m.name,
    m.email,
    m.organisation,
    m.group_name,
    labelOf(GROUP_TYPE_WORDS, m.type as GroupType),
    labelOf(ROLE_WORDS, m.role as MembershipRole),
    m.ordinal === null
      ? null
      : seatLabel(
          { healthcare_region_code: m.healthcare_region_code, region_code: m.region_code, ordinal: m.ordinal },
          m.seats_per_healthcare_region,
        ),
    excelDate(m.start_date),
    excelDate(m.end_date),
    m.allocation_bp / FULL_TIME_BASIS_POINTS,
    labelOf(STATUS_WORDS, m.status as MembershipStatus),
    m.owner,
  ]);
}

export async function exportRegister(ctx: ServiceContext): Promise<RegisterExport> {
  const owner = requireOwner(ctx.conn);
  const now = ctx.now();
  const persons = personRows(ctx);
  const memberships = membershipRows(ctx);
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Samplan';
  workbook.created = now;
  workbook.modified = now;
  addSheet(workbook, 'Personer', PERSON_COLUMNS, persons);
  addSheet(workbook, 'Uppdrag', MEMBERSHIP_COLUMNS, memberships);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: `samplan-register-${owner}-${isoDay(now)}.xlsx`,
    contentBase64: Buffer.from(buffer).toString('base64'),
    persons: persons.length,
    memberships: memberships.length,
  };
}
