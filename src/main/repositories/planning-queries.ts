/** Read queries of time planning: one query per question, joined, filtered in SQL where it is cheap. */
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../db/data';
import type { RegisterMirror } from '../read-model/register-mirror';
import type { CapacityMembership } from '../domain/capacity/load';
import type { CapacityPerson, LoadMembership, PersonMemberships } from '../domain/capacity/grid';

export type WindowFilter = {
  firstDay: string;
  lastDay: string;
  /** The person's region is one of these (null: any). */
  regionCodes?: readonly string[] | null;
  organisationId?: string | null;
  personId?: string | null;
  /** Only these persons' memberships (null: any). */
  personIds?: readonly string[] | null;
  groupIds?: readonly string[] | null;
  /** Only memberships in one of these roles (null: any). */
  roles?: readonly MembershipRole[] | null;
};

export type WindowMembership = CapacityMembership & { personName: string };

/**
 * Every live membership overlapping [firstDay, lastDay], with its person, organisation and group, in
 * ONE query; the persons are collected from the same rows.
 */
export function loadWindowMemberships(conn: Connection, filter: WindowFilter) {
  let query = qb
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['m.id', 'm.person_id', 'm.group_id', 'm.role', 'm.status', 'm.start_date', 'm.end_date', 'm.allocation_bp'])
    .select(['p.name as person_name', 'p.region_code', 'p.organisation_id', 'o.name as organisation_name'])
    .select(['g.name as group_name', 'g.type as group_type', 'g.region_code as group_region_code'])
    .where('m.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('g.deleted_at', 'is', null)
    .where('m.start_date', '<=', filter.lastDay)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', filter.firstDay)]));
  if (filter.regionCodes) query = query.where('p.region_code', 'in', filter.regionCodes.length > 0 ? [...filter.regionCodes] : ['']);
  if (filter.organisationId) query = query.where('p.organisation_id', '=', filter.organisationId);
  if (filter.personId) query = query.where('m.person_id', '=', filter.personId);
  if (filter.personIds) query = query.where('m.person_id', 'in', filter.personIds.length > 0 ? [...filter.personIds] : ['']);
  if (filter.groupIds) query = query.where('m.group_id', 'in', filter.groupIds.length > 0 ? [...filter.groupIds] : ['']);
  if (filter.roles) query = query.where('m.role', 'in', filter.roles.length > 0 ? [...filter.roles] : ['']);
  const rows = all(conn, query);
  const persons = new Map<string, CapacityPerson>();
  const memberships: WindowMembership[] = rows.map((r) => {
    if (!persons.has(r.person_id)) {
      persons.set(r.person_id, {
        id: r.person_id,
        name: r.person_name,
        regionCode: r.region_code,
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
      });
    }
    return {
      id: r.id,
      personId: r.person_id,
      personName: r.person_name,
      groupId: r.group_id,
      groupName: r.group_name,
      groupType: r.group_type as GroupType,
      groupRegionCode: r.group_region_code,
      role: r.role as MembershipRole,
      status: r.status as MembershipStatus,
      startDate: r.start_date,
      endDate: r.end_date,
      allocationBp: r.allocation_bp,
    };
  });
  return { persons, memberships };
}

export type GridFilter = Omit<WindowFilter, 'personId' | 'personIds' | 'groupIds'>;

/** A person the grid's region and organisation filters keep, with their memberships overlapping the window; null otherwise. */
export function gridPerson(
  mirror: RegisterMirror,
  personId: string,
  filter: GridFilter,
  regions: ReadonlySet<string> | null,
): PersonMemberships | null {
  const p = mirror.persons.get(personId);
  if (!p) return null;
  if (regions && (p.regionCode === null || !regions.has(p.regionCode))) return null;
  if (filter.organisationId && p.organisationId !== filter.organisationId) return null;
  const memberships: LoadMembership[] = [];
  for (const m of mirror.membershipsOf(p.id)) {
    if (m.startDate <= filter.lastDay && (m.endDate === null || m.endDate >= filter.firstDay)) memberships.push(m);
  }
  if (memberships.length === 0) return null;
  const organisationName = p.organisationId === null ? null : (mirror.organisationNames.get(p.organisationId) ?? null);
  return { person: { id: p.id, name: p.name, regionCode: p.regionCode, organisationId: p.organisationId, organisationName }, memberships };
}

/**
 * The capacity grid's read, from the register mirror: the persons in the given regions (or
 * organisation) with live memberships overlapping the window, in the grid's name order (Swedish
 * collation, then id), each with those memberships.
 */
export function capacityMemberships(mirror: RegisterMirror, filter: GridFilter): PersonMemberships[] {
  const regions = filter.regionCodes ? new Set(filter.regionCodes) : null;
  const entries: PersonMemberships[] = [];
  for (const p of mirror.personsByName()) {
    const selected = gridPerson(mirror, p.id, filter, regions);
    if (selected) entries.push(selected);
  }
  return entries;
}

/** Live region names by code. */
export function regionNames(conn: Connection): Map<string, string> {
  const rows = all(conn, qb.selectFrom('regions').select(['code', 'name']).where('deleted_at', 'is', null));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** A live person's id and name (the capacity cell's heading), or undefined. */
export function livePersonName(conn: Connection, id: string): { id: string; name: string } | undefined {
  return first(conn, qb.selectFrom('persons').select(['id', 'name']).where('id', '=', id).where('deleted_at', 'is', null));
}
