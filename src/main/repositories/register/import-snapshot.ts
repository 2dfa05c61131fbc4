/** The part of the register an import compares its rows with, read in one go. */
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import { all, qb, type Connection } from '../../db/data';
import type { Snapshot } from '../../domain/register-import/plan';
import { seatLabelOf, type SeatPlaces, type SeatRef } from '../../domain/register-import/seats';
import type { RegionRef } from '../../domain/register-import/values';

export function loadRegions(conn: Connection): RegionRef[] {
  return all(conn, qb.selectFrom('regions').select(['code', 'name', 'county']).where('deleted_at', 'is', null).orderBy('code'));
}

export function loadSnapshot(conn: Connection, owner: string): Snapshot {
  const persons = all(
    conn,
    qb
      .selectFrom('persons as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.id', 'p.name', 'p.email', 'o.name as organisationName', 'p.region_code as regionCode', 'p.owner'])
      .where('p.deleted_at', 'is', null)
      .orderBy('p.created_at')
      .orderBy('p.id'),
  );
  const organisations = all(
    conn,
    qb.selectFrom('organisations').select(['id', 'name', 'owner']).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id'),
  );
  const groups = all(conn, qb.selectFrom('groups').select(['id', 'name', 'type', 'owner']).where('deleted_at', 'is', null).orderBy('name'));
  const memberships = all(
    conn,
    qb
      .selectFrom('memberships')
      .select(['id', 'person_id', 'group_id', 'seat_id', 'role', 'start_date', 'end_date', 'allocation_bp', 'status', 'owner', 'version'])
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id'),
  );
  const seats = loadSeats(conn);
  const labels = seatLabels(seats);
  return {
    owner,
    persons,
    organisations,
    groups: groups.map((g) => ({ ...g, type: g.type as GroupType })),
    memberships: memberships.map((m) => ({
      id: m.id,
      personId: m.person_id,
      groupId: m.group_id,
      role: m.role as MembershipRole,
      startDate: m.start_date,
      endDate: m.end_date,
      allocationBp: m.allocation_bp,
      status: m.status as MembershipStatus,
      owner: m.owner,
      version: m.version,
      seatLabel: m.seat_id === null ? null : (labels.get(m.seat_id) ?? null),
    })),
    seats,
    seatHoldings: memberships
      .filter((m) => m.seat_id !== null)
      .map((m) => ({ seatId: m.seat_id!, startDate: m.start_date, endDate: m.end_date })),
    places: loadPlaces(conn),
    allocationDefaults: new Map(
      all(conn, qb.selectFrom('role_allocation_defaults').selectAll()).map((d) => [`${d.group_type}|${d.role}`, d.allocation_bp] as const),
    ),
  };
}

function loadSeats(conn: Connection): SeatRef[] {
  const rows = all(
    conn,
    qb
      .selectFrom('seats as s')
      .innerJoin('groups as g', 'g.id', 's.group_id')
      .select(['s.id', 's.group_id', 's.healthcare_region_code', 's.region_code', 's.ordinal'])
      .where('s.deleted_at', 'is', null)
      .where('g.deleted_at', 'is', null)
      .orderBy('s.group_id')
      .orderBy('s.ordinal'),
  );
  return rows.map((r) => ({
    id: r.id,
    groupId: r.group_id,
    healthcareRegionCode: r.healthcare_region_code,
    regionCode: r.region_code,
    ordinal: r.ordinal,
  }));
}

/** Seat id → its label, numbered only where a group has several seats per place. */
function seatLabels(seats: readonly SeatRef[]): Map<string, string> {
  const perPlace = new Map<string, number>();
  const placeKey = (s: SeatRef) => `${s.groupId}|${s.healthcareRegionCode ?? s.regionCode ?? ''}`;
  for (const seat of seats) perPlace.set(placeKey(seat), (perPlace.get(placeKey(seat)) ?? 0) + 1);
  return new Map(seats.map((s) => [s.id, seatLabelOf(s, perPlace.get(placeKey(s)) ?? 1)] as const));
}

/** Region → healthcare regions, and every place's names ("Norra sjukvårdsregionen", "Norra"). */
function loadPlaces(conn: Connection): SeatPlaces {
  const members = all(
    conn,
    qb.selectFrom('healthcare_region_members').select(['healthcare_region_code', 'region_code']).where('deleted_at', 'is', null),
  );
  const healthcareRegionsOf = new Map<string, string[]>();
  for (const m of members)
    healthcareRegionsOf.set(m.region_code, [...(healthcareRegionsOf.get(m.region_code) ?? []), m.healthcare_region_code]);
  const placeNames = new Map<string, string[]>();
  const healthcareRegions = all(conn, qb.selectFrom('healthcare_regions').select(['code', 'name']).where('deleted_at', 'is', null));
  for (const h of healthcareRegions) {
    const short = h.name
      .replace(/\s*sjukvårdsregionen?\s*/i, ' ')
      .replace(/^sjukvårdsregion\s+/i, '')
      .trim();
    placeNames.set(h.code, [h.name, short]);
  }
  for (const r of loadRegions(conn)) placeNames.set(r.code, [r.name, r.county, r.name.replace(/^Region\s+/, '')]);
  return { healthcareRegionsOf, placeNames };
}
