/** How the nominations CLI words requests, candidates and appointments in its human output (Swedish). */
import type { CandidateView, RequestSummary } from '@shared/contract/nominations';
import type { MembershipView } from '@shared/contract/register';

export const REQUEST_STATUS: Record<RequestSummary['status'], string> = { OPEN: 'öppen', CLOSED: 'stängd', CANCELLED: 'avbruten' };
export const CANDIDATE_STATUS: Record<CandidateView['status'], string> = {
  PROPOSED: 'föreslagen',
  MANAGER_APPROVED: 'godkänd av chef',
  DECLARATION_RECEIVED: 'jävsdeklaration inkommen',
  NOMINATED: 'nominerad',
  DECIDED: 'beslutad',
  NOT_CHOSEN: 'ej vald',
  WITHDRAWN: 'återkallad',
};
export const MISSING: Record<CandidateView['missing'][number], string> = {
  MANAGER_APPROVAL: 'chefens godkännande',
  DECLARATION: 'jävsdeklaration',
  DECLARATION_BLOCKS: 'jäv hindrar',
  NOMINATION: 'nominering',
};

export function requestLine(r: RequestSummary): string {
  const place = r.seatLabel === null ? r.groupName : `${r.groupName}, plats ${r.seatLabel}`;
  const counts = `${r.decidedCount}/${r.personsWanted} beslutade, ${r.openCandidateCount} pågående`;
  return [r.id, REQUEST_STATUS[r.status].padEnd(9), `svar senast ${r.dueDate}`, place.padEnd(40), counts].join('  ');
}

export function candidateLine(c: CandidateView): string {
  const missing = c.missing.length === 0 ? '' : `  saknas: ${c.missing.map((m) => MISSING[m]).join(', ')}`;
  return `${c.id}  ${c.name.padEnd(24)}  ${CANDIDATE_STATUS[c.status]}${missing}`;
}

export function assignmentLine(a: MembershipView): string {
  return `Uppdrag ${a.id}: ${a.personName} i ${a.groupName}${a.seatLabel ? `, plats ${a.seatLabel}` : ''} från ${a.startDate}${a.endDate ? ` till ${a.endDate}` : ''}`;
}
