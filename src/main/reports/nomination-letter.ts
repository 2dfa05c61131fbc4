/** A nomination letter for one candidate (A4 PDF): the request, the candidate, the manager's approval, the declaration and what is missing. */
import type { Language } from '@shared/contract/common';
import type { CandidateView, RequestSummary } from '@shared/contract/nominations';
import { nominationWords, shareText, type NominationWords } from './nomination-labels';
import { groupTitle } from './nomination-list';
import { PdfReport } from './pdf-layout';

export type NominationLetter = {
  request: RequestSummary;
  candidate: CandidateView;
  regionName: string | null;
};

const dash = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? '–' : text);

function requestFacts(r: RequestSummary, w: NominationWords, language: Language): [string, string][] {
  return [
    [w.group, groupTitle(r, language)],
    [w.seat, r.seatLabel ?? w.wholeGroup],
    [w.requestedBy, r.requesterName ?? w.requesters[r.requestedBy]],
    [w.personsWanted, String(r.personsWanted)],
    [w.competence, dash(r.competence)],
    [w.role, w.roles[r.role]],
    [w.share, shareText(r.allocationBp, w, language)],
    [w.period, w.periodText(r.periodStart, r.periodEnd)],
    [w.dueDate, r.dueDate],
    [w.reference, dash(r.reference)],
    ...(r.link ? [[w.link, r.link] as [string, string]] : []),
  ];
}

function candidateFacts(letter: NominationLetter, w: NominationWords): [string, string][] {
  const c = letter.candidate;
  return [
    [w.name, c.name],
    [w.region, dash(letter.regionName ?? c.regionCode)],
    [w.organisation, dash(c.organisationName)],
    [w.profession, dash(c.profession)],
    [w.email, dash(c.email)],
    [w.proposed, w.proposedText(c.proposedOn, c.proposedBy)],
    [w.status, w.statuses[c.status]],
  ];
}

function stepFacts(c: CandidateView, w: NominationWords): [string, string][] {
  const declaration: [string, string][] =
    c.declarationReceivedOn === null || c.declarationOutcome === null
      ? [[w.declaration, w.notYet]]
      : [
          [w.declaration, w.receivedOn(c.declarationReceivedOn)],
          [w.declarationOutcome, w.outcomes[c.declarationOutcome]],
          [w.reviewedBy, dash(c.declarationReviewedBy)],
          [w.declarationReference, dash(c.declarationReference)],
        ];
  return [
    [w.managerApproval, c.managerApprovedOn === null ? w.notYet : w.approvedBy(c.managerApprovedBy, c.managerApprovedOn)],
    ...declaration,
    [w.nominated, c.nominatedOn === null ? w.notYet : w.nominatedText(c.nominatedTo, c.nominatedOn)],
    ...(c.decidedOn === null ? [] : [[w.decision, w.decidedText(c.decidedBy, c.decidedOn, c.decisionReference)] as [string, string]]),
  ];
}

export async function nominationLetterPdf(letter: NominationLetter, language: Language, created: Date): Promise<Buffer> {
  const w = nominationWords(language);
  const { request, candidate } = letter;
  const title = `${w.letterTitle} – ${candidate.name}`;
  const report = new PdfReport({ title, created, footer: w.page });
  report.title(
    title,
    `${groupTitle(request, language)} – ${request.seatLabel ?? w.wholeGroup} · ${w.created} ${created.toISOString().slice(0, 10)}`,
  );
  report.heading(w.request);
  report.facts(requestFacts(request, w, language));
  report.heading(w.candidate);
  report.facts(candidateFacts(letter, w));
  report.heading(`${w.managerApproval} · ${w.declaration}`);
  report.facts(stepFacts(candidate, w));
  report.heading(w.missing);
  report.paragraph(candidate.missing.length === 0 ? w.nothingMissing : candidate.missing.map((m) => `• ${w.missingWords[m]}`).join('\n'));
  return report.finish();
}
