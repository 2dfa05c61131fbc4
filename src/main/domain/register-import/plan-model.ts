/** The shapes of an import plan and the pure helpers that describe its rows (the planner is in plan.ts). */
import type {
  CreateGroupRequest,
  ImportCounts,
  ImportReason,
  ImportRowKind,
  ImportRowResult,
  ImportRowValues,
  UnknownGroup,
} from '@shared/contract/register-import';
import type { GroupType, MembershipRole, MembershipStatus, OrganisationType } from '@shared/domain/enums';
import type { Ref } from './match';
import type { MembershipFields, PersonFields } from './rows';
import type { SeatHolding, SeatPlaces, SeatRef } from './seats';

export type ExistingMembership = {
  id: string;
  personId: string;
  groupId: string;
  role: MembershipRole;
  startDate: string;
  endDate: string | null;
  allocationBp: number;
  status: MembershipStatus;
  owner: string;
  version: number;
  /** The label of the seat it holds ("NORRA"), or null. */
  seatLabel: string | null;
};

export type Snapshot = {
  owner: string;
  persons: readonly {
    id: string;
    name: string;
    email: string | null;
    organisationName: string | null;
    regionCode: string | null;
    owner: string;
  }[];
  organisations: readonly { id: string; name: string; owner: string }[];
  groups: readonly { id: string; name: string; type: GroupType; owner: string }[];
  memberships: readonly ExistingMembership[];
  seats: readonly SeatRef[];
  seatHoldings: readonly SeatHolding[];
  places: SeatPlaces;
  /** `${groupType}|${role}` → the share a new assignment gets when the file gives none. */
  allocationDefaults: ReadonlyMap<string, number>;
};

export type PlannedOrganisation = { key: string; name: string; type: OrganisationType; regionCode: string | null };
export type PlannedGroup = CreateGroupRequest & { key: string };
export type PlannedPerson = { key: string; fields: PersonFields; organisation: Ref | null };
export type PlannedMembership = {
  row: number;
  person: Ref;
  group: Ref;
  groupType: GroupType;
  fields: MembershipFields;
  seatId: string | null;
};
export type MembershipChanges = { endDate?: string; allocationBp?: number; status?: MembershipStatus };
export type PlannedUpdate = { row: number; membership: ExistingMembership; changes: MembershipChanges };

export type ImportPlan = {
  organisations: PlannedOrganisation[];
  groups: PlannedGroup[];
  persons: PlannedPerson[];
  memberships: PlannedMembership[];
  updates: PlannedUpdate[];
  rows: ImportRowResult[];
  unknownGroups: UnknownGroup[];
};

export function membershipChanges(existing: ExistingMembership, fields: MembershipFields): MembershipChanges {
  const changes: MembershipChanges = {};
  if (fields.endDate !== null && fields.endDate !== existing.endDate) changes.endDate = fields.endDate;
  if (fields.allocationBp !== null && fields.allocationBp !== existing.allocationBp) changes.allocationBp = fields.allocationBp;
  if (fields.status !== null && fields.status !== existing.status) changes.status = fields.status;
  return changes;
}

/** What an update changes, as reason parameters: the old value of each changed field (the row's values show the new). */
export function describeChanges(existing: ExistingMembership, changes: MembershipChanges): ImportReason {
  const params: ImportReason['params'] = {};
  if (changes.endDate !== undefined) params.endDate = existing.endDate ?? '';
  if (changes.allocationBp !== undefined) params.allocationBp = existing.allocationBp;
  if (changes.status !== undefined) params.status = existing.status;
  return { code: 'changes', params };
}

export const NO_VALUES: ImportRowValues = {
  name: null,
  group: null,
  role: null,
  allocationBp: null,
  startDate: null,
  endDate: null,
  seat: null,
};

export function membershipValues(name: string, group: string, fields: MembershipFields, allocationBp: number | null, seat: string | null) {
  return { name, group, role: fields.role, allocationBp, startDate: fields.startDate, endDate: fields.endDate, seat };
}

export function countPlan(plan: ImportPlan): ImportCounts {
  const count = (...kinds: ImportRowKind[]) => plan.rows.filter((r) => kinds.includes(r.kind)).length;
  return {
    rows: plan.rows.length,
    toCreate: count('create-person', 'create-membership'),
    toUpdate: count('update-membership'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    personsToCreate: plan.persons.length,
    membershipsToCreate: plan.memberships.length,
    organisationsToCreate: plan.organisations.length,
    groupsToCreate: plan.groups.length,
  };
}
