/** One spreadsheet row → the person and optional membership it describes, or why it is refused. */
import type { ColumnMapping, ImportField, ImportReason, ImportReasonCode } from '@shared/contract/register-import';
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
  /** The seat a "Plats" column names, as written; null: a free seat of the person's healthcare region. */
  seat: string | null;
};

export type ParsedRow =
  | { row: number; ok: true; person: PersonFields; membership: MembershipFields | null }
  | { row: number; ok: false; name: string | null; group: string | null; reason: ImportReason };

export type RowOptions = { regions: readonly RegionRef[]; defaultRegionCode: string | null };

type Cells = (field: ImportField) => string;

/** A row refused for a reason the user reads (worded from its code by the renderer or the CLI). */
export class Rejection extends Error {
  constructor(
    readonly code: ImportReasonCode,
    readonly params: ImportReason['params'] = {},
  ) {
    super(code);
  }

  get reason(): ImportReason {
    return { code: this.code, params: this.params };
  }
}

export function reject(code: ImportReasonCode, params: ImportReason['params'] = {}): never {
  throw new Rejection(code, params);
}

function take<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Rejection(parsed.reason.code, parsed.reason.params);
  return parsed.value;
}

function optional(text: string, max: number, field: ImportField): string | null {
  const clean = collapseSpaces(text);
  if (clean.length > max) reject('tooLong', { field, max });
  return clean === '' ? null : clean;
}

function word<T extends string>(table: Readonly<Record<T, readonly string[]>>, text: string, field: ImportField): T | null {
  if (text.trim() === '') return null;
  const code = lookupWord(table, text);
  if (code === null) reject('unknownWord', { field, value: collapseSpaces(text) });
  return code;
}

function nameOf(cell: Cells): string | null {
  const full = collapseSpaces(cell('name'));
  if (full !== '') return full;
  const combined = collapseSpaces(`${cell('firstName')} ${cell('lastName')}`);
  return combined === '' ? null : combined;
}

function parsePerson(cell: Cells, name: string, options: RowOptions): PersonFields {
  if (name.length > 200) reject('tooLong', { field: 'name', max: 200 });
  const email = cell('email').trim();
  const region = cell('region').trim();
  return {
    name,
    email: email === '' ? null : take(parseEmail(email)),
    phone: optional(cell('phone'), 40, 'phone'),
    organisation: optional(cell('organisation'), 200, 'organisation'),
    organisationType: word(ORGANISATION_TYPE_WORDS, cell('organisationType'), 'organisationType'),
    profession: optional(cell('profession'), 120, 'profession'),
    regionCode: region === '' ? options.defaultRegionCode : take(parseRegion(region, options.regions)),
    gender: word(GENDER_WORDS, cell('gender'), 'gender'),
    notes: optional(cell('notes'), 4000, 'notes'),
  };
}

function parseMembership(cell: Cells): MembershipFields | null {
  const group = collapseSpaces(cell('group'));
  if (group === '') {
    const details = (['role', 'startDate', 'endDate', 'allocation', 'seat'] as const).some((f) => cell(f).trim() !== '');
    if (details) reject('detailsWithoutGroup');
    return null;
  }
  if (group.length > 200) reject('tooLong', { field: 'group', max: 200 });
  const role = word(ROLE_WORDS, cell('role'), 'role') ?? 'MEMBER';
  const allocationBp = cell('allocation').trim() === '' ? null : take(parsePercentage(cell('allocation')));
  if (cell('startDate').trim() === '') reject('startMissing');
  const startDate = take(parseDate(cell('startDate')));
  const endDate = cell('endDate').trim() === '' ? null : take(parseDate(cell('endDate')));
  if (endDate !== null && endDate < startDate) reject('endBeforeStart', { start: startDate, end: endDate });
  const status = word(STATUS_WORDS, cell('status'), 'status');
  if (status === 'ENDED' && endDate === null) reject('endedNeedsEnd');
  const groupType = word(GROUP_TYPE_WORDS, cell('groupType'), 'groupType');
  return { group, groupType, role, startDate, endDate, allocationBp, status, seat: optional(cell('seat'), 100, 'seat') };
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
    if (name === null) reject('nameMissing');
    return { row: row.row, ok: true, person: parsePerson(cell, name, options), membership: parseMembership(cell) };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return { row: row.row, ok: false, name, group, reason: error.reason };
  }
}

export function parseRows(grid: Grid, mapping: readonly ColumnMapping[], options: RowOptions): ParsedRow[] {
  const columns = columnsOf(mapping);
  return grid.rows.map((row) => parseRow(columns, row, options));
}
