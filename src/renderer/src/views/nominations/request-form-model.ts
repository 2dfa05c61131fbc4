import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { addDays } from '@shared/calendar';
import { nominationRequestCreateSchema, type RequestSummary } from '@shared/contract/nominations';
import type { GroupDetail, MembershipView } from '@shared/contract/register';
import { bpToPercentText } from '../../format';
import { fieldErrorsFromZod, orNull, type FieldErrors } from '../../components/form/validation';
import { checkPeriodOrder, checkShare } from '../../components/membership/SharePeriodFields';

/** The request form's values, as typed (dates ISO, the share as percent text). */
export type RequestFormValues = {
  groupId: string;
  seatId: string;
  requestedBy: string;
  requesterName: string;
  personsWanted: string;
  competence: string;
  role: string;
  allocation: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  reference: string;
  link: string;
  notes: string;
};

export const REQUEST_FIELDS = [
  'groupId',
  'seatId',
  'requestedBy',
  'requesterName',
  'personsWanted',
  'competence',
  'role',
  'allocationBp',
  'periodStart',
  'periodEnd',
  'dueDate',
  'reference',
  'link',
  'notes',
] as const;

/** How long before the new period the answer is due, when a request starts from a term that ends. */
export const DUE_DAYS_BEFORE_START = 30;
/** The due date of a request with no period to count back from. */
export const DEFAULT_DUE_DAYS = 30;

export function emptyRequestValues(today: string): RequestFormValues {
  return {
    groupId: '',
    seatId: '',
    requestedBy: 'NATIONAL_GROUP',
    requesterName: '',
    personsWanted: '1',
    competence: '',
    role: 'MEMBER',
    allocation: '',
    periodStart: '',
    periodEnd: '',
    dueDate: addDays(today, DEFAULT_DUE_DAYS),
    reference: '',
    link: '',
    notes: '',
  };
}

export function valuesOfRequest(r: RequestSummary): RequestFormValues {
  return {
    groupId: r.groupId,
    seatId: r.seatId ?? '',
    requestedBy: r.requestedBy,
    requesterName: r.requesterName ?? '',
    personsWanted: String(r.personsWanted),
    competence: r.competence ?? '',
    role: r.role,
    allocation: r.allocationBp === null ? '' : bpToPercentText(r.allocationBp),
    periodStart: r.periodStart ?? '',
    periodEnd: r.periodEnd ?? '',
    dueDate: r.dueDate,
    reference: r.reference ?? '',
    link: r.link ?? '',
    notes: r.notes ?? '',
  };
}

/** The holder whose term ends last among a seat's current holders (the one the new person succeeds). */
export function endingHolder(holders: readonly MembershipView[]): MembershipView | null {
  const ending = holders.filter((h) => h.endDate !== null && h.phase !== 'PAST');
  return ending.reduce<MembershipView | null>((last, h) => (last === null || (h.endDate ?? '') > (last.endDate ?? '') ? h : last), null);
}

/**
 * The form filled in from a group (and a seat whose term ends): the new period starts the day after the
 * holder's end, the answer is due 30 days before that (never before today), and the role and the share
 * are the holder's. A national group is asked by default for a national group's seat.
 */
export function prefillFromGroup(detail: GroupDetail, seatId: string | null, today: string): RequestFormValues {
  const values = { ...emptyRequestValues(today), groupId: detail.group.id };
  values.requestedBy =
    detail.group.level === 'NATIONAL' ? 'NATIONAL_GROUP' : detail.group.level === 'REGIONAL' ? 'OWN_REGION' : 'HEALTHCARE_REGION';
  const seat = seatId ? detail.seats.find((s) => s.id === seatId) : undefined;
  if (!seat) return values;
  values.seatId = seat.id;
  const holder = endingHolder(seat.holders) ?? seat.holders[0] ?? null;
  if (!holder) return values;
  values.role = holder.role;
  values.allocation = bpToPercentText(holder.allocationBp);
  if (holder.endDate) {
    const start = addDays(holder.endDate, 1);
    values.periodStart = start;
    const due = addDays(start, -DUE_DAYS_BEFORE_START);
    values.dueDate = due < today ? today : due;
  }
  return values;
}

type Checked = { ok: true; input: z.output<typeof nominationRequestCreateSchema> } | { ok: false; errors: FieldErrors };

/** The contract's own checks, plus the ones a person should hear before saving. */
export function checkRequest(values: RequestFormValues, t: TFunction): Checked {
  const errors: FieldErrors = {};
  const { allocationBp, error: shareError } = checkShare(values.allocation, t);
  if (shareError) errors['allocationBp'] = shareError;
  if (!values.groupId) errors['groupId'] = t('membershipForm.chooseGroup');
  const persons = Number(values.personsWanted.trim());
  const parsed = nominationRequestCreateSchema.safeParse({
    groupId: values.groupId,
    seatId: values.seatId || null,
    requestedBy: values.requestedBy,
    requesterName: orNull(values.requesterName),
    personsWanted: values.personsWanted.trim() === '' ? null : persons,
    competence: orNull(values.competence),
    role: values.role,
    allocationBp,
    periodStart: orNull(values.periodStart),
    periodEnd: orNull(values.periodEnd),
    dueDate: values.dueDate.trim(),
    reference: orNull(values.reference),
    link: orNull(values.link),
    notes: orNull(values.notes),
  });
  const merged: FieldErrors = { ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error, t)), ...errors };
  const order = checkPeriodOrder(values.periodStart.trim(), values.periodEnd.trim(), t);
  if (order) merged['periodEnd'] = order;
  if (!parsed.success || Object.values(merged).some(Boolean)) return { ok: false, errors: merged };
  return { ok: true, input: parsed.data };
}
