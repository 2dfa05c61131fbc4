import type {
  RegisterSnapshot,
  SnapshotGroup,
  SnapshotMembership,
  SnapshotPerson,
  SnapshotSeat,
} from '../../src/main/domain/register-snapshot';

/** The six healthcare regions and their regions, Halland (13) in both SODRA and VASTRA, as in the reference data. */
const MEMBERS: Record<string, string[]> = {
  NORRA: ['22', '23', '24', '25'],
  MELLANSVERIGE: ['03', '04', '17', '18', '19', '20', '21'],
  STOCKHOLM_GOTLAND: ['01', '09'],
  SYDOSTRA: ['05', '06', '08'],
  SODRA: ['07', '10', '12', '13'],
  VASTRA: ['13', '14'],
};
export const HEALTHCARE_REGIONS = Object.keys(MEMBERS);

export function emptySnapshot(): RegisterSnapshot {
  return {
    healthcareRegions: HEALTHCARE_REGIONS.map((code) => ({ code, name: code })),
    regions: [...new Set(Object.values(MEMBERS).flat())].sort().map((code) => ({ code, name: `Region ${code}` })),
    healthcareRegionMembers: Object.entries(MEMBERS).flatMap(([hr, regions]) =>
      regions.map((regionCode) => ({ healthcareRegionCode: hr, regionCode })),
    ),
    groups: [],
    seats: [],
    memberships: [],
    persons: [],
    organisations: [],
  };
}

export function group(id: string, overrides: Partial<SnapshotGroup> = {}): SnapshotGroup {
  return {
    id,
    name: `Group ${id}`,
    type: 'NPO',
    level: 'NATIONAL',
    owner: 'NATIONAL',
    regionCode: null,
    hostHealthcareRegionCode: null,
    hostingStatus: null,
    ...overrides,
  };
}

/** A national group with `perRegion` seats in every healthcare region; seat ids are `${groupId}:${hr}:${n}`. */
export function nationalGroup(
  snapshot: RegisterSnapshot,
  id: string,
  overrides: Partial<SnapshotGroup> = {},
  perRegion = 1,
): SnapshotGroup {
  const g = group(id, overrides);
  snapshot.groups.push(g);
  for (const hr of HEALTHCARE_REGIONS) {
    for (let n = 1; n <= perRegion; n++) {
      const seat: SnapshotSeat = {
        id: `${id}:${hr}:${n}`,
        groupId: id,
        healthcareRegionCode: hr,
        ordinal: n,
        label: perRegion > 1 ? `${hr} ${n}` : hr,
      };
      snapshot.seats.push(seat);
    }
  }
  return g;
}

export function person(id: string, overrides: Partial<SnapshotPerson> = {}): SnapshotPerson {
  return { id, name: `Person ${id}`, email: null, regionCode: '23', organisationId: null, profession: null, gender: null, ...overrides };
}

let counter = 0;
export function membership(personId: string, groupId: string, overrides: Partial<SnapshotMembership> = {}): SnapshotMembership {
  counter += 1;
  return {
    id: `m${counter}`,
    personId,
    groupId,
    seatId: null,
    role: 'MEMBER',
    startDate: '2025-01-01',
    endDate: null,
    status: 'DECIDED',
    allocationBp: 1000,
    ...overrides,
  };
}
