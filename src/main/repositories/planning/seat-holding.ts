/** Seats with their group and whether a membership holds them on a day (the year plan's seat counts). */
import { sql } from 'kysely';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { all, qb, type Connection } from '../../db/data';

export type SeatHolding = {
  groupId: string;
  groupType: GroupType;
  groupLevel: GroupLevel;
  /** The seat's healthcare region (national groups). */
  healthcareRegionCode: string | null;
  groupRegionCode: string | null;
  groupHealthcareRegionCode: string | null;
  held: boolean;
};

type SeatHoldingRow = {
  group_id: string;
  type: string;
  level: string;
  healthcare_region_code: string | null;
  region_code: string | null;
  group_hr: string | null;
  held: number;
};

export function seatHoldingOf(r: SeatHoldingRow): SeatHolding {
  return {
    groupId: r.group_id,
    groupType: r.type as GroupType,
    groupLevel: r.level as GroupLevel,
    healthcareRegionCode: r.healthcare_region_code,
    groupRegionCode: r.region_code,
    groupHealthcareRegionCode: r.group_hr,
    held: Number(r.held) === 1,
  };
}

/** Every live seat of a live group, held or not on `asOf`. */
export function seatHoldings(conn: Connection, asOf: string): SeatHolding[] {
  const held = sql<number>`EXISTS (SELECT 1 FROM memberships m WHERE m.seat_id = s.id AND m.deleted_at IS NULL AND m.start_date <= ${asOf}
    AND ((m.end_date IS NULL AND m.status != 'ENDED') OR m.end_date >= ${asOf}))`;
  const rows = all(
    conn,
    qb
      .selectFrom('seats as s')
      .innerJoin('groups as g', 'g.id', 's.group_id')
      .select([
        'g.id as group_id',
        'g.type',
        'g.level',
        's.healthcare_region_code',
        'g.region_code',
        'g.healthcare_region_code as group_hr',
      ])
      .select(held.as('held'))
      .where('s.deleted_at', 'is', null)
      .where('g.deleted_at', 'is', null),
  );
  return rows.map(seatHoldingOf);
}
