import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, MembershipView } from '@shared/contract/register';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, type GroupType } from '@shared/domain/enums';
import { refetchChannel } from '../../api/query';
import { useWrite } from '../../api/use-write';
import { StaleReload } from '../EditInPlace';
import { ErrorAlert } from '../ErrorAlert';
import { FilteredSelect } from '../FilteredSelect';
import { ErrorSummary } from '../form/ErrorSummary';
import { SelectField, TextAreaField } from '../form/inputs';
import { fieldOfServerError, perField, type FieldErrors } from '../form/validation';
import { Spinner } from '../Spinner';
import {
  checkMembership,
  initialMembershipValues,
  MEMBERSHIP_FIELDS,
  valuesOfMembership,
  type MembershipFormValues,
} from './membership-form-model';
import { AllocationPreview } from './AllocationPreview';
import { PersonPicker } from './PersonPicker';
import { SeatSelect } from './SeatSelect';
import { SeatTakenAlert } from './SeatTakenAlert';
import { SharePeriodFields, type SharePeriodField } from './SharePeriodFields';
import { useAllocationDefaults, useGroupOptions } from '../../api/lookups';

/** The share-and-period fields' values in the form's own. */
const PERIOD_FIELD = { start: 'startDate', end: 'endDate', allocation: 'allocation' } as const satisfies Record<
  SharePeriodField,
  keyof MembershipFormValues
>;

type Props = {
  /** The person page: the person is given, the group is chosen. */
  personId?: string;
  /** The group page: the group (and maybe a seat) is given, the person is chosen. */
  group?: { id: string; type: GroupType; seats: GroupDetail['seats'] };
  seatId?: string;
  /** Edit mode: this assignment, saved against its version (person and group stay). */
  membership?: MembershipView;
  /** Called with the saved assignment, or without one when cancelled. */
  onDone: (saved?: MembershipView) => void;
};

/**
 * Adds or corrects an assignment: group or person, seat, role, period, allocation (empty = the
 * default) and status. A held seat is refused with the holder named and the successor fix offered.
 */
export function MembershipForm({ personId, group, seatId, membership, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const groups = useGroupOptions();
  const defaults = useAllocationDefaults();
  const create = useWrite('memberships:create');
  const update = useWrite('memberships:update');
  const saving = create.saving || update.saving;
  const serverError = membership ? update.error : create.error;
  const [values, setValues] = useState<MembershipFormValues>(() =>
    membership ? valuesOfMembership(membership) : initialMembershipValues(personId ?? '', group?.id ?? '', seatId ?? ''),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  // the version the user opened the form on: a save after someone else's change is refused, never silently over it
  const [openedVersion] = useState(membership?.version);
  const [attempt, setAttempt] = useState(0);
  const groupOptions = useMemo(
    () => (groups ?? []).map((g) => ({ value: g.id, label: `${g.name} (${t(`groupType.${g.type}`)})` })),
    [groups, t],
  );
  const groupType = group?.type ?? groups?.find((g) => g.id === values.groupId)?.type ?? null;
  const defaultBp = groupType ? (defaults?.find((d) => d.groupType === groupType && d.role === values.role)?.allocationBp ?? 0) : null;
  const ids = perField(MEMBERSHIP_FIELDS, (f) => `${id}-${f}`);
  const labels = perField(MEMBERSHIP_FIELDS, (f) => t(`membershipForm.${f}`));
  const seatTaken = serverError?.detail?.key === 'seat.taken' ? serverError : null;
  const serverField = fieldOfServerError(serverError, MEMBERSHIP_FIELDS);
  const shown: FieldErrors = serverField ? { ...errors, [serverField]: serverError?.message } : errors;
  const set = (field: keyof MembershipFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value, ...(field === 'groupId' ? { seatId: '' } : {}) }));

  const save = (replaceHolder: boolean) => {
    const checked = checkMembership(values, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    const input = { ...checked.input, replaceHolder };
    const request = membership
      ? update.run({ ...input, id: membership.id, version: openedVersion ?? membership.version })
      : create.run(input);
    void request.then((saved) => {
      if (saved) onDone(saved);
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  return (
    <form className="panel form form--grid" onSubmit={submit} noValidate aria-busy={saving} data-testid="membership-form">
      <ErrorSummary errors={errors} fieldIds={ids} labels={labels} attempt={attempt} />
      {membership ? null : group ? (
        <PersonPicker id={ids.personId} value={values.personId} onChange={set('personId')} error={shown['personId']} />
      ) : (
        <FilteredSelect
          id={ids.groupId}
          label={labels.groupId}
          filterLabel={t('membershipForm.groupFilter')}
          options={groupOptions}
          value={values.groupId}
          onChange={set('groupId')}
          error={shown['groupId']}
          placeholder={t('membershipForm.chooseGroupOption')}
        />
      )}
      <SeatSelect
        id={ids.seatId}
        groupId={values.groupId}
        value={values.seatId}
        onChange={set('seatId')}
        error={shown['seatId']}
        seats={group?.seats}
      />
      <SelectField id={ids.role} label={labels.role} value={values.role} onChange={set('role')} error={shown['role']}>
        {MEMBERSHIP_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={ids.status}
        label={labels.status}
        value={values.status}
        onChange={set('status')}
        error={shown['status']}
        hint={t('membershipForm.statusHint')}
      >
        {MEMBERSHIP_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`membershipStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <SharePeriodFields
        ids={{ start: ids.startDate, end: ids.endDate, allocation: ids.allocationBp }}
        labels={{ start: labels.startDate, end: labels.endDate, allocation: labels.allocationBp }}
        values={{ start: values.startDate, end: values.endDate, allocation: values.allocation }}
        onChange={(field, value) => set(PERIOD_FIELD[field])(value)}
        errors={{ start: shown['startDate'], end: shown['endDate'], allocation: shown['allocationBp'] }}
        defaultBp={defaultBp}
        startRequired
      />
      <AllocationPreview
        personId={values.personId}
        startDate={values.startDate}
        endDate={values.endDate}
        allocation={values.allocation}
        defaultBp={defaultBp}
      />
      <TextAreaField
        id={ids.notes}
        label={labels.notes}
        value={values.notes}
        onChange={set('notes')}
        error={shown['notes']}
        optional={t('common.optional')}
      />
      {seatTaken && <SeatTakenAlert error={seatTaken} busy={saving} onReplace={() => save(true)} />}
      {serverError && !serverField && !seatTaken && (
        <ErrorAlert heading={t('membershipForm.saveFailed')} error={serverError} headingLevel={3} />
      )}
      <div className="actions form__full">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('common.saving') : membership ? t('corrections.save') : t('membershipForm.submit')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
        {membership && <StaleReload error={serverError} onReload={() => void reloadAssignment(membership).then(() => onDone())} />}
      </div>
    </form>
  );
}

/** After someone else changed the assignment: its person's and group's pages (and lists) are fetched as they are now. */
function reloadAssignment(m: MembershipView): Promise<unknown> {
  return Promise.all([
    refetchChannel('persons:get', { id: m.personId }),
    refetchChannel('groups:get', { id: m.groupId }),
    refetchChannel('memberships:list'),
  ]);
}
