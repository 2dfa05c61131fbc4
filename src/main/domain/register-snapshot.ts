/** The register as plain data, for the pure insight and rule functions (loaded by a repository). */
import type {
  Gender,
  GroupLevel,
  GroupType,
  HostingStatus,
  MembershipRole,
  MembershipStatus,
  OrganisationType,
} from '@shared/domain/enums';

export type SnapshotGroup = {
  id: string;
  name: string;
  type: GroupType;
  level: GroupLevel;
  owner: string;
  regionCode: string | null;
  hostHealthcareRegionCode: string | null;
  hostingStatus: HostingStatus | null;
};

export type SnapshotSeat = {
  id: string;
  groupId: string;
  healthcareRegionCode: string | null;
  ordinal: number;
  label: string;
};

export type SnapshotMembership = {
  id: string;
  personId: string;
  groupId: string;
  seatId: string | null;
  role: MembershipRole;
  startDate: string;
  endDate: string | null;
  status: MembershipStatus;
  allocationBp: number;
};

export type SnapshotPerson = {
  id: string;
  name: string;
  email: string | null;
  regionCode: string | null;
  organisationId: string | null;
  profession: string | null;
  gender: Gender | null;
};

export type SnapshotOrganisation = { id: string; name: string; type: OrganisationType };

export type HealthcareRegionMember = { healthcareRegionCode: string; regionCode: string };

export type RegisterSnapshot = {
  healthcareRegions: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  healthcareRegionMembers: HealthcareRegionMember[];
  groups: SnapshotGroup[];
  seats: SnapshotSeat[];
  memberships: SnapshotMembership[];
  persons: SnapshotPerson[];
  organisations: SnapshotOrganisation[];
};

/** The healthcare regions a region belongs to; Halland (13) belongs to both SODRA and VASTRA. */
export function healthcareRegionsOf(regionCode: string, members: readonly HealthcareRegionMember[]): string[] {
  return members.filter((m) => m.regionCode === regionCode).map((m) => m.healthcareRegionCode);
}

/** The installation's own healthcare region(s): the owner itself, or the owner region's. */
export function ownHealthcareRegions(
  owner: { kind: string | null; code: string | null },
  members: readonly HealthcareRegionMember[],
): string[] {
  if (owner.code === null) return [];
  if (owner.kind === 'HEALTHCARE_REGION') return [owner.code];
  return healthcareRegionsOf(owner.code, members);
}

/** Looks up by id; a map built once, so the rules stay linear in the size of the register. */
export function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}
