import type { Kysely, Transaction } from 'kysely';
import type { MembershipView } from '@shared/contract/register';
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import { membershipPhase } from '../../domain/register-rules';

type Executor = Kysely<Database> | Transaction<Database>;
export type MembershipFilter = { personId?: string; groupId?: string; id?: string };

export function seatLabel(
  seat: { healthcare_region_code: string | null; region_code: string | null; ordinal: number } | null,
  perRegion: number | null,
): string | null {
  if (!seat) return null;
  const place = seat.healthcare_region_code ?? seat.region_code;
  if (place === null) return String(seat.ordinal);
  return perRegion !== null && perRegion > 1 ? `${place} ${seat.ordinal}` : place;
}

/** Memberships with the names a person needs to read them, newest first. */
export async function loadMembershipViews(
  db: Executor,
  filter: MembershipFilter,
  today: string,
  owner: string | null,
): Promise<MembershipView[]> {
  let query = db
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .leftJoin('seats as s', 's.id', 'm.seat_id')
    .select([
      'm.id',
      'm.person_id',
      'p.name as person_name',
      'p.region_code as person_region',
      'm.group_id',
      'g.name as group_name',
      'g.type as group_type',
      'g.seats_per_healthcare_region',
      'm.seat_id',
      's.healthcare_region_code',
      's.region_code',
      's.ordinal',
      'm.role',
      'm.start_date',
      'm.end_date',
      'm.allocation_bp',
      'm.status',
      'm.notes',
      'm.owner',
      'm.version',
    ])
    .where('m.deleted_at', 'is', null);
  if (filter.personId) query = query.where('m.person_id', '=', filter.personId);
  if (filter.groupId) query = query.where('m.group_id', '=', filter.groupId);
  if (filter.id) query = query.where('m.id', '=', filter.id);
  const rows = await query.orderBy('m.start_date', 'desc').orderBy('p.name').execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    personRegionCode: r.person_region,
    groupId: r.group_id,
    groupName: r.group_name,
    groupType: r.group_type as GroupType,
    seatId: r.seat_id,
    seatLabel:
      r.ordinal === null
        ? null
        : seatLabel(
            { healthcare_region_code: r.healthcare_region_code, region_code: r.region_code, ordinal: r.ordinal },
            r.seats_per_healthcare_region,
          ),
    role: r.role as MembershipRole,
    startDate: r.start_date,
    endDate: r.end_date,
    allocationBp: r.allocation_bp,
    status: r.status as MembershipStatus,
    phase: membershipPhase({ startDate: r.start_date, endDate: r.end_date, status: r.status }, today),
    notes: r.notes,
    owner: r.owner,
    version: r.version,
    readOnly: owner === null || r.owner !== owner,
  }));
}
