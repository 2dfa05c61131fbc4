/**
 * Pure rules of a nomination (issue #17): how a candidate moves from proposed to decided, what is
 * still missing, how long they have waited, and what a decision does to the request. No clock: the
 * day is passed in. The services (src/main/services/nominations) refuse with `nominations.<reason>`.
 *
 * The road: PROPOSED → MANAGER_APPROVED → DECLARATION_RECEIVED → NOMINATED → DECIDED, or NOT_CHOSEN /
 * WITHDRAWN from any open status. Steps may be recorded out of order where practice has it so:
 * - the manager's approval and the declaration (jävsdeklaration) may arrive in either order;
 * - nominating (sending to the deciding body) needs the manager's approval (no region sends a nominee
 *   their manager has not approved) and is refused while the declaration says the conflict blocks;
 *   the declaration itself may still follow (the process leader often collects it afterwards);
 * - recording a step again corrects its date, name and outcome (the status never moves backwards).
 * The status is the furthest step reached; `missing` lists what is still missing, in order.
 * A decision (chosen) needs the manager's approval and a declaration whose outcome is not BLOCKS;
 * the NOMINATED step is shown as missing but does not hold a decision back (the decision shows that
 * the deciding body had the nomination). "Not chosen" and "withdrawn" can end any open candidate.
 */
import { addDays, daysBetween } from '../calendar';
import type {
  CandidateMissing,
  CandidateStatus,
  CandidateStep,
  DeclarationOutcome,
  NominationRequestStatus,
} from '../contract/nominations';

export type CandidateFacts = {
  status: CandidateStatus;
  proposedOn: string;
  managerApprovedOn: string | null;
  declarationReceivedOn: string | null;
  declarationOutcome: DeclarationOutcome | null;
  nominatedOn: string | null;
  decidedOn: string | null;
};

/** Why a step or a decision is refused: the last part of its message key (`nominations.<reason>`). */
export type NominationRefusal =
  | 'candidateClosed'
  | 'beforeProposal'
  | 'outcomeRequired'
  | 'outcomeNotForStep'
  | 'nominateNeedsApproval'
  | 'nominateBlocked'
  | 'approvalMissing'
  | 'declarationMissing'
  | 'declarationBlocks';

const RANK: Readonly<Record<CandidateStatus, number>> = {
  PROPOSED: 0,
  MANAGER_APPROVED: 1,
  DECLARATION_RECEIVED: 2,
  NOMINATED: 3,
  DECIDED: 4,
  NOT_CHOSEN: 4,
  WITHDRAWN: 4,
};

/** Still on the road: not decided, not chosen or withdrawn. */
export function isOpenCandidate(status: CandidateStatus): boolean {
  return status !== 'DECIDED' && status !== 'NOT_CHOSEN' && status !== 'WITHDRAWN';
}

/** What is still missing before (and, for NOMINATION, around) a decision, in order; empty once closed. */
export function missing(c: CandidateFacts): CandidateMissing[] {
  if (!isOpenCandidate(c.status)) return [];
  const out: CandidateMissing[] = [];
  if (c.managerApprovedOn === null) out.push('MANAGER_APPROVAL');
  if (c.declarationReceivedOn === null) out.push('DECLARATION');
  else if (c.declarationOutcome === 'BLOCKS') out.push('DECLARATION_BLOCKS');
  if (c.nominatedOn === null) out.push('NOMINATION');
  return out;
}

/** Why recording `step` on `on` is refused, or null when it may be recorded. */
export function stepRefusal(
  c: CandidateFacts,
  step: CandidateStep,
  on: string,
  outcome: DeclarationOutcome | null,
): NominationRefusal | null {
  if (!isOpenCandidate(c.status)) return 'candidateClosed';
  if (on < c.proposedOn) return 'beforeProposal';
  if (step === 'DECLARATION_RECEIVED') return outcome === null ? 'outcomeRequired' : null;
  if (outcome !== null) return 'outcomeNotForStep';
  if (step === 'NOMINATED') {
    if (c.managerApprovedOn === null) return 'nominateNeedsApproval';
    if (c.declarationOutcome === 'BLOCKS') return 'nominateBlocked';
  }
  return null;
}

/** The furthest of two statuses on the road. */
function furthest(a: CandidateStatus, b: CandidateStatus): CandidateStatus {
  return RANK[b] > RANK[a] ? b : a;
}

/** The facts after recording `step` (call only when stepRefusal says null). */
export function advance(c: CandidateFacts, step: CandidateStep, on: string, outcome: DeclarationOutcome | null): CandidateFacts {
  const status = furthest(c.status, step);
  if (step === 'MANAGER_APPROVED') return { ...c, status, managerApprovedOn: on };
  if (step === 'DECLARATION_RECEIVED') return { ...c, status, declarationReceivedOn: on, declarationOutcome: outcome };
  return { ...c, status, nominatedOn: on };
}

/** Why the candidate cannot be decided as chosen on `on`, or null when they can. */
export function decideRefusal(c: CandidateFacts, on: string): NominationRefusal | null {
  if (!isOpenCandidate(c.status)) return 'candidateClosed';
  if (on < c.proposedOn) return 'beforeProposal';
  if (c.managerApprovedOn === null) return 'approvalMissing';
  if (c.declarationReceivedOn === null) return 'declarationMissing';
  if (c.declarationOutcome === 'BLOCKS') return 'declarationBlocks';
  return null;
}

export function canDecide(c: CandidateFacts, on: string): boolean {
  return decideRefusal(c, on) === null;
}

/** Why the candidate cannot be ended (not chosen, withdrawn) on `on`, or null. */
export function endRefusal(c: CandidateFacts, on: string): NominationRefusal | null {
  if (!isOpenCandidate(c.status)) return 'candidateClosed';
  return on < c.proposedOn ? 'beforeProposal' : null;
}

/** The facts after a decision (chosen → DECIDED, else NOT_CHOSEN); check decideRefusal/endRefusal first. */
export function decide(c: CandidateFacts, chosen: boolean, on: string): CandidateFacts {
  return { ...c, status: chosen ? 'DECIDED' : 'NOT_CHOSEN', decidedOn: on };
}

/**
 * Days waited since the last step, while the manager's approval or the declaration is missing (the
 * reminders' WAITING_*); null once both are in or the candidate is closed.
 */
export function waitingDays(c: CandidateFacts, today: string): number | null {
  if (!isOpenCandidate(c.status)) return null;
  if (c.managerApprovedOn !== null && c.declarationReceivedOn !== null) return null;
  const since = [c.proposedOn, c.managerApprovedOn, c.declarationReceivedOn].reduce<string>(
    (latest, d) => (d !== null && d > latest ? d : latest),
    c.proposedOn,
  );
  return Math.max(0, daysBetween(since, today));
}

/** The request's status once `decidedCount` candidates are decided: CLOSED when enough are, else unchanged. */
export function requestStatusAfterDecision(
  status: NominationRequestStatus,
  personsWanted: number,
  decidedCount: number,
): NominationRequestStatus {
  return status === 'OPEN' && decidedCount >= personsWanted ? 'CLOSED' : status;
}

/**
 * The appointment's first day when none is given: the request's period start, else the decision day;
 * for a seat whose current holders end, no earlier than the day after the last of those ends (the
 * successor's natural start). An open-ended holder is left to the seat guard (refusal or --replace).
 */
export function appointmentStart(on: string, periodStart: string | null, holderEnds: readonly (string | null)[]): string {
  if (periodStart !== null) return periodStart;
  const ends = holderEnds.filter((e): e is string => e !== null && e >= on);
  const after =
    ends.length === 0
      ? on
      : addDays(
          ends.reduce((a, b) => (b > a ? b : a)),
          1,
        );
  return after > on ? after : on;
}
