/** Closed vocabularies of the domain. Codes are English; the UI translates them. */

export const GROUP_TYPES = ['NPO', 'NSG', 'NAG', 'RPO', 'RPT', 'SOR', 'PRIMARY_CARE_COUNCIL', 'OTHER'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

export const GROUP_LEVELS = ['NATIONAL', 'HEALTHCARE_REGIONAL', 'REGIONAL'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

export const HOSTING_STATUSES = ['ACTIVE', 'DORMANT'] as const;
export type HostingStatus = (typeof HOSTING_STATUSES)[number];

export const ORGANISATION_TYPES = ['UNIVERSITY_HOSPITAL', 'COUNTY_HOSPITAL', 'PRIMARY_CARE', 'MUNICIPALITY', 'OTHER'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MEMBERSHIP_ROLES = [
  'MEMBER',
  'CHAIR',
  'VICE_CHAIR',
  'PROCESS_LEADER',
  'CO_OPTED',
  'DEPUTY',
  'SECRETARY',
  'PATIENT_REPRESENTATIVE',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_STATUSES = ['NOMINATED', 'DECIDED', 'ENDED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

export const ACTIVITY_LEVELS = ['STARTUP', 'HIGH', 'MEDIUM', 'LOW', 'CLOSING', 'CLOSED', 'DORMANT'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const CARE_PATHWAY_STATUSES = ['APPROVED', 'CONSULTATION', 'IN_PROGRESS', 'STARTING', 'REVISION'] as const;
export type CarePathwayStatus = (typeof CARE_PATHWAY_STATUSES)[number];

export const IMPLEMENTATION_STATUSES = ['NOT_STARTED', 'DECIDED', 'IN_PROGRESS', 'IMPLEMENTED'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const COST_ITEM_KINDS = ['STAFFED_ROLE', 'FIXED_AMOUNT'] as const;
export type CostItemKind = (typeof COST_ITEM_KINDS)[number];

export const ALLOCATION_KEY_KINDS = ['POPULATION', 'EQUAL', 'FIXED_VARIABLE', 'CUSTOM'] as const;
export type AllocationKeyKind = (typeof ALLOCATION_KEY_KINDS)[number];

export const ROUNDING_UNITS = ['ORE', 'KRONA', 'HUNDRED_KRONOR'] as const;
export type RoundingUnit = (typeof ROUNDING_UNITS)[number];

/** The owner of reference records shipped with the app; every installation holds the same. */
export const NATIONAL_OWNER = 'NATIONAL';

/** Allocation shares are stored in basis points of a full-time post: 10 % = 1 000, 100 % = 10 000. */
export const FULL_TIME_BASIS_POINTS = 10_000;
