import { z } from 'zod';
import {
  GENDERS,
  GROUP_LEVELS,
  GROUP_TYPES,
  HOSTING_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_TYPES,
} from '../domain/enums';
import { emptyInput, isoDate, uuidSchema } from './common';
import { auditEntrySchema, provenanceSchema } from './records';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable();
const allocationBp = z.number().int().min(0).max(10000);
const version = z.number().int().min(1);

/* ---------- organisations ---------- */
export const organisationSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  regionCode: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
  isExample: z.boolean(),
  personCount: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;
const organisationFields = {
  name: text(200).min(1, 'a name is required'),
  type: z.enum(ORGANISATION_TYPES),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
};
export const organisationCreateSchema = z.strictObject(organisationFields);
export const organisationUpdateSchema = z.strictObject({ id: uuidSchema, version, ...organisationFields });

/* ---------- persons ---------- */
const personFields = {
  name: text(200).min(1, 'a name is required'),
  email: z.email().max(254).nullable(),
  phone: optionalText(40),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  organisationId: uuidSchema.nullable(),
  profession: optionalText(120),
  gender: z.enum(GENDERS).nullable(),
  notes: optionalText(4000),
};
export const personCreateSchema = z.strictObject(personFields);
export const personUpdateSchema = z.strictObject({ id: uuidSchema, version, ...personFields });
export const personEndSchema = z.strictObject({ id: uuidSchema, version, endDate: isoDate });

export const personSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  regionCode: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  profession: z.string().nullable(),
  endedOn: z.string().nullable(),
  activeMemberships: z.number().int(),
  currentAllocationBp: z.number().int(),
  isExample: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** The columns the person list sorts by (in the database, before paging); then by name. */
export const PERSON_SORT_KEYS = ['name', 'organisation', 'profession', 'region'] as const;
export type PersonSortKey = (typeof PERSON_SORT_KEYS)[number];

export const personSearchSchema = z.strictObject({
  query: text(200).default(''),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable()
    .default(null),
  includeEnded: z.boolean().default(false),
  sort: z.enum(PERSON_SORT_KEYS).default('name'),
  /** Descending on the sort column; empty values come last either way. */
  descending: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export const personSearchResultSchema = z.strictObject({ total: z.number().int(), rows: z.array(personSummarySchema) });

export const membershipViewSchema = z.strictObject({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  personRegionCode: z.string().nullable(),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  seatId: z.string().nullable(),
  seatLabel: z.string().nullable(),
  role: z.enum(MEMBERSHIP_ROLES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  allocationBp: z.number().int(),
  status: z.enum(MEMBERSHIP_STATUSES),
  /** Relative to today: past, current or planned. */
  phase: z.enum(['PAST', 'CURRENT', 'PLANNED']),
  notes: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
});
export type MembershipView = z.infer<typeof membershipViewSchema>;

export const personDetailSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  profession: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  notes: z.string().nullable(),
  endedOn: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
  isExample: z.boolean(),
  currentAllocationBp: z.number().int(),
  memberships: z.array(membershipViewSchema),
  provenance: provenanceSchema.nullable(),
  history: z.array(auditEntrySchema),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

/* ---------- groups and seats ---------- */
const groupFields = {
  name: text(200).min(1, 'a name is required'),
  type: z.enum(GROUP_TYPES),
  level: z.enum(GROUP_LEVELS),
  parentGroupId: uuidSchema.nullable(),
  healthcareRegionCode: z.string().nullable(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  hostHealthcareRegionCode: z.string().nullable(),
  hostingStatus: z.enum(HOSTING_STATUSES).nullable(),
  /** Regional groups: how many seats; national ones derive theirs from the type. */
  seatCount: z.number().int().min(0).max(200).nullable(),
  description: optionalText(4000),
};
export const groupCreateSchema = z.strictObject(groupFields);
export const groupUpdateSchema = z.strictObject({ id: uuidSchema, version, ...groupFields });

export const groupSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(GROUP_TYPES),
  level: z.enum(GROUP_LEVELS),
  parentGroupId: z.string().nullable(),
  parentGroupName: z.string().nullable(),
  owner: z.string(),
  regionCode: z.string().nullable(),
  healthcareRegionCode: z.string().nullable(),
  hostHealthcareRegionCode: z.string().nullable(),
  hostingStatus: z.enum(HOSTING_STATUSES).nullable(),
  seatCount: z.number().int(),
  filledSeats: z.number().int(),
  activeMembers: z.number().int(),
  isExample: z.boolean(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;
const groupFilterFields = {
  type: z.enum(GROUP_TYPES).nullable().default(null),
  level: z.enum(GROUP_LEVELS).nullable().default(null),
  query: text(200).default(''),
};
/** Every matching group (for pickers); the list view pages with `groups:search`. */
export const groupListSchema = z.strictObject(groupFilterFields);
/** The columns the group list sorts by; level and type in their defined order (national first), then by name. */
export const GROUP_SORT_KEYS = ['name', 'type', 'level'] as const;
export type GroupSortKey = (typeof GROUP_SORT_KEYS)[number];

export const groupSearchSchema = z.strictObject({
  ...groupFilterFields,
  /** null: level, type, name (the register's hierarchy). */
  sort: z.enum(GROUP_SORT_KEYS).nullable().default(null),
  descending: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export const groupSearchResultSchema = z.strictObject({ total: z.number().int(), rows: z.array(groupSummarySchema) });

export const seatViewSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  healthcareRegionCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  ordinal: z.number().int(),
  version: z.number().int(),
  holders: z.array(membershipViewSchema),
  /** A seat of another healthcare region this installation holds no data for: neither held nor vacant as far as it knows. */
  noData: z.boolean(),
});
export const groupDetailSchema = z.strictObject({
  group: groupSummarySchema.extend({
    description: z.string().nullable(),
    version: z.number().int(),
    readOnly: z.boolean(),
  }),
  children: z.array(z.strictObject({ id: z.string(), name: z.string(), type: z.enum(GROUP_TYPES) })),
  seats: z.array(seatViewSchema),
  coOpted: z.array(membershipViewSchema),
  chair: membershipViewSchema.nullable(),
  processLeader: membershipViewSchema.nullable(),
  currentMembers: z.array(membershipViewSchema),
  history: z.array(membershipViewSchema),
  provenance: provenanceSchema.nullable(),
  audit: z.array(auditEntrySchema),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

/* ---------- memberships ---------- */
const membershipFields = {
  personId: uuidSchema,
  groupId: uuidSchema,
  seatId: uuidSchema.nullable(),
  role: z.enum(MEMBERSHIP_ROLES),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  /** Null: use the default for the group type and role. */
  allocationBp: allocationBp.nullable(),
  status: z.enum(MEMBERSHIP_STATUSES),
  notes: optionalText(4000),
  /**
   * The successor path: when the seat is held on the start day, end the holder the day before and
   * start this assignment (one transaction). Without it a held seat is refused (`seat.taken`).
   */
  replaceHolder: z.boolean().optional(),
};
export const membershipCreateSchema = z.strictObject(membershipFields);
export const membershipUpdateSchema = z.strictObject({ id: uuidSchema, version, ...membershipFields });
export const membershipEndSchema = z.strictObject({ id: uuidSchema, version, endDate: isoDate });
/** Live assignments, of one person and/or one group when given (none: every live assignment). */
export const membershipListSchema = z.strictObject({ personId: uuidSchema.optional(), groupId: uuidSchema.optional() });

export const allocationDefaultSchema = z.strictObject({
  groupType: z.enum(GROUP_TYPES),
  role: z.enum(MEMBERSHIP_ROLES),
  allocationBp,
});
export type AllocationDefault = z.infer<typeof allocationDefaultSchema>;

export const idInput = z.strictObject({ id: uuidSchema });
const ok = z.strictObject({ ok: z.literal(true) });
/** A record entered by mistake: removed (a tombstone audited as a correction) at the version the user saw. */
const removeInput = z.strictObject({ id: uuidSchema, version });

/** A seat of an own regional or local group corrected in place: its ordinal and place. */
export const seatUpdateSchema = z.strictObject({
  id: uuidSchema,
  version,
  ordinal: z.number().int().min(1).max(999),
  regionCode: z.string().min(1).nullable(),
  healthcareRegionCode: z.string().min(1).nullable(),
});

export const registerChannels = {
  'organisations:list': { input: emptyInput, output: z.array(organisationSchema) },
  'organisations:create': { input: organisationCreateSchema, output: organisationSchema },
  'organisations:update': { input: organisationUpdateSchema, output: organisationSchema },
  'organisations:delete': { input: removeInput, output: ok },
  'persons:search': { input: personSearchSchema, output: personSearchResultSchema },
  'persons:get': { input: idInput, output: personDetailSchema },
  'persons:create': { input: personCreateSchema, output: personDetailSchema },
  'persons:update': { input: personUpdateSchema, output: personDetailSchema },
  'persons:end': { input: personEndSchema, output: personDetailSchema },
  /** A person created by mistake, without assignments; not the GDPR erasure (privacy:erase-person). */
  'persons:remove-mistaken': { input: removeInput, output: ok },
  'groups:list': { input: groupListSchema, output: z.array(groupSummarySchema) },
  'groups:search': { input: groupSearchSchema, output: groupSearchResultSchema },
  'groups:get': { input: idInput, output: groupDetailSchema },
  'groups:create': { input: groupCreateSchema, output: groupDetailSchema },
  'groups:update': { input: groupUpdateSchema, output: groupDetailSchema },
  'groups:delete': { input: removeInput, output: ok },
  'seats:update': { input: seatUpdateSchema, output: ok },
  /** A seat added by mistake, while no assignment names it. */
  'seats:delete': { input: removeInput, output: ok },
  'memberships:list': { input: membershipListSchema, output: z.array(membershipViewSchema) },
  'memberships:get': { input: idInput, output: membershipViewSchema },
  'memberships:create': { input: membershipCreateSchema, output: membershipViewSchema },
  'memberships:update': { input: membershipUpdateSchema, output: membershipViewSchema },
  'memberships:end': { input: membershipEndSchema, output: membershipViewSchema },
  'memberships:delete': { input: z.strictObject({ id: uuidSchema, version }), output: ok },
  'allocation-defaults:list': { input: emptyInput, output: z.array(allocationDefaultSchema) },
  'allocation-defaults:set': { input: allocationDefaultSchema, output: z.array(allocationDefaultSchema) },
} as const;
