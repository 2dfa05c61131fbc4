/** One spreadsheet row → the person and optional membership it describes, or why it is refused. */
import type { ColumnMapping, ImportField } from '@shared/contract/register-import';
import type { Gender, GroupType, MembershipRole, MembershipStatus, OrganisationType } from '@shared/domain/enums';
import { collapseSpaces, lookupWord } from './normalize';
import type { Grid, GridRow } from './text';
import { parseDate, parseEmail, parsePercentage, parseRegion, type Parsed, type RegionRef } from './values';
import { GENDER_WORDS, GROUP_TYPE_WORDS, ORGANISATION_TYPE_WORDS, ROLE_WORDS, STATUS_WORDS } from './vocabulary';

export type PersonFields = {
  name: string;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  organisationType: OrganisationType | null;
  profession: string | null;
  regionCode: string | null;
  gender: Gender | null;
  notes: string | null;
};

export type MembershipFields = {
  group: string;
  groupType: GroupType | null;
  role: MembershipRole;
  startDate: string;
  endDate: string | null;
  /** Null: the default for the group type and role (or, for an existing membership, left as it is). */
  allocationBp: number | null;
  /** Null: DECIDED for a new membership, left as it is for an existing one. */
  status: MembershipStatus | null;
};

export type ParsedRow =
  | { row: number; ok: true; person: PersonFields; membership: MembershipFields | null }
  | { row: number; ok: false; name: string | null; group: string | null; reason: string };

export type RowOptions = { regions: readonly RegionRef[]; defaultRegionCode: string | null };

type Cells = (field: ImportField) => string;

class Rejection extends Error {}

function take<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Rejection(parsed.reason);
  return parsed.value;
}

function optional(text: string, max: number, label: string): string | null {
  const clean = collapseSpaces(text);
  if (clean.length > max) throw new Rejection(`${label} is longer than ${max} characters`);
  return clean === '' ? null : clean;
}

function word<T extends string>(table: Readonly<Record<T, readonly string[]>>, text: string, label: string): T | null {
  if (text.trim() === '') return null;
  const code = lookupWord(table, text);
  if (code === null) throw new Rejection(`unknown ${label} "${collapseSpaces(text)}"`);
  return code;
}

function nameOf(cell: Cells): string | null {
  const full = collapseSpaces(cell('name'));
  if (full !== '') return full;
  const combined = collapseSpaces(`${cell('firstName')} ${cell('lastName')}`);
  return combined === '' ? null : combined;
}

function parsePerson(cell: Cells, name: string, options: RowOptions): PersonFields {
  if (name.length > 200) throw new Rejection('the name is longer than 200 characters');
  const email = cell('email').trim();
  const region = cell('region').trim();
  return {
    name,
    email: email === '' ? null : take(parseEmail(email)),
    phone: optional(cell('phone'), 40, 'the phone number'),
    organisation: optional(cell('organisation'), 200, 'the organisation'),
    organisationType: word(ORGANISATION_TYPE_WORDS, cell('organisationType'), 'organisation type'),
    profession: optional(cell('profession'), 120, 'the profession'),
    regionCode: region === '' ? options.defaultRegionCode : take(parseRegion(region, options.regions)),
    gender: word(GENDER_WORDS, cell('gender'), 'gender'),
    notes: optional(cell('notes'), 4000, 'the note'),
  };
}

function parseMembership(cell: Cells): MembershipFields | null {
  const group = collapseSpaces(cell('group'));
  if (group === '') {
    const details = (['role', 'startDate', 'endDate', 'allocation'] as const).some((f) => cell(f).trim() !== '');
    if (details) throw new Rejection('a role, date or share is given without a group');
    return null;
  }
  if (group.length > 200) throw new Rejection('the group name is longer than 200 characters');
  const role = word(ROLE_WORDS, cell('role'), 'role') ?? 'MEMBER';
  if (cell('startDate').trim() === '') throw new Rejection('the start date is missing');
  const startDate = take(parseDate(cell('startDate')));
  const endDate = cell('endDate').trim() === '' ? null : take(parseDate(cell('endDate')));
  if (endDate !== null && endDate < startDate) throw new Rejection(`the end date ${endDate} is before the start date ${startDate}`);
  const allocationBp = cell('allocation').trim() === '' ? null : take(parsePercentage(cell('allocation')));
  const status = word(STATUS_WORDS, cell('status'), 'status');
  if (status === 'ENDED' && endDate === null) throw new Rejection('an ended assignment needs an end date');
  return { group, groupType: word(GROUP_TYPE_WORDS, cell('groupType'), 'group type'), role, startDate, endDate, allocationBp, status };
}

type Columns = ReadonlyMap<ImportField, number>;

/** The column each field is read from: the first column mapped to it. */
function columnsOf(mapping: readonly ColumnMapping[]): Columns {
  const columns = new Map<ImportField, number>();
  mapping.forEach((m, index) => {
    if (m.field !== null && !columns.has(m.field)) columns.set(m.field, index);
  });
  return columns;
}

function parseRow(columns: Columns, row: GridRow, options: RowOptions): ParsedRow {
  const cell: Cells = (field) => {
    const index = columns.get(field);
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const name = nameOf(cell);
  const group = collapseSpaces(cell('group')) || null;
  try {
    if (name === null) throw new Rejection('the name is missing');
    return { row: row.row, ok: true, person: parsePerson(cell, name, options), membership: parseMembership(cell) };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return { row: row.row, ok: false, name, group, reason: error.message };
  }
}

export function parseRows(grid: Grid, mapping: readonly ColumnMapping[], options: RowOptions): ParsedRow[] {
  const columns = columnsOf(mapping);
  return grid.rows.map((row) => parseRow(columns, row, options));
}
