import { describe, expect, it } from 'vitest';
import { nominationReminders, type ReminderCandidate, type ReminderRequest } from '../../src/main/domain/nomination-reminders';
import { emptySnapshot, membership, nationalGroup, person } from '../helpers/snapshot';

const today = '2026-12-06';
const options = { today, horizonDays: 90, dueSoonDays: 14, ownHealthcareRegionCodes: ['NORRA'], chairMaxYears: 3 };

function request(id: string, over: Partial<ReminderRequest> = {}): ReminderRequest {
  return { id, status: 'OPEN', groupId: 'a', groupName: 'Group a', seatId: null, seatLabel: null, dueDate: '2027-06-01', ...over };
}

function candidate(id: string, requestId: string, over: Partial<ReminderCandidate> = {}): ReminderCandidate {
  return {
    id,
    requestId,
    name: `Kandidat ${id}`,
    status: 'PROPOSED',
    missing: ['MANAGER_APPROVAL', 'DECLARATION', 'NOMINATION'],
    waitingDays: 5,
    ...over,
  };
}

describe('nominationReminders', () => {
  it('reminds of open requests due within the due-soon days or past due, not of later, closed or cancelled ones', () => {
    const s = emptySnapshot();
    const requests = [
      request('soon', { dueDate: '2026-12-20' }),
      request('edge', { dueDate: '2026-12-21' }),
      request('past', { dueDate: '2026-12-01' }),
      request('closed', { dueDate: '2026-12-01', status: 'CLOSED' }),
      request('cancelled', { dueDate: '2026-12-07', status: 'CANCELLED' }),
    ];
    const reminders = nominationReminders(s, requests, [], options);
    expect(reminders.map((r) => [r.kind, r.requestId, r.days])).toEqual([
      ['REQUEST_OVERDUE', 'past', -5],
      ['REQUEST_DUE_SOON', 'soon', 14],
    ]);
    expect(reminders[0]?.date).toBe('2026-12-01');
  });

  it('reminds of candidates waiting for the manager or the declaration, with the day waited since', () => {
    const s = emptySnapshot();
    const requests = [request('r1', { dueDate: '2027-01-31' }), request('r2', { status: 'CLOSED' })];
    const candidates = [
      candidate('c1', 'r1', { waitingDays: 3 }),
      candidate('c2', 'r1', { status: 'MANAGER_APPROVED', missing: ['DECLARATION', 'NOMINATION'], waitingDays: 20 }),
      candidate('c3', 'r1', { status: 'DECLARATION_RECEIVED', missing: ['NOMINATION'], waitingDays: null }),
      candidate('c4', 'r2', { waitingDays: 40 }),
    ];
    const reminders = nominationReminders(s, requests, candidates, options);
    expect(reminders.map((r) => [r.kind, r.candidateId, r.days, r.date])).toEqual([
      ['WAITING_MANAGER', 'c1', 3, '2026-12-03'],
      ['WAITING_DECLARATION', 'c2', 20, '2026-11-16'],
    ]);
    expect(reminders[0]).toMatchObject({ personName: 'Kandidat c1', requestId: 'r1', groupName: 'Group a' });
  });

  it('reminds of own seats whose term ends within the horizon unless an open request is for that seat', () => {
    const s = emptySnapshot();
    nationalGroup(s, 'a');
    nationalGroup(s, 'b');
    s.persons.push(person('p1', { name: 'Anna Holm' }), person('p2'), person('p3'), person('p4'));
    s.memberships.push(
      membership('p1', 'a', { id: 'ma', seatId: 'a:NORRA:1', endDate: '2027-02-04' }),
      membership('p2', 'b', { seatId: 'b:NORRA:1', endDate: '2027-02-04' }),
      membership('p3', 'a', { seatId: 'a:VASTRA:1', endDate: '2027-01-01' }),
      membership('p4', 'b', { seatId: 'b:STOCKHOLM_GOTLAND:1', endDate: '2027-12-31' }),
    );
    const requests = [request('rb', { groupId: 'b', groupName: 'Group b', seatId: 'b:NORRA:1' })];
    const reminders = nominationReminders(s, requests, [], options);
    expect(reminders.map((r) => [r.kind, r.seatId, r.date, r.days, r.personName, r.membershipId])).toEqual([
      ['TERM_ENDS_NO_REQUEST', 'a:NORRA:1', '2027-02-04', 60, 'Anna Holm', 'ma'],
    ]);
    // beyond the horizon: nothing
    expect(nominationReminders(s, requests, [], { ...options, horizonDays: 59 })).toEqual([]);
    // a successor who follows on covers the seat
    s.memberships.push(membership('p2', 'a', { seatId: 'a:NORRA:1', startDate: '2027-02-05' }));
    expect(nominationReminders(s, requests, [], options)).toEqual([]);
  });

  it('reminds of chairs reaching three years within the horizon, as the chair-term rule counts them', () => {
    const s = emptySnapshot();
    nationalGroup(s, 'a');
    s.persons.push(
      person('near', { regionCode: '24', name: 'Nära' }),
      person('far', { regionCode: '24' }),
      person('other', { regionCode: '14' }),
    );
    s.memberships.push(
      membership('near', 'a', { role: 'CHAIR', startDate: '2024-01-01' }),
      membership('far', 'a', { role: 'CHAIR', startDate: '2025-01-01' }),
      membership('other', 'a', { role: 'CHAIR', startDate: '2024-01-01' }),
      membership('near', 'a', { role: 'CHAIR', startDate: '2023-01-01', endDate: '2023-06-30', id: 'old' }),
    );
    const reminders = nominationReminders(s, [], [], options);
    expect(reminders.map((r) => [r.kind, r.personName, r.date, r.days])).toEqual([['CHAIR_NEAR_THREE_YEARS', 'Nära', '2027-01-01', 26]]);
    // before setup (no own healthcare region) every chair is shown
    expect(nominationReminders(s, [], [], { ...options, ownHealthcareRegionCodes: [] })).toHaveLength(2);
  });

  it('sorts by the days left to act, whatever the kind', () => {
    const s = emptySnapshot();
    nationalGroup(s, 'a');
    s.persons.push(person('p1'));
    s.memberships.push(membership('p1', 'a', { seatId: 'a:NORRA:1', endDate: '2026-12-10' }));
    const requests = [request('late', { dueDate: '2026-11-30' }), request('r', { dueDate: '2026-12-18' })];
    const candidates = [candidate('c', 'r', { waitingDays: 30 })];
    const kinds = nominationReminders(s, requests, candidates, options).map((r) => [r.kind, r.days]);
    expect(kinds).toEqual([
      ['REQUEST_OVERDUE', -6],
      ['TERM_ENDS_NO_REQUEST', 4],
      ['REQUEST_DUE_SOON', 12],
      ['WAITING_MANAGER', 30],
    ]);
  });
});
