/** Words of the nomination exports (the meeting list and the nomination letter), Swedish first and English on request. */
import type { Language } from '@shared/contract/common';
import type { CandidateMissing, CandidateStatus, DeclarationOutcome, NominationRequester } from '@shared/contract/nominations';
import type { MembershipRole } from '@shared/domain/enums';

export type NominationWords = {
  listTitle: string;
  listFile: string;
  sheet: string;
  letterTitle: string;
  letterFile: string;
  scope: string;
  allRegions: string;
  created: string;
  page: (page: number, pages: number) => string;
  group: string;
  seat: string;
  wholeGroup: string;
  requestedBy: string;
  personsWanted: string;
  competence: string;
  role: string;
  share: string;
  defaultShare: string;
  period: string;
  periodText: (from: string | null, to: string | null) => string;
  dueDate: string;
  reference: string;
  link: string;
  candidate: string;
  name: string;
  region: string;
  organisation: string;
  profession: string;
  email: string;
  proposed: string;
  status: string;
  managerApproval: string;
  declaration: string;
  declarationOutcome: string;
  nominated: string;
  decision: string;
  missing: string;
  nothingMissing: string;
  noCandidates: string;
  noRequests: string;
  notYet: string;
  approvedBy: (by: string | null, on: string) => string;
  reviewedBy: string;
  declarationReference: string;
  receivedOn: (on: string) => string;
  nominatedText: (to: string | null, on: string) => string;
  decidedText: (by: string | null, on: string, reference: string | null) => string;
  proposedText: (on: string, by: string | null) => string;
  request: string;
  roles: Record<MembershipRole, string>;
  requesters: Record<NominationRequester, string>;
  statuses: Record<CandidateStatus, string>;
  outcomes: Record<DeclarationOutcome, string>;
  missingWords: Record<CandidateMissing, string>;
};

const by = (text: string | null, word: string) => (text ? ` ${word} ${text}` : '');

const SV: NominationWords = {
  listTitle: 'Öppna nomineringar',
  listFile: 'Nomineringar',
  sheet: 'Nomineringar',
  letterTitle: 'Nominering',
  letterFile: 'Nominering',
  scope: 'Sjukvårdsregion',
  allRegions: 'Alla',
  created: 'Skapad',
  page: (page, pages) => `Sida ${page} av ${pages}`,
  group: 'Grupp',
  seat: 'Plats',
  wholeGroup: 'Gruppen som helhet',
  requestedBy: 'Förfrågan från',
  personsWanted: 'Antal personer',
  competence: 'Kompetens eller yrke',
  role: 'Roll',
  share: 'Andel av heltid',
  defaultShare: 'gruppens standard',
  period: 'Period',
  periodText: (from, to) => (from === null && to === null ? 'ej angiven' : `${from ?? '…'} – ${to ?? 'tills vidare'}`),
  dueDate: 'Svar senast',
  reference: 'Diarienummer',
  link: 'Länk eller sökväg',
  candidate: 'Kandidat',
  name: 'Namn',
  region: 'Region',
  organisation: 'Organisation',
  profession: 'Yrke',
  email: 'E-post',
  proposed: 'Föreslagen',
  status: 'Status',
  managerApproval: 'Chefens godkännande',
  declaration: 'Jävsdeklaration',
  declarationOutcome: 'Jävsprövning',
  nominated: 'Nominerad',
  decision: 'Beslut',
  missing: 'Saknas',
  nothingMissing: 'Inget saknas.',
  noCandidates: 'Inga kandidater ännu.',
  noRequests: 'Inga öppna nomineringsförfrågningar.',
  notYet: 'Ännu inte',
  approvedBy: (who, on) => `Godkänt ${on}${by(who, 'av')}`,
  reviewedBy: 'Granskad av',
  declarationReference: 'Jävsblankettens referens',
  receivedOn: (on) => `Mottagen ${on}`,
  nominatedText: (to, on) => `Skickad ${on}${by(to, 'till')}`,
  decidedText: (who, on, reference) => `Beslutad ${on}${by(who, 'av')}${reference ? ` (${reference})` : ''}`,
  proposedText: (on, who) => `${on}${by(who, 'av')}`,
  request: 'Förfrågan',
  roles: {
    MEMBER: 'Ledamot',
    CHAIR: 'Ordförande',
    VICE_CHAIR: 'Vice ordförande',
    PROCESS_LEADER: 'Processledare',
    CO_OPTED: 'Adjungerad',
    DEPUTY: 'Ersättare',
    SECRETARY: 'Sekreterare',
    PATIENT_REPRESENTATIVE: 'Patientrepresentant',
  },
  requesters: { NATIONAL_GROUP: 'Den nationella gruppen', HEALTHCARE_REGION: 'Sjukvårdsregionen', OWN_REGION: 'Den egna regionen' },
  statuses: {
    PROPOSED: 'Föreslagen',
    MANAGER_APPROVED: 'Chefens godkännande',
    DECLARATION_RECEIVED: 'Jävsdeklaration',
    NOMINATED: 'Nominerad',
    DECIDED: 'Beslutad',
    NOT_CHOSEN: 'Ej vald',
    WITHDRAWN: 'Återkallad',
  },
  outcomes: { NO_CONFLICT: 'inget jäv', HANDLED: 'jäv hanterat', BLOCKS: 'jäv hindrar' },
  missingWords: {
    MANAGER_APPROVAL: 'chefens godkännande',
    DECLARATION: 'jävsdeklaration',
    DECLARATION_BLOCKS: 'jävet hindrar beslut',
    NOMINATION: 'nominering',
  },
};

const EN: NominationWords = {
  listTitle: 'Open nominations',
  listFile: 'Nominations',
  sheet: 'Nominations',
  letterTitle: 'Nomination',
  letterFile: 'Nomination',
  scope: 'Healthcare region',
  allRegions: 'All',
  created: 'Created',
  page: (page, pages) => `Page ${page} of ${pages}`,
  group: 'Group',
  seat: 'Seat',
  wholeGroup: 'The group as a whole',
  requestedBy: 'Requested by',
  personsWanted: 'Persons wanted',
  competence: 'Competence or profession',
  role: 'Role',
  share: 'Share of full time',
  defaultShare: "the group's default",
  period: 'Period',
  periodText: (from, to) => (from === null && to === null ? 'not given' : `${from ?? '…'} – ${to ?? 'until further notice'}`),
  dueDate: 'Reply by',
  reference: 'Reference number',
  link: 'Link or path',
  candidate: 'Candidate',
  name: 'Name',
  region: 'Region',
  organisation: 'Organisation',
  profession: 'Profession',
  email: 'E-mail',
  proposed: 'Proposed',
  status: 'Status',
  managerApproval: "Manager's approval",
  declaration: 'Declaration of interests',
  declarationOutcome: 'Conflict review',
  nominated: 'Nominated',
  decision: 'Decision',
  missing: 'Missing',
  nothingMissing: 'Nothing is missing.',
  noCandidates: 'No candidates yet.',
  noRequests: 'No open nomination requests.',
  notYet: 'Not yet',
  approvedBy: (who, on) => `Approved ${on}${by(who, 'by')}`,
  reviewedBy: 'Reviewed by',
  declarationReference: 'Declaration reference',
  receivedOn: (on) => `Received ${on}`,
  nominatedText: (to, on) => `Sent ${on}${by(to, 'to')}`,
  decidedText: (who, on, reference) => `Decided ${on}${by(who, 'by')}${reference ? ` (${reference})` : ''}`,
  proposedText: (on, who) => `${on}${by(who, 'by')}`,
  request: 'Request',
  roles: {
    MEMBER: 'Member',
    CHAIR: 'Chair',
    VICE_CHAIR: 'Vice chair',
    PROCESS_LEADER: 'Process leader',
    CO_OPTED: 'Co-opted',
    DEPUTY: 'Deputy',
    SECRETARY: 'Secretary',
    PATIENT_REPRESENTATIVE: 'Patient representative',
  },
  requesters: { NATIONAL_GROUP: 'The national group', HEALTHCARE_REGION: 'The healthcare region', OWN_REGION: 'The own region' },
  statuses: {
    PROPOSED: 'Proposed',
    MANAGER_APPROVED: 'Manager approved',
    DECLARATION_RECEIVED: 'Declaration received',
    NOMINATED: 'Nominated',
    DECIDED: 'Decided',
    NOT_CHOSEN: 'Not chosen',
    WITHDRAWN: 'Withdrawn',
  },
  outcomes: { NO_CONFLICT: 'no conflict', HANDLED: 'conflict handled', BLOCKS: 'conflict blocks' },
  missingWords: {
    MANAGER_APPROVAL: 'manager approval',
    DECLARATION: 'declaration',
    DECLARATION_BLOCKS: 'conflict blocks',
    NOMINATION: 'nomination',
  },
};

export function nominationWords(language: Language): NominationWords {
  return language === 'en' ? EN : SV;
}

/** A share of full time in basis points as a percentage ("20 %", "12,5 %"), or the group's default. */
export function shareText(bp: number | null, w: NominationWords, language: Language): string {
  if (bp === null) return w.defaultShare;
  return `${(bp / 100).toLocaleString(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 })} %`;
}
