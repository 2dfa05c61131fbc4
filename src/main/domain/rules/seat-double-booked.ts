/** SEAT_DOUBLE_BOOKED: one seat held by two assignments on the same day (arrived by package or old data; entry refuses it). */
import type { WarningOf } from '@shared/contract/rule-warnings';
import { byId, type RegisterSnapshot } from '../register-snapshot';
import { doubleBookings } from '../seat-overlap';
import { firstMonthOf, type Horizon } from './horizon';

/** Every pair of assignments of one seat that share a day from today to the end of the horizon, once per pair. */
export function seatDoubleBooked(snapshot: RegisterSnapshot, horizon: Horizon): WarningOf<'SEAT_DOUBLE_BOOKED'>[] {
  const today = horizon.today;
  const seats = byId(snapshot.seats);
  const persons = byId(snapshot.persons);
  const groups = byId(snapshot.groups);
  const within = doubleBookings(snapshot.memberships, today).filter(({ from }) => from <= horizon.lastDay);
  return within.map(({ first, second, from, to }) => {
    const start = from < today ? today : from;
    return {
      code: 'SEAT_DOUBLE_BOOKED',
      key: `SEAT_DOUBLE_BOOKED:${first.id}|${second.id}`,
      severity: 'WARNING',
      firstMonth: firstMonthOf(start, horizon),
      dismissal: null,
      personIds: [...new Set([first.personId, second.personId])],
      groupIds: [first.groupId],
      membershipIds: [first.id, second.id],
      params: {
        groupId: first.groupId,
        groupName: groups.get(first.groupId)?.name ?? '',
        seatLabel: seats.get(first.seatId ?? '')?.label ?? '',
        personId: first.personId,
        personName: persons.get(first.personId)?.name ?? '',
        otherPersonId: second.personId,
        otherPersonName: persons.get(second.personId)?.name ?? '',
        from: start,
        until: to,
      },
    };
  });
}
