import { z } from 'zod';
import { PACKAGE_RECORD_TYPES, type PackageRecordType } from '@shared/contract/packages';
import {
  ACTIVITY_LEVELS,
  ALLOCATION_KEY_KINDS,
  CARE_PATHWAY_STATUSES,
  COST_ITEM_KINDS,
  GENDERS,
  GROUP_LEVELS,
  GROUP_TYPES,
  HOSTING_STATUSES,
  IMPLEMENTATION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_TYPES,
  ROUNDING_UNITS,
} from '@shared/domain/enums';
import { CANDIDATE_STATUSES, DECLARATION_OUTCOMES, NOMINATION_REQUEST_STATUSES, NOMINATION_REQUESTERS } from '@shared/contract/nominations';
import { PACKAGE_LIMITS } from './format';

/**
 * Strict schemas of every record type of format version 1. A field is the database column in
 * lowerCamelCase (`monthly_salary_ore` → `monthlySalaryOre`); every field is required (null where
 * nullable); unknown fields are rejected. Nothing is transformed: what is validated is what is hashed.
 */

/** Largest money amount in öre (10 000 000 000 kr), well inside the safe-integer range. */
export const MAX_MONEY_ORE = 1_000_000_000_000;

export const ownerCode = z
  .string()
  .regex(/^(\d{2}|[A-Z][A-Z_]{1,39})$/, 'an owner code: a two-digit region code or an upper-case code such as NORRA')
  .meta({ id: 'ownerCode', description: 'A region code (01–25), a healthcare-region code (NORRA …) or NATIONAL.' });
export const timestamp = z.iso
  .datetime({ message: 'an ISO 8601 UTC timestamp such as 2026-03-01T09:30:00.000Z' })
  .meta({ id: 'timestamp', description: 'ISO 8601 date and time in UTC with Z, e.g. 2026-03-01T09:30:00.000Z.' });
const day = z.iso.date({ message: 'a date such as 2026-03-01' });
const uuid = z.uuid();
const regionCode = z.string().regex(/^\d{2}$/, 'a two-digit region code');
const hrCode = z.string().regex(/^[A-Z][A-Z_]{1,39}$/, 'a healthcare-region code such as NORRA');
const name = z.string().min(1).max(500);
const shortText = z.string().max(500);
const longText = z.string().max(PACKAGE_LIMITS.maxStringLength);
const bp = z.number().int().min(0).max(10_000);
const year = z.number().int().min(1900).max(2200);
const ore = z.number().int().min(-MAX_MONEY_ORE).max(MAX_MONEY_ORE);
const salaryOre = z.number().int().min(0).max(MAX_MONEY_ORE);
const smallCount = z.number().int().min(0).max(10_000);
/** A link or file path a nomination keeps instead of a document (nothing is stored but the text). */
const link = z.string().max(2000);
const email = z
  .string()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'an e-mail address');

/** Columns every travelling record carries. */
export const syncFields = {
  id: uuid,
  owner: ownerCode,
  version: z.number().int().min(1).max(2_147_483_647),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
} as const;

/** The fields of each record type besides the sync fields. */
export const RECORD_FIELDS = {
  person_erasures: { erasedAt: timestamp, legalBasis: name },
  organisations: { name, type: z.enum(ORGANISATION_TYPES), regionCode: regionCode.nullable() },
  persons: {
    name,
    email: email.nullable(),
    phone: z.string().max(100).nullable(),
    regionCode: regionCode.nullable(),
    organisationId: uuid.nullable(),
    profession: shortText.nullable(),
    gender: z.enum(GENDERS).nullable(),
    notes: longText.nullable(),
    endedOn: day.nullable(),
  },
  groups: {
    name,
    type: z.enum(GROUP_TYPES),
    level: z.enum(GROUP_LEVELS),
    parentGroupId: uuid.nullable(),
    healthcareRegionCode: hrCode.nullable(),
    regionCode: regionCode.nullable(),
    hostHealthcareRegionCode: hrCode.nullable(),
    hostingStatus: z.enum(HOSTING_STATUSES).nullable(),
    seatsPerHealthcareRegion: smallCount.nullable(),
    seatCount: smallCount.nullable(),
    description: longText.nullable(),
  },
  seats: { groupId: uuid, healthcareRegionCode: hrCode.nullable(), regionCode: regionCode.nullable(), ordinal: smallCount.min(1) },
  memberships: {
    personId: uuid,
    groupId: uuid,
    seatId: uuid.nullable(),
    role: z.enum(MEMBERSHIP_ROLES),
    startDate: day,
    endDate: day.nullable(),
    allocationBp: bp,
    status: z.enum(MEMBERSHIP_STATUSES),
    notes: longText.nullable(),
  },
  nomination_requests: {
    groupId: uuid,
    seatId: uuid.nullable(),
    requestedBy: z.enum(NOMINATION_REQUESTERS),
    requesterName: shortText.nullable(),
    personsWanted: z.number().int().min(1).max(50),
    competence: shortText.nullable(),
    role: z.enum(MEMBERSHIP_ROLES),
    allocationBp: bp.nullable(),
    periodStart: day.nullable(),
    periodEnd: day.nullable(),
    dueDate: day,
    reference: shortText.nullable(),
    link: link.nullable(),
    notes: longText.nullable(),
    status: z.enum(NOMINATION_REQUEST_STATUSES),
    closedOn: day.nullable(),
  },
  nomination_candidates: {
    requestId: uuid,
    personId: uuid.nullable(),
    newName: name.nullable(),
    newRegionCode: regionCode.nullable(),
    newEmail: email.nullable(),
    newProfession: shortText.nullable(),
    newGender: z.enum(GENDERS).nullable(),
    newOrganisationId: uuid.nullable(),
    status: z.enum(CANDIDATE_STATUSES),
    proposedOn: day,
    proposedBy: shortText.nullable(),
    managerApprovedBy: shortText.nullable(),
    managerApprovedOn: day.nullable(),
    declarationReceivedOn: day.nullable(),
    declarationOutcome: z.enum(DECLARATION_OUTCOMES).nullable(),
    declarationReviewedBy: shortText.nullable(),
    declarationReference: shortText.nullable(),
    nominatedOn: day.nullable(),
    nominatedTo: shortText.nullable(),
    decidedOn: day.nullable(),
    decidedBy: shortText.nullable(),
    decisionReference: shortText.nullable(),
    closedOn: day.nullable(),
    membershipId: uuid.nullable(),
    link: link.nullable(),
    notes: longText.nullable(),
  },
  team_activity_levels: { groupId: uuid, level: z.enum(ACTIVITY_LEVELS), effectiveDate: day, note: longText.nullable() },
  care_pathways: { name, nationalStatus: z.enum(CARE_PATHWAY_STATUSES), statusDate: day.nullable() },
  pathway_implementations: {
    carePathwayId: uuid,
    regionCode,
    status: z.enum(IMPLEMENTATION_STATUSES),
    decidedOn: day.nullable(),
    startedOn: day.nullable(),
    implementedOn: day.nullable(),
    responsibleGroupId: uuid.nullable(),
  },
  allocation_keys: {
    name,
    kind: z.enum(ALLOCATION_KEY_KINDS),
    healthcareRegionCode: hrCode,
    fixedPartBp: bp.nullable(),
    populationYearOffset: z.number().int().min(-20).max(20),
  },
  allocation_key_shares: { allocationKeyId: uuid, regionCode, shareBp: bp },
  hostings: {
    groupId: uuid,
    hostHealthcareRegionCode: hrCode,
    status: z.enum(HOSTING_STATUSES),
    startDate: day,
    endDate: day.nullable(),
    allocationKeyId: uuid.nullable(),
    roundingUnit: z.enum(ROUNDING_UNITS),
  },
  cost_items: {
    hostingId: uuid,
    year,
    kind: z.enum(COST_ITEM_KINDS),
    label: name,
    role: shortText.nullable(),
    profession: shortText.nullable(),
    allocationBp: bp.nullable(),
    monthlySalaryOre: salaryOre.nullable(),
    amountOre: ore.nullable(),
    // absent in packages written before dated salaries (schema 14): the year's salary from 1 January, no changes
    salaryEffectiveDate: day.nullable().default(null),
    /** Later salaries inside the year as JSON: `[{"effectiveDate","monthlySalaryOre"}]`. */
    salaryChangesJson: z.string().max(4_000).default('[]'),
  },
  cost_parameters: {
    year,
    poSurchargeBp: z.number().int().min(0).max(100_000),
    salaryIndexBp: z.number().int().min(1).max(100_000),
    source: shortText.nullable(),
    salaryIndexEffectiveDate: day.nullable().default(null),
  },
  default_salaries: { year, role: z.string().min(1).max(100), profession: z.string().max(500), monthlySalaryOre: salaryOre },
  person_salaries: { personId: uuid, effectiveDate: day, monthlySalaryOre: salaryOre },
  fixed_contributions: { regionCode, year, recipient: name, label: name, amountOre: ore },
} as const satisfies Record<PackageRecordType, z.ZodRawShape>;

/** Fields that refer to another record by id: the referenced type. An import checks the target exists. */
export const RECORD_REFERENCES: { readonly [T in PackageRecordType]: Readonly<Record<string, PackageRecordType>> } = {
  person_erasures: {},
  organisations: {},
  persons: { organisationId: 'organisations' },
  groups: { parentGroupId: 'groups' },
  seats: { groupId: 'groups' },
  memberships: { personId: 'persons', groupId: 'groups', seatId: 'seats' },
  nomination_requests: { groupId: 'groups', seatId: 'seats' },
  nomination_candidates: {
    requestId: 'nomination_requests',
    personId: 'persons',
    newOrganisationId: 'organisations',
    membershipId: 'memberships',
  },
  team_activity_levels: { groupId: 'groups' },
  care_pathways: {},
  pathway_implementations: { carePathwayId: 'care_pathways', responsibleGroupId: 'groups' },
  allocation_keys: {},
  allocation_key_shares: { allocationKeyId: 'allocation_keys' },
  hostings: { groupId: 'groups', allocationKeyId: 'allocation_keys' },
  cost_items: { hostingId: 'hostings' },
  cost_parameters: {},
  default_salaries: {},
  person_salaries: { personId: 'persons' },
  fixed_contributions: {},
};

const REFERENCE_PAIRS = new Map<PackageRecordType, readonly (readonly [string, PackageRecordType])[]>(
  PACKAGE_RECORD_TYPES.map((type) => [type, Object.entries(RECORD_REFERENCES[type])]),
);

/** RECORD_REFERENCES of a type as [field, referenced type] pairs (computed once: read per record). */
export function referencePairs(type: PackageRecordType): readonly (readonly [string, PackageRecordType])[] {
  return REFERENCE_PAIRS.get(type)!;
}

/** Record types whose table has the local `is_example` flag: example records never leave the installation. */
export const TYPES_WITH_EXAMPLE_FLAG: ReadonlySet<PackageRecordType> = new Set([
  'organisations',
  'persons',
  'groups',
  'memberships',
  'nomination_requests',
  'nomination_candidates',
  'team_activity_levels',
]);

function endNotBeforeStart(r: { startDate: string; endDate: string | null }): boolean {
  return r.endDate === null || r.endDate >= r.startDate;
}

function periodInOrder(r: { periodStart: string | null; periodEnd: string | null }): boolean {
  return r.periodStart === null || r.periodEnd === null || r.periodEnd >= r.periodStart;
}

/** As the table's CHECK: a live candidate is a person of the register or carries a new candidate's name. */
function candidateNamed(r: { personId: string | null; newName: string | null; deletedAt: string | null }): boolean {
  return r.personId !== null || r.newName !== null || r.deletedAt !== null;
}

function costItemShape(r: { kind: string; allocationBp: number | null; amountOre: number | null }): boolean {
  return r.kind === 'STAFFED_ROLE' ? r.allocationBp !== null && r.amountOre === null : r.amountOre !== null;
}

const RAW_SCHEMAS = {
  person_erasures: z.strictObject({ ...syncFields, ...RECORD_FIELDS.person_erasures }),
  organisations: z.strictObject({ ...syncFields, ...RECORD_FIELDS.organisations }),
  persons: z.strictObject({ ...syncFields, ...RECORD_FIELDS.persons }),
  groups: z.strictObject({ ...syncFields, ...RECORD_FIELDS.groups }),
  seats: z.strictObject({ ...syncFields, ...RECORD_FIELDS.seats }),
  memberships: z
    .strictObject({ ...syncFields, ...RECORD_FIELDS.memberships })
    .refine(endNotBeforeStart, { message: 'endDate is before startDate', path: ['endDate'] }),
  nomination_requests: z
    .strictObject({ ...syncFields, ...RECORD_FIELDS.nomination_requests })
    .refine(periodInOrder, { message: 'periodEnd is before periodStart', path: ['periodEnd'] }),
  nomination_candidates: z
    .strictObject({ ...syncFields, ...RECORD_FIELDS.nomination_candidates })
    .refine(candidateNamed, { message: 'a live candidate needs personId or newName', path: ['newName'] }),
  team_activity_levels: z.strictObject({ ...syncFields, ...RECORD_FIELDS.team_activity_levels }),
  care_pathways: z.strictObject({ ...syncFields, ...RECORD_FIELDS.care_pathways }),
  pathway_implementations: z.strictObject({ ...syncFields, ...RECORD_FIELDS.pathway_implementations }),
  allocation_keys: z.strictObject({ ...syncFields, ...RECORD_FIELDS.allocation_keys }),
  allocation_key_shares: z.strictObject({ ...syncFields, ...RECORD_FIELDS.allocation_key_shares }),
  hostings: z
    .strictObject({ ...syncFields, ...RECORD_FIELDS.hostings })
    .refine(endNotBeforeStart, { message: 'endDate is before startDate', path: ['endDate'] }),
  cost_items: z.strictObject({ ...syncFields, ...RECORD_FIELDS.cost_items }).refine(costItemShape, {
    message: 'a STAFFED_ROLE item needs allocationBp and no amountOre; a FIXED_AMOUNT item needs amountOre',
  }),
  cost_parameters: z.strictObject({ ...syncFields, ...RECORD_FIELDS.cost_parameters }),
  default_salaries: z.strictObject({ ...syncFields, ...RECORD_FIELDS.default_salaries }),
  person_salaries: z.strictObject({ ...syncFields, ...RECORD_FIELDS.person_salaries }),
  fixed_contributions: z.strictObject({ ...syncFields, ...RECORD_FIELDS.fixed_contributions }),
} as const satisfies Record<PackageRecordType, z.ZodType>;

/** Named so the JSON Schema lists each record type under $defs. */
function named<S extends z.ZodType>(type: PackageRecordType, schema: S): S {
  return schema.meta({ id: type, description: `One record of the type ${type}.` });
}

/** The strict schema of one record of a type (the sync fields plus the type's fields, plus cross-field rules). */
export const RECORD_SCHEMAS = Object.fromEntries(
  PACKAGE_RECORD_TYPES.map((type) => [type, named(type, RAW_SCHEMAS[type])]),
) as typeof RAW_SCHEMAS;

const COMPILED = new Map<PackageRecordType, z.ZodType>();

/**
 * The schema of a record type compiled ahead of time (`z.compile`: the same results and the same
 * messages, several times faster; a schema zod cannot compile stays as it is). Every record of a
 * package is checked with it, on export and on import.
 */
export function compiledRecordSchema(type: PackageRecordType): z.ZodType {
  let schema = COMPILED.get(type);
  if (!schema) {
    schema = z.compile(RECORD_SCHEMAS[type]);
    COMPILED.set(type, schema);
  }
  return schema;
}

/** The wire field names of a record type, sync fields first. */
export function fieldsOf(type: PackageRecordType): string[] {
  return [...Object.keys(syncFields), ...Object.keys(RECORD_FIELDS[type])];
}

/** `monthlySalaryOre` → `monthly_salary_ore`. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const ALL_RECORD_TYPES: readonly PackageRecordType[] = PACKAGE_RECORD_TYPES;
