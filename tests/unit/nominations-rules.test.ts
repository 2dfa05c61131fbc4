import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import { CANDIDATE_STEPS, DECLARATION_OUTCOMES } from '../../src/shared/contract/nominations';
import { chairLastAllowedDay } from '../../src/shared/domain/chair-term';
import {
  advance,
  appointmentStart,
  decide,
  decideRefusal,
  endRefusal,
  missing,
  requestStatusAfterDecision,
  stepRefusal,
  waitingDays,
  type CandidateFacts,
} from '../../src/shared/domain/nominations';

const proposed: CandidateFacts = {
  status: 'PROPOSED',
  proposedOn: '2026-03-01',
  managerApprovedOn: null,
  declarationReceivedOn: null,
  declarationOutcome: null,
  nominatedOn: null,
  decidedOn: null,
};

describe('nomination rules', () => {
  it('walks the road in order and lists what is missing at each step', () => {
    expect(missing(proposed)).toEqual(['MANAGER_APPROVAL', 'DECLARATION', 'NOMINATION']);
    const approved = advance(proposed, 'MANAGER_APPROVED', '2026-03-05', null);
    expect(approved.status).toBe('MANAGER_APPROVED');
    expect(missing(approved)).toEqual(['DECLARATION', 'NOMINATION']);
    const declared = advance(approved, 'DECLARATION_RECEIVED', '2026-03-10', 'HANDLED');
    expect(declared.status).toBe('DECLARATION_RECEIVED');
    const nominated = advance(declared, 'NOMINATED', '2026-03-12', null);
    expect(nominated.status).toBe('NOMINATED');
    expect(missing(nominated)).toEqual([]);
    expect(decideRefusal(nominated, '2026-04-01')).toBeNull();
    const decided = decide(nominated, true, '2026-04-01');
    expect(decided.status).toBe('DECIDED');
    expect(missing(decided)).toEqual([]);
    expect(stepRefusal(decided, 'NOMINATED', '2026-04-02', null)).toBe('candidateClosed');
    expect(endRefusal(decided, '2026-04-02')).toBe('candidateClosed');
  });

  it('takes the declaration before the approval: the status is the furthest step, the approval still missing', () => {
    const declared = advance(proposed, 'DECLARATION_RECEIVED', '2026-03-04', 'NO_CONFLICT');
    expect(declared.status).toBe('DECLARATION_RECEIVED');
    expect(missing(declared)).toEqual(['MANAGER_APPROVAL', 'NOMINATION']);
    expect(decideRefusal(declared, '2026-03-20')).toBe('approvalMissing');
    expect(stepRefusal(declared, 'NOMINATED', '2026-03-05', null)).toBe('nominateNeedsApproval');
    const approved = advance(declared, 'MANAGER_APPROVED', '2026-03-06', null);
    // recording the approval after the declaration never moves the status back
    expect(approved.status).toBe('DECLARATION_RECEIVED');
    expect(decideRefusal(approved, '2026-03-20')).toBeNull();
  });

  it('refuses a decision while the declaration is missing or blocks, and a nomination over a blocking conflict', () => {
    const approved = advance(proposed, 'MANAGER_APPROVED', '2026-03-05', null);
    expect(decideRefusal(approved, '2026-03-20')).toBe('declarationMissing');
    const blocks = advance(approved, 'DECLARATION_RECEIVED', '2026-03-06', 'BLOCKS');
    expect(missing(blocks)).toEqual(['DECLARATION_BLOCKS', 'NOMINATION']);
    expect(decideRefusal(blocks, '2026-03-20')).toBe('declarationBlocks');
    expect(stepRefusal(blocks, 'NOMINATED', '2026-03-07', null)).toBe('nominateBlocked');
    // not chosen is always possible while open
    expect(endRefusal(blocks, '2026-03-20')).toBeNull();
    // a corrected declaration lifts the block
    expect(decideRefusal(advance(blocks, 'DECLARATION_RECEIVED', '2026-03-08', 'HANDLED'), '2026-03-20')).toBeNull();
  });

  it('checks the step itself: an outcome only with the declaration, never before the proposal', () => {
    expect(stepRefusal(proposed, 'DECLARATION_RECEIVED', '2026-03-02', null)).toBe('outcomeRequired');
    expect(stepRefusal(proposed, 'MANAGER_APPROVED', '2026-03-02', 'HANDLED')).toBe('outcomeNotForStep');
    expect(stepRefusal(proposed, 'MANAGER_APPROVED', '2026-02-28', null)).toBe('beforeProposal');
    expect(decideRefusal(proposed, '2026-02-01')).toBe('beforeProposal');
  });

  it('counts the days waited since the last step while the approval or declaration is missing', () => {
    expect(waitingDays(proposed, '2026-03-11')).toBe(10);
    const approved = advance(proposed, 'MANAGER_APPROVED', '2026-03-05', null);
    expect(waitingDays(approved, '2026-03-11')).toBe(6);
    expect(waitingDays(advance(approved, 'DECLARATION_RECEIVED', '2026-03-06', 'NO_CONFLICT'), '2026-03-11')).toBeNull();
    expect(waitingDays(decide(proposed, false, '2026-03-02'), '2026-03-11')).toBeNull();
  });

  it('closes the request when as many are decided as were wanted', () => {
    expect(requestStatusAfterDecision('OPEN', 2, 1)).toBe('OPEN');
    expect(requestStatusAfterDecision('OPEN', 2, 2)).toBe('CLOSED');
    expect(requestStatusAfterDecision('CANCELLED', 1, 1)).toBe('CANCELLED');
  });

  it('starts an appointment after the holder ends, from the decision day, or on the request period', () => {
    expect(appointmentStart('2026-10-01', null, ['2026-12-31'])).toBe('2027-01-01');
    expect(appointmentStart('2027-02-01', null, ['2026-12-31'])).toBe('2027-02-01');
    expect(appointmentStart('2026-10-01', null, [null])).toBe('2026-10-01');
    expect(appointmentStart('2026-10-01', '2027-03-01', ['2026-12-31'])).toBe('2027-03-01');
  });

  it('reaches the chair’s three years the day before the third anniversary, as the register warning does', () => {
    expect(chairLastAllowedDay('2023-01-01', 3)).toBe('2025-12-31');
    expect(chairLastAllowedDay('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('never reaches DECIDED with a missing approval or declaration or a blocking outcome, whatever the steps (property)', () => {
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('step' as const),
        step: fc.constantFrom(...CANDIDATE_STEPS),
        outcome: fc.option(fc.constantFrom(...DECLARATION_OUTCOMES)),
      }),
      fc.record({ kind: fc.constantFrom('chosen' as const, 'notChosen' as const) }),
    );
    const dated = fc.record({ action, days: fc.integer({ min: -5, max: 30 }) });
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 12 }), (actions) => {
        let c = proposed;
        for (const { action: a, days } of actions) {
          const on = addDays(c.proposedOn, days);
          if (a.kind === 'step') {
            if (stepRefusal(c, a.step, on, a.outcome) === null) c = advance(c, a.step, on, a.outcome);
          } else if (a.kind === 'chosen') {
            if (decideRefusal(c, on) === null) c = decide(c, true, on);
          } else if (endRefusal(c, on) === null) c = decide(c, false, on);
          if (c.status === 'DECIDED') {
            expect(c.managerApprovedOn).not.toBeNull();
            expect(c.declarationReceivedOn).not.toBeNull();
            expect(c.declarationOutcome).not.toBe('BLOCKS');
          }
          if (c.status === 'NOMINATED') expect(c.managerApprovedOn).not.toBeNull();
        }
      }),
    );
  });
});
