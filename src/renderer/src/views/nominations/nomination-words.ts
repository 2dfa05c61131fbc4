import type { TFunction } from 'i18next';
import type { CandidateView, RequestSummary } from '@shared/contract/nominations';
import { formatInteger, formatPercentBp } from '../../format';
import { seatLabelText } from '../../components/hr-names';
import { hrefFor } from '../../router';

/** "Starta nominering": the request form filled in from a group and the seat whose term ends (`<groupId>~<seatId>`). */
export function startHref(groupId: string, seatId: string | null): string {
  return hrefFor('nominationStart', seatId ? `${groupId}~${seatId}` : groupId);
}

/** A due date in words, relative to today: "om 3 dagar", "i dag", "3 dagar sedan". */
export function daysText(days: number, t: TFunction): string {
  if (days === 0) return t('nominations.days.today');
  if (days > 0) return t('nominations.days.left', { count: days, days: formatInteger(days) });
  return t('nominations.days.ago', { count: -days, days: formatInteger(-days) });
}

/** What the request is for: the group, and the seat when it is for one. */
export function requestTitle(r: Pick<RequestSummary, 'groupName' | 'seatLabel'>, t: TFunction): string {
  return r.seatLabel ? t('nominations.titleSeat', { group: r.groupName, seat: seatLabelText(r.seatLabel, t) }) : r.groupName;
}

/** Who asks, in words: "Nationell grupp: NPO Psykisk hälsa". */
export function requesterText(r: Pick<RequestSummary, 'requestedBy' | 'requesterName'>, t: TFunction): string {
  const kind = t(`nominations.requester.${r.requestedBy}`);
  return r.requesterName ? `${kind}: ${r.requesterName}` : kind;
}

/** The requested share of full time, or the group type's default. */
export function shareText(allocationBp: number | null, t: TFunction): string {
  return allocationBp === null ? t('nominations.facts.defaultShare') : formatPercentBp(allocationBp);
}

/** A period "2027-01-01 – 2029-12-31", open ends in words. */
export function periodText(start: string | null, end: string | null, t: TFunction): string {
  if (!start && !end) return t('nominations.facts.noPeriod');
  return `${start ?? t('nominations.facts.fromDecision')} – ${end ?? t('assignments.openEnded')}`;
}

/** The five steps of the road, in order; the stepper marks those passed. */
export const ROAD = ['PROPOSED', 'MANAGER_APPROVED', 'DECLARATION_RECEIVED', 'NOMINATED', 'DECIDED'] as const;

/** Which steps of the road a candidate has passed (a skipped step, e.g. decided without being nominated, stays open). */
export function stepsDone(c: Pick<CandidateView, 'status' | 'managerApprovedOn' | 'declarationReceivedOn' | 'nominatedOn'>): boolean[] {
  return [true, c.managerApprovedOn !== null, c.declarationReceivedOn !== null, c.nominatedOn !== null, c.status === 'DECIDED'];
}

/** A candidate still on the road (not decided, not chosen or withdrawn). */
export function isOpenCandidate(c: Pick<CandidateView, 'status'>): boolean {
  return c.status !== 'DECIDED' && c.status !== 'NOT_CHOSEN' && c.status !== 'WITHDRAWN';
}

/** Whether a decision "chosen" can be made: the approval and an unblocking declaration are there. */
export function canBeChosen(c: Pick<CandidateView, 'missing'>): boolean {
  return !c.missing.some((m) => m === 'MANAGER_APPROVAL' || m === 'DECLARATION' || m === 'DECLARATION_BLOCKS');
}
