import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { NominationBalance } from '../../../src/shared/contract/nominations';
import type { GroupDetail, MembershipView } from '../../../src/shared/contract/register';
import { locationFromHash } from '../../../src/renderer/src/router';
import { changesOf } from '../../../src/renderer/src/views/nominations/balance-changes';
import { startHref, stepsDone } from '../../../src/renderer/src/views/nominations/nomination-words';
import { checkRequest, emptyRequestValues, prefillFromGroup } from '../../../src/renderer/src/views/nominations/request-form-model';
import { checkMembership, initialMembershipValues } from '../../../src/renderer/src/components/membership/membership-form-model';

const GROUP = '5b0f1c9e-1111-4222-8333-944455556666';
const SEAT = '7c1a2b3d-2222-4333-8444-a55566667777';
const PERSON = '9d2e3f4a-3333-4444-8555-b66677778888';
const t = ((key: string) => key) as unknown as TFunction;

function holder(over: Partial<MembershipView>): MembershipView {
  return {
    id: 'm1',
    personId: 'p1',
    personName: 'Anna Holm',
    personRegionCode: '23',
    groupId: GROUP,
    groupName: 'NAG Demens',
    groupType: 'NAG',
    seatId: SEAT,
    seatLabel: 'NORRA',
    role: 'CHAIR',
    startDate: '2024-01-01',
    endDate: '2026-12-31',
    allocationBp: 2000,
    status: 'DECIDED',
    phase: 'CURRENT',
    notes: null,
    owner: '23',
    version: 1,
    readOnly: false,
    ...over,
  };
}

function group(holders: MembershipView[]): GroupDetail {
  const seat = { id: SEAT, label: 'NORRA', healthcareRegionCode: 'NORRA', regionCode: null, ordinal: 1, holders, noData: false };
  return { group: { id: GROUP, level: 'NATIONAL' }, seats: [seat] } as unknown as GroupDetail;
}

describe('the one-click start of a nomination', () => {
  it('links to the prefilled form of the group and the seat, and reads the link back', () => {
    expect(locationFromHash(startHref(GROUP, SEAT))).toEqual({ route: 'nominationStart', id: `${GROUP}~${SEAT}` });
    expect(locationFromHash(startHref(GROUP, null))).toEqual({ route: 'nominationStart', id: GROUP });
    expect(locationFromHash('#/nomineringar/ny')).toEqual({ route: 'nominationNew', id: null });
    expect(locationFromHash(`#/nomineringar/${GROUP}`)).toEqual({ route: 'nomination', id: GROUP });
  });

  it('starts the period the day after the holder ends, due 30 days before, with the holder’s role and share', () => {
    const values = prefillFromGroup(group([holder({})]), SEAT, '2026-10-01');
    expect(values).toMatchObject({
      groupId: GROUP,
      seatId: SEAT,
      requestedBy: 'NATIONAL_GROUP',
      role: 'CHAIR',
      allocation: '20',
      periodStart: '2027-01-01',
      dueDate: '2026-12-02',
    });
  });

  it('never sets a due date in the past, and leaves the period open for a seat without an end', () => {
    expect(prefillFromGroup(group([holder({})]), SEAT, '2026-12-20').dueDate).toBe('2026-12-20');
    const open = prefillFromGroup(group([holder({ endDate: null })]), SEAT, '2026-10-01');
    expect(open.periodStart).toBe('');
    expect(open.role).toBe('CHAIR');
  });

  it('checks the form with the contract: a group and a due date are required, the share is a percentage', () => {
    const empty = checkRequest({ ...emptyRequestValues('2026-10-01'), dueDate: '' }, t);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(Object.keys(empty.errors).sort()).toEqual(['dueDate', 'groupId']);
    const filled = checkRequest({ ...prefillFromGroup(group([holder({})]), SEAT, '2026-10-01'), allocation: '12,5' }, t);
    expect(filled.ok && filled.input).toMatchObject({ allocationBp: 1250, periodStart: '2027-01-01', periodEnd: null, personsWanted: 1 });
    const wrong = checkRequest({ ...prefillFromGroup(group([holder({})]), SEAT, '2026-10-01'), allocation: '120' }, t);
    expect(wrong.ok).toBe(false);
  });

  it('reads the share and the period as the assignment form does (one parsing for both)', () => {
    const cases = [
      { allocation: '12,5', start: '2027-01-01', end: '2028-12-31' },
      { allocation: '120', start: '2027-01-01', end: '' },
      { allocation: 'tio', start: '2027-01-01', end: '' },
      { allocation: '', start: '2027-01-01', end: '2026-12-31' },
    ];
    for (const c of cases) {
      const request = checkRequest(
        { ...prefillFromGroup(group([holder({})]), SEAT, '2026-10-01'), allocation: c.allocation, periodStart: c.start, periodEnd: c.end },
        t,
      );
      const assignment = checkMembership(
        { ...initialMembershipValues(PERSON, GROUP, ''), allocation: c.allocation, startDate: c.start, endDate: c.end },
        t,
      );
      expect(request.ok).toBe(assignment.ok);
      if (request.ok && assignment.ok) expect(request.input.allocationBp).toBe(assignment.input.allocationBp);
      if (!request.ok && !assignment.ok) {
        expect(request.errors['allocationBp']).toBe(assignment.errors['allocationBp']);
        expect(request.errors['periodEnd']).toBe(assignment.errors['endDate']);
      }
    }
  });
});

describe('a candidate on the road', () => {
  it('marks the steps passed; a skipped step stays open, and a candidate not chosen keeps what was passed', () => {
    const base = { managerApprovedOn: null, declarationReceivedOn: null, nominatedOn: null };
    expect(stepsDone({ ...base, status: 'PROPOSED' })).toEqual([true, false, false, false, false]);
    const approved = { managerApprovedOn: '2026-01-01', declarationReceivedOn: '2026-01-05' };
    expect(stepsDone({ ...base, ...approved, status: 'DECIDED' })).toEqual([true, true, true, false, true]);
    expect(stepsDone({ ...base, ...approved, status: 'NOT_CHOSEN' })).toEqual([true, true, true, false, false]);
  });

  it('words what each candidate changes in the group', () => {
    const bucket = (key: string, count: number) => ({ key, label: null, count, shareBp: 0 });
    const none = { byProfession: [], byRegion: [], byHealthcareRegion: [] };
    const balance: NominationBalance = {
      requestId: 'r',
      asOf: '2026-10-01',
      current: { members: 2, ...none, byGender: [bucket('MALE', 2)], byOrganisationType: [bucket('UNIVERSITY_HOSPITAL', 2)] },
      withCandidates: [
        {
          candidateId: 'c1',
          name: 'Eva',
          members: 2,
          ...none,
          byGender: [bucket('MALE', 1), bucket('FEMALE', 1)],
          byOrganisationType: [bucket('UNIVERSITY_HOSPITAL', 1), bucket('PRIMARY_CARE', 1)],
        },
      ],
    };
    expect(changesOf(balance, 0, (_m, b) => b.key)).toEqual(['−1 MALE', '+1 FEMALE', '−1 UNIVERSITY_HOSPITAL', '+1 PRIMARY_CARE']);
  });
});
