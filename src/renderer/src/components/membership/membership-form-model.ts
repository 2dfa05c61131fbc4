import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { membershipCreateSchema } from '@shared/contract/register';
import type { MembershipView } from '@shared/contract/register';
import { bpToPercentText, todayIso } from '../../format';
import { fieldErrorsFromZod, type FieldErrors } from '../form/validation';
import { checkPeriodOrder, checkShare } from './SharePeriodFields';

export type MembershipFormValues = {
  personId: string;
  groupId: string;
  seatId: string;
  role: string;
  startDate: string;
  endDate: string;
  allocation: string;
  status: string;
  notes: string;
};

export const MEMBERSHIP_FIELDS = [
  'personId',
  'groupId',
  'seatId',
  'role',
  'startDate',
  'endDate',
  'allocationBp',
  'status',
  'notes',
] as const;
export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];

export function initialMembershipValues(personId: string, groupId: string, seatId: string): MembershipFormValues {
  return { personId, groupId, seatId, role: 'MEMBER', startDate: todayIso(), endDate: '', allocation: '', status: 'DECIDED', notes: '' };
}

/** The form's values for correcting a saved assignment. */
export function valuesOfMembership(m: MembershipView): MembershipFormValues {
  return {
    personId: m.personId,
    groupId: m.groupId,
    seatId: m.seatId ?? '',
    role: m.role,
    startDate: m.startDate,
    endDate: m.endDate ?? '',
    allocation: bpToPercentText(m.allocationBp),
    status: m.status,
    notes: m.notes ?? '',
  };
}

type Checked = { ok: true; input: z.output<typeof membershipCreateSchema> } | { ok: false; errors: FieldErrors };

/** The contract's own checks plus the ones a person should hear before saving. */
export function checkMembership(values: MembershipFormValues, t: TFunction): Checked {
  const errors: FieldErrors = {};
  const { allocationBp, error: shareError } = checkShare(values.allocation, t);
  if (shareError) errors['allocationBp'] = shareError;
  if (!values.personId) errors['personId'] = t('membershipForm.choosePerson');
  if (!values.groupId) errors['groupId'] = t('membershipForm.chooseGroup');
  if (values.role === 'CO_OPTED' && values.seatId) errors['seatId'] = t('membershipForm.coOptedNoSeat');
  const parsed = membershipCreateSchema.safeParse({
    personId: values.personId,
    groupId: values.groupId,
    seatId: values.seatId || null,
    role: values.role,
    startDate: values.startDate,
    endDate: values.endDate || null,
    allocationBp,
    status: values.status,
    notes: values.notes.trim() || null,
  });
  const merged: FieldErrors = { ...(parsed.success ? {} : fieldErrorsFromZod(parsed.error, t)), ...errors };
  const order = checkPeriodOrder(values.startDate, values.endDate, t);
  if (order) merged['endDate'] = order;
  if (values.status === 'ENDED' && !values.endDate) merged['endDate'] = t('membershipForm.endedNeedsEnd');
  if (!parsed.success || Object.values(merged).some(Boolean)) return { ok: false, errors: merged };
  return { ok: true, input: parsed.data };
}
