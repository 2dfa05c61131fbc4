/** Pure: the vacancy matrix of the national groups × healthcare regions, the to-do list and the expiry forecast. */
import {
  NATIONAL_SEAT_GROUP_TYPES,
  type NationalSeatGroupType,
  type SeatHolder,
  type SeatStatus,
  type SeatTodo,
  type VacancyRow,
  type VacancyView,
} from '@shared/contract/register-insights';
import { expiryForecast } from './expiry-forecast';
import { byId, type RegisterSnapshot, type SnapshotGroup, type SnapshotMembership } from './register-snapshot';
import { cellState, healthcareRegionsWithData, seatState, type SeatState } from './seat-state';

export type VacancyOptions = {
  today: string;
  endingWithinDays: number;
  ownHealthcareRegionCodes: readonly string[];
  expiryShareThresholdBp: number;
  groupType: NationalSeatGroupType | null;
  healthcareRegionCode: string | null;
  status: SeatStatus | null;
};

type NationalGroup = SnapshotGroup & { type: NationalSeatGroupType };

function isNationalSeatGroup(g: SnapshotGroup): g is NationalGroup {
  return g.level === 'NATIONAL' && (NATIONAL_SEAT_GROUP_TYPES as readonly string[]).includes(g.type);
}

export function nationalSeatGroups(snapshot: RegisterSnapshot, groupType: NationalSeatGroupType | null): NationalGroup[] {
  const order = (t: string) => (NATIONAL_SEAT_GROUP_TYPES as readonly string[]).indexOf(t);
  return snapshot.groups
    .filter(isNationalSeatGroup)
    .filter((g) => groupType === null || g.type === groupType)
    .sort((a, b) => order(a.type) - order(b.type) || a.name.localeCompare(b.name, 'sv'));
}

/** A function that turns a membership into a holder with the person's name and the seat's label. */
export function holderMapper(snapshot: RegisterSnapshot): (m: SnapshotMembership) => SeatHolder {
  const persons = byId(snapshot.persons);
  const seats = byId(snapshot.seats);
  return (m) => {
    const person = persons.get(m.personId);
    return {
      membershipId: m.id,
      personId: m.personId,
      personName: person?.name ?? '',
      personRegionCode: person?.regionCode ?? null,
      role: m.role,
      seatId: m.seatId ?? '',
      seatLabel: (m.seatId && seats.get(m.seatId)?.label) || '',
      startDate: m.startDate,
      endDate: m.endDate,
      status: m.status,
    };
  };
}

/** Seat states of every national group's seats, keyed by group id and then healthcare region. */
function seatStatesByGroup(snapshot: RegisterSnapshot, groups: readonly NationalGroup[], options: VacancyOptions) {
  const bySeat = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) {
    if (m.seatId !== null) bySeat.set(m.seatId, [...(bySeat.get(m.seatId) ?? []), m]);
  }
  const groupIds = new Set(groups.map((g) => g.id));
  const states = new Map<string, Map<string, SeatState[]>>();
  for (const seat of snapshot.seats) {
    if (!groupIds.has(seat.groupId) || seat.healthcareRegionCode === null) continue;
    const state = seatState(seat, bySeat.get(seat.id) ?? [], options.today, options.endingWithinDays);
    const perRegion = states.get(seat.groupId) ?? new Map<string, SeatState[]>();
    perRegion.set(seat.healthcareRegionCode, [...(perRegion.get(seat.healthcareRegionCode) ?? []), state]);
    states.set(seat.groupId, perRegion);
  }
  return states;
}

function todoList(
  groups: readonly NationalGroup[],
  states: Map<string, Map<string, SeatState[]>>,
  own: readonly string[],
  toHolder: (m: SnapshotMembership) => SeatHolder,
): SeatTodo[] {
  const todo: SeatTodo[] = [];
  for (const group of groups) {
    for (const code of own) {
      for (const s of states.get(group.id)?.get(code) ?? []) {
        if (s.status === 'FILLED') continue;
        todo.push({
          groupId: group.id,
          groupName: group.name,
          groupType: group.type,
          seatId: s.seat.id,
          seatLabel: s.seat.label,
          healthcareRegionCode: code,
          status: s.status,
          emptyFrom: s.emptyFrom,
          daysLeft: s.daysLeft,
          holders: s.current.map(toHolder),
          upcoming: s.upcoming.map(toHolder),
        });
      }
    }
  }
  const key = (t: SeatTodo) => t.emptyFrom ?? '';
  return todo.sort(
    (a, b) =>
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) ||
      a.groupName.localeCompare(b.groupName, 'sv') ||
      a.seatLabel.localeCompare(b.seatLabel),
  );
}

export function buildVacancyView(snapshot: RegisterSnapshot, options: VacancyOptions): VacancyView {
  const groups = nationalSeatGroups(snapshot, options.groupType);
  const states = seatStatesByGroup(snapshot, groups, options);
  const toHolder = holderMapper(snapshot);
  const regionCodes = snapshot.healthcareRegions
    .map((h) => h.code)
    .filter((c) => options.healthcareRegionCode === null || c === options.healthcareRegionCode);
  const statusCounts = { FILLED: 0, VACANT: 0, ENDING: 0, OVER_FILLED: 0, NO_DATA: 0 };
  const seats = byId(snapshot.seats);
  const known = healthcareRegionsWithData(
    options.ownHealthcareRegionCodes,
    snapshot.memberships.map((m) => (m.seatId === null ? null : (seats.get(m.seatId)?.healthcareRegionCode ?? null))),
  );
  const rows: VacancyRow[] = [];
  for (const group of groups) {
    const cells = regionCodes.map((code) => {
      const cell = cellState(states.get(group.id)?.get(code) ?? []);
      const status: SeatStatus = known.has(code) ? cell.status : 'NO_DATA';
      statusCounts[status] += 1;
      return {
        healthcareRegionCode: code,
        status,
        seatCount: cell.seatCount,
        vacantSeats: status === 'NO_DATA' ? 0 : cell.vacantSeats,
        endingSeats: cell.endingSeats,
        holders: cell.current.map(toHolder),
        upcoming: cell.upcoming.map(toHolder),
      };
    });
    const shown = cells.filter((c) => options.status === null || c.status === options.status);
    if (shown.length === 0) continue;
    rows.push({
      groupId: group.id,
      groupName: group.name,
      groupType: group.type,
      hostHealthcareRegionCode: group.hostHealthcareRegionCode,
      hostingStatus: group.hostingStatus,
      cells: shown,
    });
  }
  return {
    asOf: options.today,
    endingWithinDays: options.endingWithinDays,
    healthcareRegions: snapshot.healthcareRegions,
    ownHealthcareRegionCodes: [...options.ownHealthcareRegionCodes],
    statusCounts,
    rows,
    todo: todoList(groups, states, options.ownHealthcareRegionCodes, toHolder),
    forecast: expiryForecast(snapshot, groups, options, toHolder),
  };
}
