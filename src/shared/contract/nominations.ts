import { z } from 'zod';
import { GENDERS, GROUP_TYPES, MEMBERSHIP_ROLES, ORGANISATION_TYPES } from '../domain/enums';
import { isoDate, languageSchema, regionCodeSchema, uuidSchema } from './common';
import { exportFileSchema } from './cost/exports';
import { membershipViewSchema } from './register';
import { balanceBucketSchema } from './register-insights';

/**
 * Nominations and appointments (docs/nominations.md): a request for persons to a seat or a group, its
 * candidates moving through the manager's approval and the conflict-of-interest review to a decision, and
 * the appointment into the seat. Requests and candidates are travelling records owned by the nominating
 * region; a candidate who is not (yet) a person in the register carries the few facts a nomination needs.
 */

/** Who asks for the nomination. */
export const NOMINATION_REQUESTERS = ['NATIONAL_GROUP', 'HEALTHCARE_REGION', 'OWN_REGION'] as const;
export type NominationRequester = (typeof NOMINATION_REQUESTERS)[number];

/** OPEN until the persons asked for are decided (CLOSED) or the request is withdrawn (CANCELLED). */
export const NOMINATION_REQUEST_STATUSES = ['OPEN', 'CLOSED', 'CANCELLED'] as const;
export type NominationRequestStatus = (typeof NOMINATION_REQUEST_STATUSES)[number];

/**
 * A candidate's road, in order: proposed → manager approved → declaration received → nominated (sent to the
 * deciding body) → decided; or not chosen / withdrawn, which end it at any step before the decision.
 */
export const CANDIDATE_STATUSES = [
  'PROPOSED',
  'MANAGER_APPROVED',
  'DECLARATION_RECEIVED',
  'NOMINATED',
  'DECIDED',
  'NOT_CHOSEN',
  'WITHDRAWN',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** The steps `nominations:advance` records (the decision has its own channel). */
export const CANDIDATE_STEPS = ['MANAGER_APPROVED', 'DECLARATION_RECEIVED', 'NOMINATED'] as const;
export type CandidateStep = (typeof CANDIDATE_STEPS)[number];

/** The conflict-of-interest review's outcome: no conflict, a conflict that is handled, a conflict that blocks. */
export const DECLARATION_OUTCOMES = ['NO_CONFLICT', 'HANDLED', 'BLOCKS'] as const;
export type DeclarationOutcome = (typeof DECLARATION_OUTCOMES)[number];

/** What is still missing before a candidate can be decided (shown at a glance). */
export const CANDIDATE_MISSING = ['MANAGER_APPROVAL', 'DECLARATION', 'DECLARATION_BLOCKS', 'NOMINATION'] as const;
export type CandidateMissing = (typeof CANDIDATE_MISSING)[number];

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable();
const version = z.number().int().min(1);
const allocationBp = z.number().int().min(0).max(10000);
/** A link or a file path the user can open; the document itself is never stored. */
const documentLink = optionalText(2000);

/* ---------- requests ---------- */
const requestFields = {
  groupId: uuidSchema,
  /** A seat of the group, or null for the group as a whole. */
  seatId: uuidSchema.nullable(),
  requestedBy: z.enum(NOMINATION_REQUESTERS),
  /** Who asked, in words ("NPO Psykisk hälsa", "Sjukvårdsregion Norra"). */
  requesterName: optionalText(200),
  personsWanted: z.number().int().min(1).max(50),
  /** Profession or competence wanted, as written in the request. */
  competence: optionalText(400),
  role: z.enum(MEMBERSHIP_ROLES),
  /** Share of full time in basis points; null: the group type's default. */
  allocationBp: allocationBp.nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  dueDate: isoDate,
  /** The request's reference (diarienummer). */
  reference: optionalText(120),
  link: documentLink,
  notes: optionalText(4000),
};
export const nominationRequestCreateSchema = z.strictObject(requestFields);
export const nominationRequestUpdateSchema = z.strictObject({ id: uuidSchema, version, ...requestFields });
/** Close (all decided) or cancel (withdrawn) a request, or open it again. */
export const nominationRequestStatusSchema = z.strictObject({
  id: uuidSchema,
  version,
  status: z.enum(NOMINATION_REQUEST_STATUSES),
  on: isoDate,
});

/* ---------- candidates ---------- */
/** A candidate who is not a person in the register yet (becomes one when appointed). */
export const newCandidateSchema = z.strictObject({
  name: text(200).min(1, 'a name is required'),
  regionCode: regionCodeSchema,
  email: z.email().max(254).nullable(),
  profession: optionalText(120),
  gender: z.enum(GENDERS).nullable(),
  organisationId: uuidSchema.nullable(),
});
export type NewCandidate = z.infer<typeof newCandidateSchema>;

export const candidateProposeSchema = z.strictObject({
  requestId: uuidSchema,
  /** Exactly one of personId and newPerson. */
  personId: uuidSchema.nullable(),
  newPerson: newCandidateSchema.nullable(),
  proposedOn: isoDate,
  /** Who proposed the candidate (a manager, the region's coordinator …), in words. */
  proposedBy: optionalText(200),
  link: documentLink,
  notes: optionalText(4000),
});
export const candidateUpdateSchema = z.strictObject({
  id: uuidSchema,
  version,
  newPerson: newCandidateSchema.nullable(),
  proposedBy: optionalText(200),
  link: documentLink,
  notes: optionalText(4000),
});
export const candidateAdvanceSchema = z.strictObject({
  id: uuidSchema,
  version,
  step: z.enum(CANDIDATE_STEPS),
  on: isoDate,
  /** MANAGER_APPROVED: the approving manager; DECLARATION_RECEIVED: who reviewed it; NOMINATED: the body it was sent to. */
  by: optionalText(200),
  /** DECLARATION_RECEIVED only (required there). */
  outcome: z.enum(DECLARATION_OUTCOMES).nullable(),
  /** DECLARATION_RECEIVED only: the declaration's reference (jävsblankett); refused for the other steps. */
  reference: optionalText(120),
});
export const candidateDecideSchema = z.strictObject({
  id: uuidSchema,
  version,
  chosen: z.boolean(),
  on: isoDate,
  /** The deciding body or person. */
  decidedBy: optionalText(200),
  decisionReference: optionalText(120),
  /** chosen only: the appointment's period (default the request's period, from the decision day). */
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  /** chosen only: the seat is held on the start day → end the holder the day before (the successor path). */
  replaceHolder: z.boolean(),
});
export const candidateWithdrawSchema = z.strictObject({ id: uuidSchema, version, on: isoDate });
/** A request or candidate entered by mistake: removed (a tombstone audited as a correction). */
export const nominationRemoveSchema = z.strictObject({ id: uuidSchema, version });

/* ---------- views ---------- */
export const candidateViewSchema = z.strictObject({
  id: z.string(),
  requestId: z.string(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
  status: z.enum(CANDIDATE_STATUSES),
  personId: z.string().nullable(),
  /** The person's name, or the new candidate's. */
  name: z.string(),
  regionCode: z.string().nullable(),
  email: z.string().nullable(),
  profession: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  organisationName: z.string().nullable(),
  organisationType: z.enum(ORGANISATION_TYPES).nullable(),
  newPerson: newCandidateSchema.nullable(),
  proposedOn: z.string(),
  proposedBy: z.string().nullable(),
  managerApprovedBy: z.string().nullable(),
  managerApprovedOn: z.string().nullable(),
  declarationReceivedOn: z.string().nullable(),
  declarationOutcome: z.enum(DECLARATION_OUTCOMES).nullable(),
  declarationReviewedBy: z.string().nullable(),
  declarationReference: z.string().nullable(),
  nominatedOn: z.string().nullable(),
  nominatedTo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReference: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** The assignment the decision created. */
  membershipId: z.string().nullable(),
  link: z.string().nullable(),
  notes: z.string().nullable(),
  /** What is missing before a decision, in order. */
  missing: z.array(z.enum(CANDIDATE_MISSING)),
  /** Days since the last step while waiting for the manager or the declaration; null otherwise. */
  waitingDays: z.number().int().nullable(),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

export const requestSummarySchema = z.strictObject({
  id: z.string(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
  status: z.enum(NOMINATION_REQUEST_STATUSES),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  seatId: z.string().nullable(),
  seatLabel: z.string().nullable(),
  requestedBy: z.enum(NOMINATION_REQUESTERS),
  requesterName: z.string().nullable(),
  personsWanted: z.number().int(),
  competence: z.string().nullable(),
  role: z.enum(MEMBERSHIP_ROLES),
  allocationBp: z.number().int().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  dueDate: z.string(),
  /** Negative: days past the due date. */
  daysToDue: z.number().int(),
  reference: z.string().nullable(),
  link: z.string().nullable(),
  notes: z.string().nullable(),
  closedOn: z.string().nullable(),
  candidateCount: z.number().int(),
  decidedCount: z.number().int(),
  /** Candidates still on the road (not decided, not chosen or withdrawn). */
  openCandidateCount: z.number().int(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestDetailSchema = z.strictObject({
  request: requestSummarySchema,
  candidates: z.array(candidateViewSchema),
  /** The seat's current holder(s), when the request is for a seat: the successor path starts after them. */
  seatHolders: z.array(membershipViewSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const nominationListSchema = z.strictObject({
  /** Only open requests. */
  open: z.boolean().default(false),
  groupId: uuidSchema.nullable().default(null),
});
export const requestIdInput = z.strictObject({ requestId: uuidSchema });

/** The decision's answer: the request after it and, when chosen, the created assignment. */
export const decideResultSchema = z.strictObject({
  detail: requestDetailSchema,
  assignment: membershipViewSchema.nullable(),
  /** A chair's appointment: the day three years as chair are reached. */
  chairTermEnds: z.string().nullable(),
});

/* ---------- balance while choosing ---------- */
const balanceMeasures = {
  byGender: z.array(balanceBucketSchema),
  byProfession: z.array(balanceBucketSchema),
  byOrganisationType: z.array(balanceBucketSchema),
  byRegion: z.array(balanceBucketSchema),
  byHealthcareRegion: z.array(balanceBucketSchema),
};
export const nominationBalanceSchema = z.strictObject({
  requestId: z.string(),
  asOf: z.string(),
  /** The group's current members (held seats and co-opted), as Balans counts them. */
  current: z.strictObject({ members: z.number().int(), ...balanceMeasures }),
  /** The composition if each open or decided candidate joined (and the seat's holder left, for a seat request). */
  withCandidates: z.array(z.strictObject({ candidateId: z.string(), name: z.string(), members: z.number().int(), ...balanceMeasures })),
});
export type NominationBalance = z.infer<typeof nominationBalanceSchema>;

/* ---------- reminders ---------- */
export const NOMINATION_REMINDER_KINDS = [
  'REQUEST_DUE_SOON',
  'REQUEST_OVERDUE',
  'WAITING_MANAGER',
  'WAITING_DECLARATION',
  'TERM_ENDS_NO_REQUEST',
  'CHAIR_NEAR_THREE_YEARS',
] as const;
export type NominationReminderKind = (typeof NOMINATION_REMINDER_KINDS)[number];

export const nominationRemindersInputSchema = z.strictObject({
  /** Terms ending and chairs reaching three years within this many days (default 90). */
  horizonDays: z.number().int().min(1).max(730).default(90),
  /** Requests due within this many days count as due soon (default 14). */
  dueSoonDays: z.number().int().min(0).max(365).default(14),
});
export const nominationReminderSchema = z.strictObject({
  kind: z.enum(NOMINATION_REMINDER_KINDS),
  /** The day it is about: the due date, the term's end, the day three years are reached, the step waited since. */
  date: z.string(),
  /** Days until `date` (negative: past), or for WAITING_*: days waited. */
  days: z.number().int(),
  groupId: z.string(),
  groupName: z.string(),
  seatId: z.string().nullable(),
  seatLabel: z.string().nullable(),
  requestId: z.string().nullable(),
  candidateId: z.string().nullable(),
  /** The candidate, the holder whose term ends, or the chair. */
  personName: z.string().nullable(),
  membershipId: z.string().nullable(),
});
export type NominationReminder = z.infer<typeof nominationReminderSchema>;

/* ---------- exports ---------- */
export const nominationListExportSchema = z.strictObject({
  language: languageSchema.default('sv'),
  /** Default the own healthcare region(s); ALL for everything this installation holds. */
  healthcareRegionCode: z.string().nullable().default(null),
});
export const nominationLetterSchema = z.strictObject({ candidateId: uuidSchema, language: languageSchema.default('sv') });

const ok = z.strictObject({ ok: z.literal(true) });

export const nominationChannels = {
  'nominations:list': { input: nominationListSchema, output: z.array(requestSummarySchema) },
  'nominations:get': { input: requestIdInput, output: requestDetailSchema },
  'nominations:create-request': { input: nominationRequestCreateSchema, output: requestDetailSchema },
  'nominations:update-request': { input: nominationRequestUpdateSchema, output: requestDetailSchema },
  'nominations:set-request-status': { input: nominationRequestStatusSchema, output: requestDetailSchema },
  'nominations:remove-request': { input: nominationRemoveSchema, output: ok },
  'nominations:propose': { input: candidateProposeSchema, output: requestDetailSchema },
  'nominations:update-candidate': { input: candidateUpdateSchema, output: requestDetailSchema },
  'nominations:advance': { input: candidateAdvanceSchema, output: requestDetailSchema },
  'nominations:decide': { input: candidateDecideSchema, output: decideResultSchema },
  'nominations:withdraw': { input: candidateWithdrawSchema, output: requestDetailSchema },
  'nominations:remove-candidate': { input: nominationRemoveSchema, output: ok },
  'nominations:balance': { input: requestIdInput, output: nominationBalanceSchema },
  'nominations:reminders': { input: nominationRemindersInputSchema, output: z.array(nominationReminderSchema) },
  'nominations:export-xlsx': { input: nominationListExportSchema, output: exportFileSchema },
  'nominations:export-pdf': { input: nominationListExportSchema, output: exportFileSchema },
  'nominations:letter-pdf': { input: nominationLetterSchema, output: exportFileSchema },
} as const;
