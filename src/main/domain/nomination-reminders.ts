/**
 * Pure: what a coordinator should act on in nominations, most urgent first — requests near or past their
 * due date, candidates waiting for the manager or the declaration, own seats whose term ends within the
 * horizon with no open request for them (the Vakanser seat state), chairs nearing the chair-term limit
 * (the register's chair rule). Time is passed in (`today`).
 */
import type { CandidateView, NominationReminder, NominationReminderKind, RequestSummary } from '@shared/contract/nominations';
import { addDays, daysBetween } from '@shared/calendar';
import { byId, type RegisterSnapshot, type SnapshotMembership } from './register-snapshot';
import { chairOverLimit } from './rules/chair-term';
import { seatState } from './seat-state';
import { nationalSeatGroups } from './vacancies';

export type ReminderRequest = Pick<RequestSummary, 'id' | 'status' | 'groupId' | 'groupName' | 'seatId' | 'seatLabel' | 'dueDate'>;
export type ReminderCandidate = Pick<CandidateView, 'id' | 'requestId' | 'name' | 'status' | 'missing' | 'waitingDays'>;

export type ReminderOptions = {
  today: string;
  horizonDays: number;
  dueSoonDays: number;
  ownHealthcareRegionCodes: readonly string[];
  chairMaxYears: number;
};

type Ranked = NominationReminder & { urgency: number };

const KIND_ORDER: readonly NominationReminderKind[] = [
  'REQUEST_OVERDUE',
  'REQUEST_DUE_SOON',
  'WAITING_MANAGER',
  'WAITING_DECLARATION',
  'TERM_ENDS_NO_REQUEST',
  'CHAIR_NEAR_THREE_YEARS',
];

const empty = { seatId: null, seatLabel: null, requestId: null, candidateId: null, personName: null, membershipId: null };

function requestReminders(requests: readonly ReminderRequest[], options: ReminderOptions): Ranked[] {
  return requests.flatMap((r) => {
    const days = daysBetween(options.today, r.dueDate);
    if (r.status !== 'OPEN' || days > options.dueSoonDays) return [];
    const kind = days < 0 ? 'REQUEST_OVERDUE' : 'REQUEST_DUE_SOON';
    return [
      {
        ...empty,
        kind,
        date: r.dueDate,
        days,
        urgency: days,
        groupId: r.groupId,
        groupName: r.groupName,
        requestId: r.id,
        seatId: r.seatId,
        seatLabel: r.seatLabel,
      },
    ];
  });
}

/** A candidate still on the road who waits for the manager's approval or the declaration; as urgent as its request's due date. */
function waitingReminders(requests: readonly ReminderRequest[], candidates: readonly ReminderCandidate[], today: string): Ranked[] {
  const open = byId(requests.filter((r) => r.status === 'OPEN'));
  return candidates.flatMap((c) => {
    const request = open.get(c.requestId);
    if (!request || c.waitingDays === null) return [];
    const kind = c.missing.includes('MANAGER_APPROVAL')
      ? 'WAITING_MANAGER'
      : c.missing.includes('DECLARATION')
        ? 'WAITING_DECLARATION'
        : null;
    if (kind === null) return [];
    return [
      {
        ...empty,
        kind,
        date: addDays(today, -c.waitingDays),
        days: c.waitingDays,
        urgency: daysBetween(today, request.dueDate),
        groupId: request.groupId,
        groupName: request.groupName,
        seatId: request.seatId,
        seatLabel: request.seatLabel,
        requestId: request.id,
        candidateId: c.id,
        personName: c.name,
      },
    ];
  });
}

/** The own healthcare regions' seats of national groups (as Vakanser scopes them) whose cover ends within the horizon, without an open request. */
function termReminders(snapshot: RegisterSnapshot, requests: readonly ReminderRequest[], options: ReminderOptions): Ranked[] {
  const requested = new Set(requests.flatMap((r) => (r.status === 'OPEN' && r.seatId !== null ? [r.seatId] : [])));
  const groups = byId(nationalSeatGroups(snapshot, null));
  const own = new Set(options.ownHealthcareRegionCodes);
  const persons = byId(snapshot.persons);
  const bySeat = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) if (m.seatId !== null) bySeat.set(m.seatId, [...(bySeat.get(m.seatId) ?? []), m]);
  return snapshot.seats.flatMap((seat) => {
    const group = groups.get(seat.groupId);
    if (!group || seat.healthcareRegionCode === null || !own.has(seat.healthcareRegionCode) || requested.has(seat.id)) return [];
    const state = seatState(seat, bySeat.get(seat.id) ?? [], options.today, options.horizonDays);
    if (state.status !== 'ENDING' || state.emptyFrom === null || state.daysLeft === null) return [];
    const holder = state.current.find((m) => m.endDate !== null) ?? state.current[0];
    return [
      {
        ...empty,
        kind: 'TERM_ENDS_NO_REQUEST' as const,
        date: addDays(state.emptyFrom, -1),
        days: state.daysLeft,
        urgency: state.daysLeft,
        groupId: group.id,
        groupName: group.name,
        seatId: seat.id,
        seatLabel: seat.label,
        personName: state.current.map((m) => persons.get(m.personId)?.name ?? '').join(', ') || null,
        membershipId: holder?.id ?? null,
      },
    ];
  });
}

/** Chairs who reach the limit within the horizon (or already have), from the own healthcare regions when they are known. */
function chairReminders(snapshot: RegisterSnapshot, options: ReminderOptions): Ranked[] {
  const lastDay = addDays(options.today, options.horizonDays);
  const ownRegions = new Set(
    options.ownHealthcareRegionCodes.flatMap((hr) =>
      snapshot.healthcareRegionMembers.filter((m) => m.healthcareRegionCode === hr).map((m) => m.regionCode),
    ),
  );
  const persons = byId(snapshot.persons);
  const memberships = byId(snapshot.memberships);
  const seats = byId(snapshot.seats);
  return chairOverLimit(snapshot, { today: options.today, lastDay, months: [] }, options.chairMaxYears).flatMap((warning) => {
    const p = warning.params;
    const region = persons.get(p.personId)?.regionCode ?? null;
    const membership = memberships.get(warning.membershipIds.at(-1) ?? '');
    const seat = membership?.seatId ? seats.get(membership.seatId) : undefined;
    const ownPerson = region !== null && ownRegions.has(region);
    const ownSeat = seat?.healthcareRegionCode != null && options.ownHealthcareRegionCodes.includes(seat.healthcareRegionCode);
    if (options.ownHealthcareRegionCodes.length > 0 && !ownPerson && !ownSeat) return [];
    const days = daysBetween(options.today, p.exceedsOn);
    return [
      {
        ...empty,
        kind: 'CHAIR_NEAR_THREE_YEARS' as const,
        date: p.exceedsOn,
        days,
        urgency: days,
        groupId: p.groupId,
        groupName: p.groupName,
        seatId: seat?.id ?? null,
        seatLabel: seat?.label ?? null,
        personName: p.personName,
        membershipId: membership?.id ?? null,
      },
    ];
  });
}

/** Every reminder, the most urgent first (fewest days left to act), then by kind, group and person. */
export function nominationReminders(
  snapshot: RegisterSnapshot,
  requests: readonly ReminderRequest[],
  candidates: readonly ReminderCandidate[],
  options: ReminderOptions,
): NominationReminder[] {
  const all = [
    ...requestReminders(requests, options),
    ...waitingReminders(requests, candidates, options.today),
    ...termReminders(snapshot, requests, options),
    ...chairReminders(snapshot, options),
  ];
  all.sort(
    (a, b) =>
      a.urgency - b.urgency ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.kind.startsWith('WAITING') ? b.days - a.days : 0) ||
      a.groupName.localeCompare(b.groupName, 'sv') ||
      (a.personName ?? '').localeCompare(b.personName ?? '', 'sv'),
  );
  return all.map(({ urgency: _urgency, ...reminder }) => reminder);
}
