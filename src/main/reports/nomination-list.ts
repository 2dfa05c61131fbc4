/** The open nominations for a healthcare-region meeting, as an .xlsx workbook and as an A4 PDF. */
import type { Language } from '@shared/contract/common';
import type { CandidateView, RequestSummary } from '@shared/contract/nominations';
import type { ListExportInput } from '@shared/contract/register-insights';
import { reportWords } from './labels';
import { listWorkbook } from './list-xlsx';
import { nominationWords, shareText, type NominationWords } from './nomination-labels';
import { PdfReport } from './pdf-layout';

export type NominationListEntry = { request: RequestSummary; candidates: CandidateView[] };
export type NominationList = {
  /** The healthcare region(s) the list is for, in words ("Norra", "Alla"). */
  scopeName: string;
  entries: NominationListEntry[];
  regionNames: ReadonlyMap<string, string>;
};

function regionName(code: string | null, list: NominationList): string {
  return code === null ? '' : (list.regionNames.get(code) ?? code);
}

/** The group as people name it: its type before its name ("NPO Psykisk hälsa"), unless the name already says it. */
export function groupTitle(r: Pick<RequestSummary, 'groupName' | 'groupType'>, language: Language): string {
  const type = reportWords(language).groupTypes[r.groupType];
  return r.groupType === 'OTHER' || r.groupName.toLocaleLowerCase('sv').startsWith(type.toLocaleLowerCase('sv'))
    ? r.groupName
    : `${type} ${r.groupName}`;
}

/** The region without its "Region " prefix, under the column headed Region ("Jämtland Härjedalen"). */
function shortRegionName(code: string | null, list: NominationList): string {
  return regionName(code, list).replace(/^Region\s+/, '');
}

function missingText(c: CandidateView, w: NominationWords): string {
  return c.missing.map((m) => w.missingWords[m]).join(', ');
}

/** The sheet: one row per candidate, and one per request still without candidates. */
export function nominationListSheet(list: NominationList, language: Language): ListExportInput {
  const w = nominationWords(language);
  const columns: ListExportInput['columns'] = [
    { header: w.group, format: 'text' },
    { header: w.seat, format: 'text' },
    { header: w.role, format: 'text' },
    { header: w.personsWanted, format: 'integer' },
    { header: w.dueDate, format: 'date' },
    { header: w.reference, format: 'text' },
    { header: w.candidate, format: 'text' },
    { header: w.region, format: 'text' },
    { header: w.organisation, format: 'text' },
    { header: w.profession, format: 'text' },
    { header: w.status, format: 'text' },
    { header: w.managerApproval, format: 'date' },
    { header: w.declaration, format: 'date' },
    { header: w.declarationOutcome, format: 'text' },
    { header: w.nominated, format: 'date' },
    { header: w.missing, format: 'text' },
  ];
  const rows = list.entries.flatMap(({ request: r, candidates }) => {
    const requestCells = [groupTitle(r, language), r.seatLabel ?? w.wholeGroup, w.roles[r.role], r.personsWanted, r.dueDate, r.reference];
    if (candidates.length === 0) return [[...requestCells, null, null, null, null, null, null, null, null, null, null]];
    return candidates.map((c) => [
      ...requestCells,
      c.name,
      regionName(c.regionCode, list) || null,
      c.organisationName,
      c.profession,
      w.statuses[c.status],
      c.managerApprovedOn,
      c.declarationReceivedOn,
      c.declarationOutcome === null ? null : w.outcomes[c.declarationOutcome],
      c.nominatedOn,
      missingText(c, w) || null,
    ]);
  });
  return { fileName: w.listFile, sheetName: w.sheet, columns, rows };
}

export async function nominationListXlsx(list: NominationList, language: Language, created: Date): Promise<Buffer> {
  return listWorkbook(nominationListSheet(list, language), created);
}

function requestSection(report: PdfReport, entry: NominationListEntry, list: NominationList, w: NominationWords, language: Language): void {
  const r = entry.request;
  report.heading(`${groupTitle(r, language)} – ${r.seatLabel ?? w.wholeGroup}`);
  const facts = [
    `${w.dueDate} ${r.dueDate}`,
    `${w.role}: ${w.roles[r.role]}`,
    `${w.share}: ${shareText(r.allocationBp, w, language)}`,
    `${w.period}: ${w.periodText(r.periodStart, r.periodEnd)}`,
    ...(r.reference ? [`${w.reference}: ${r.reference}`] : []),
    `${w.requestedBy}: ${r.requesterName ?? w.requesters[r.requestedBy]}`,
  ];
  report.paragraph(facts.join(' · '));
  if (entry.candidates.length === 0) {
    report.paragraph(w.noCandidates);
    return;
  }
  const columns = [
    { header: w.candidate, width: 84, wrap: true },
    { header: w.region, width: 110, wrap: true },
    { header: w.status, width: 92, wrap: true },
    { header: w.missing, width: 209, wrap: true },
  ];
  report.table(
    columns,
    entry.candidates.map((c) => [c.name, shortRegionName(c.regionCode, list), w.statuses[c.status], missingText(c, w) || '–']),
  );
}

export async function nominationListPdf(list: NominationList, language: Language, created: Date): Promise<Buffer> {
  const w = nominationWords(language);
  const report = new PdfReport({ title: w.listTitle, created, footer: w.page });
  report.title(w.listTitle, `${w.scope}: ${list.scopeName} · ${w.created} ${created.toISOString().slice(0, 10)}`);
  if (list.entries.length === 0) report.paragraph(w.noRequests);
  for (const entry of list.entries) requestSection(report, entry, list, w, language);
  return report.finish();
}
