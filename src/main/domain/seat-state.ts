/** Pure: whether one seat is held today, and for how long its cover (holder + planned successors) lasts. */
import { addDays, daysBetween } from '@shared/calendar';
import { isActiveOn, membershipPhase } from './register-rules';
import type { SnapshotMembership, SnapshotSeat } from './register-snapshot';

export type SeatState = {
  seat: SnapshotSeat;
  status: 'FILLED' | 'VACANT' | 'ENDING';
  /** Holders active today. */
  current: SnapshotMembership[];
  /** Holders who start later, earliest first. */
  upcoming: SnapshotMembership[];
  /** First day without a holder (VACANT: since; ENDING: from); null when never held or FILLED. */
  emptyFrom: string | null;
  /** ENDING: days from today to the last covered day. */
  daysLeft: number | null;
};

const OPEN = null;

/** The last day the seat is covered: the current holders' end, extended by planned successors that follow on without a gap. */
export function coverEnd(current: readonly SnapshotMembership[], upcoming: readonly SnapshotMembership[]): string | null {
  if (current.some((m) => m.endDate === null)) return OPEN;
  let end = current.reduce((max, m) => (m.endDate !== null && m.endDate > max ? m.endDate : max), '');
  for (const next of upcoming) {
    if (next.startDate > addDays(end, 1)) break;
    if (next.endDate === null) return OPEN;
    if (next.endDate > end) end = next.endDate;
  }
  return end;
}

function lastPastEnd(memberships: readonly SnapshotMembership[], today: string): string | null {
  const ends = memberships
    .filter((m) => membershipPhase(m, today) === 'PAST' && m.endDate !== null)
    .map((m) => m.endDate as string)
    .sort();
  return ends.at(-1) ?? null;
}

/**
 * VACANT when nobody holds the seat today; ENDING when the cover ends within `endingWithinDays`
 * (the boundary day counts: ending on today + N is ENDING, on today + N + 1 is FILLED); otherwise FILLED.
 */
export function seatState(
  seat: SnapshotSeat,
  memberships: readonly SnapshotMembership[],
  today: string,
  endingWithinDays: number,
): SeatState {
  const own = memberships.filter((m) => m.seatId === seat.id);
  const current = own.filter((m) => isActiveOn(m, today));
  const upcoming = own
    .filter((m) => membershipPhase(m, today) === 'PLANNED')
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  if (current.length === 0) {
    const lastEnd = lastPastEnd(own, today);
    return { seat, status: 'VACANT', current, upcoming, emptyFrom: lastEnd === null ? null : addDays(lastEnd, 1), daysLeft: null };
  }
  const end = coverEnd(current, upcoming);
  if (end !== null) {
    const daysLeft = daysBetween(today, end);
    if (daysLeft <= endingWithinDays) return { seat, status: 'ENDING', current, upcoming, emptyFrom: addDays(end, 1), daysLeft };
  }
  return { seat, status: 'FILLED', current, upcoming, emptyFrom: null, daysLeft: null };
}

export type CellState = {
  status: 'FILLED' | 'VACANT' | 'ENDING' | 'OVER_FILLED';
  seatCount: number;
  vacantSeats: number;
  endingSeats: number;
  current: SnapshotMembership[];
  upcoming: SnapshotMembership[];
};

/** One group × healthcare region: more current holders than seats wins, then any vacant, then any ending. */
export function cellState(seats: readonly SeatState[]): CellState {
  const current = seats.flatMap((s) => s.current);
  const upcoming = seats.flatMap((s) => s.upcoming);
  const vacantSeats = seats.filter((s) => s.status === 'VACANT').length;
  const endingSeats = seats.filter((s) => s.status === 'ENDING').length;
  const status = current.length > seats.length ? 'OVER_FILLED' : vacantSeats > 0 ? 'VACANT' : endingSeats > 0 ? 'ENDING' : 'FILLED';
  return { status, seatCount: seats.length, vacantSeats, endingSeats, current, upcoming };
}

/**
 * The healthcare regions whose seats this installation can tell held or vacant: its own, and every
 * healthcare region with a holder (past, present or planned) on any of its seats here (a package from
 * it arrived). The seats of the others are NO_DATA, never "vacant" (the vacancy list and the group page
 * both ask this).
 */
export function healthcareRegionsWithData(own: readonly string[], heldSeatRegions: Iterable<string | null>): Set<string> {
  const known = new Set(own);
  for (const code of heldSeatRegions) if (code !== null) known.add(code);
  return known;
}
