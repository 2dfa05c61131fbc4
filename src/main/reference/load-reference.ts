import { NATIONAL_OWNER } from '@shared/domain/enums';
import type { Connection } from '../db/data';
import { deterministicId } from '../lib/ids';
import { insertIfAbsent } from '../repositories/reference-data';
import { newRecordColumns } from '../repositories/sync-columns';
import type { GroupsFile, RegionsFile } from './files';

const SCB_SOURCE = 'SCB folkmängd 31 december (Samplans referensdata)';

export const referenceIds = {
  healthcareRegion: (code: string) => deterministicId(`healthcare-region:${code}`),
  region: (code: string) => deterministicId(`region:${code}`),
  nationalGroup: (name: string) => deterministicId(`group:NATIONAL:${name}`),
  seat: (groupName: string, healthcareRegion: string, ordinal: number) =>
    deterministicId(`seat:${groupName}:${healthcareRegion}:${ordinal}`),
  carePathway: (name: string) => deterministicId(`care-pathway:${name}`),
};

function loadRegions(conn: Connection, file: RegionsFile, now: string): void {
  for (const hr of file.healthcareRegions) {
    insertIfAbsent(conn, 'healthcare_regions', { ...newRecordColumns(referenceIds.healthcareRegion(hr.code), NATIONAL_OWNER, now), ...hr });
  }
  for (const region of file.regions) {
    const { population, ...rest } = region;
    insertIfAbsent(conn, 'regions', { ...newRecordColumns(referenceIds.region(region.code), NATIONAL_OWNER, now), ...rest });
    for (const [year, value] of Object.entries(population)) {
      insertIfAbsent(conn, 'region_populations', {
        ...newRecordColumns(deterministicId(`population:${region.code}:${year}`), NATIONAL_OWNER, now),
        region_code: region.code,
        year: Number(year),
        population: value,
        source: SCB_SOURCE,
      });
    }
  }
}

/**
 * Membership of regions in healthcare regions with the population of each part. A region in one
 * healthcare region counts with its whole population every year; a split region (Halland) only with
 * the parts the source gives.
 */
function loadMembers(conn: Connection, file: RegionsFile, now: string): void {
  const membershipCount = new Map<string, number>();
  for (const m of file.healthcareRegionMembers) membershipCount.set(m.region, (membershipCount.get(m.region) ?? 0) + 1);
  for (const m of file.healthcareRegionMembers) {
    insertIfAbsent(conn, 'healthcare_region_members', {
      ...newRecordColumns(deterministicId(`hr-member:${m.healthcareRegion}:${m.region}`), NATIONAL_OWNER, now),
      healthcare_region_code: m.healthcareRegion,
      region_code: m.region,
      note: m.note ?? null,
    });
    const region = file.regions.find((r) => r.code === m.region);
    const split = (membershipCount.get(m.region) ?? 0) > 1;
    const parts: Record<string, number> = split ? { '2023': m.population2023 } : { ...(region?.population ?? {}) };
    for (const [year, population] of Object.entries(parts)) {
      insertIfAbsent(conn, 'healthcare_region_member_populations', {
        ...newRecordColumns(deterministicId(`hr-member-population:${m.healthcareRegion}:${m.region}:${year}`), NATIONAL_OWNER, now),
        healthcare_region_code: m.healthcareRegion,
        region_code: m.region,
        year: Number(year),
        population,
        source: split ? `${SCB_SOURCE}; del av regionen: ${m.note ?? ''}`.trim() : SCB_SOURCE,
      });
    }
  }
}

function loadNationalGroups(conn: Connection, file: GroupsFile, healthcareRegions: string[], now: string) {
  for (const group of [...file.npo, ...file.nsg]) {
    const groupId = referenceIds.nationalGroup(group.name);
    insertIfAbsent(conn, 'groups', {
      ...newRecordColumns(groupId, NATIONAL_OWNER, now),
      name: group.name,
      type: group.type,
      level: 'NATIONAL',
      parent_group_id: null,
      healthcare_region_code: null,
      region_code: null,
      host_healthcare_region_code: group.hostHealthcareRegion ?? null,
      hosting_status: group.hostStatus ? (group.hostStatus === 'active' ? 'ACTIVE' : 'DORMANT') : null,
      seats_per_healthcare_region: group.seatsPerHealthcareRegion,
      seat_count: null,
      description: null,
    });
    for (const hr of healthcareRegions) {
      for (let ordinal = 1; ordinal <= group.seatsPerHealthcareRegion; ordinal++) {
        insertIfAbsent(conn, 'seats', {
          ...newRecordColumns(referenceIds.seat(group.name, hr, ordinal), NATIONAL_OWNER, now),
          group_id: groupId,
          healthcare_region_code: hr,
          region_code: null,
          ordinal,
        });
      }
    }
  }
}

function loadCarePathways(conn: Connection, file: GroupsFile, now: string): void {
  for (const pathway of file.carePathwaysStatus20250604) {
    insertIfAbsent(conn, 'care_pathways', {
      ...newRecordColumns(referenceIds.carePathway(pathway.name), NATIONAL_OWNER, now),
      name: pathway.name,
      national_status: pathway.status,
      status_date: '2025-06-04',
    });
  }
}

/** The member-fee default that the seeds state: 10 % of a full-time post for NPO, NSG and council members. */
const ROLE_DEFAULTS = [
  { group_type: 'NPO', role: 'MEMBER', allocation_bp: 1000 },
  { group_type: 'NSG', role: 'MEMBER', allocation_bp: 1000 },
  { group_type: 'PRIMARY_CARE_COUNCIL', role: 'MEMBER', allocation_bp: 1000 },
];

/** Loads the national reference data; safe to run again (existing rows are kept). */
export function loadReferenceData(conn: Connection, regions: RegionsFile, groups: GroupsFile, now: string): void {
  loadRegions(conn, regions, now);
  loadMembers(conn, regions, now);
  loadNationalGroups(
    conn,
    groups,
    regions.healthcareRegions.map((hr) => hr.code),
    now,
  );
  loadCarePathways(conn, groups, now);
  for (const row of ROLE_DEFAULTS) {
    insertIfAbsent(conn, 'role_allocation_defaults', row);
  }
}
