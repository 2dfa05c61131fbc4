import type { PackageRecordType } from '@shared/contract/packages';
import { ERASED_PERSON_NAME } from './format';
import { columnOf, fieldsOf } from './record-schemas';

/** A value of a travelling column: text, integer or null (the package format has nothing else). */
export type DbValue = string | number | null;
export type DbRow = { readonly [column: string]: DbValue };
/** A record as it travels: camelCase fields, validated by RECORD_SCHEMAS. */
export type WireRecord = { readonly [field: string]: DbValue };

const FIELD_COLUMNS = new Map<PackageRecordType, readonly (readonly [string, string])[]>();

/** [field, column] pairs of a record type, computed once. */
export function fieldColumns(type: PackageRecordType): readonly (readonly [string, string])[] {
  let pairs = FIELD_COLUMNS.get(type);
  if (!pairs) {
    pairs = fieldsOf(type).map((field) => [field, columnOf(field)] as const);
    FIELD_COLUMNS.set(type, pairs);
  }
  return pairs;
}

const SORTED_FIELD_COLUMNS = new Map<PackageRecordType, readonly (readonly [string, string])[]>();

/** The same pairs in canonical order of the fields (UTF-16 code units). */
export function sortedFieldColumns(type: PackageRecordType): readonly (readonly [string, string])[] {
  let pairs = SORTED_FIELD_COLUMNS.get(type);
  if (!pairs) {
    pairs = [...fieldColumns(type)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    SORTED_FIELD_COLUMNS.set(type, pairs);
  }
  return pairs;
}

/**
 * The travelling part of a database row (local columns such as is_example stay behind), with its
 * fields in canonical order so canonicalJson can write it without reordering.
 */
export function rowToWire(type: PackageRecordType, row: DbRow): WireRecord {
  const wire: Record<string, DbValue> = {};
  for (const [field, column] of sortedFieldColumns(type)) {
    const value = row[column];
    if (value === undefined) throw new Error(`${type}.${column} is missing from the database row`);
    wire[field] = value;
  }
  return wire;
}

export function wireToRow(type: PackageRecordType, wire: WireRecord): DbRow {
  const row: Record<string, DbValue> = {};
  for (const [field, column] of fieldColumns(type)) row[column] = wire[field] ?? null;
  return row;
}

/** A text field of a record; throws when it is not text. */
export function str(wire: WireRecord, field: string): string {
  const value = wire[field];
  if (typeof value !== 'string') throw new Error(`${field} is not text`);
  return value;
}

/**
 * An erased person as every replica stores it: the personal fields are blanked and the record is a
 * tombstone from the erasure on (unless it was deleted earlier). Deterministic, so replicas converge.
 */
export function blankPerson(person: WireRecord, erasedAt: string): WireRecord {
  return {
    ...person,
    name: ERASED_PERSON_NAME,
    email: null,
    phone: null,
    profession: null,
    gender: null,
    notes: null,
    deletedAt: person.deletedAt ?? erasedAt,
  };
}

/**
 * A candidacy of an erased person, or an erased new candidate, as every replica stores it: what names or
 * describes the candidate (the new candidate's facts, who proposed, approved, reviewed and decided, the
 * declaration's outcome and reference, links and notes) is blanked and the record is a tombstone from the
 * erasure on. The road's dates, its status and the request stay: without the person they name no one.
 * Deterministic, so replicas converge (as blankPerson).
 */
export function blankCandidate(candidate: WireRecord, erasedAt: string): WireRecord {
  return {
    ...candidate,
    newName: null,
    newRegionCode: null,
    newEmail: null,
    newProfession: null,
    newGender: null,
    newOrganisationId: null,
    proposedBy: null,
    managerApprovedBy: null,
    declarationOutcome: null,
    declarationReviewedBy: null,
    declarationReference: null,
    nominatedTo: null,
    decidedBy: null,
    decisionReference: null,
    link: null,
    notes: null,
    deletedAt: candidate.deletedAt ?? erasedAt,
  };
}
