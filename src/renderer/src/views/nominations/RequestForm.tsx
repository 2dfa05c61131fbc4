import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOMINATION_REQUESTERS, type RequestDetail, type RequestSummary } from '@shared/contract/nominations';
import { MEMBERSHIP_ROLES } from '@shared/domain/enums';
import { useAllocationDefaults, useGroupOptions } from '../../api/lookups';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { StaleReload } from '../../components/EditInPlace';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilteredSelect } from '../../components/FilteredSelect';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/inputs';
import { fieldOfServerError, perField, type FieldErrors } from '../../components/form/validation';
import { SeatSelect } from '../../components/membership/SeatSelect';
import { SharePeriodFields, type SharePeriodField } from '../../components/membership/SharePeriodFields';
import { Spinner } from '../../components/Spinner';
import { checkRequest, REQUEST_FIELDS, type RequestFormValues } from './request-form-model';

/** The share-and-period fields' values in the form's own. */
const PERIOD_FIELD = { start: 'periodStart', end: 'periodEnd', allocation: 'allocation' } as const satisfies Record<
  SharePeriodField,
  keyof RequestFormValues
>;

type Props = {
  initial: RequestFormValues;
  /** Edit mode: this request, saved against its version. */
  request?: RequestSummary;
  onSaved: (detail: RequestDetail) => void;
  onCancel: () => void;
  /** Edit mode: fetch the request again after someone else changed it. */
  onReload?: () => void;
};

/**
 * Creates or corrects a nomination request: the group (and a seat of it), who asks, what is asked for
 * (persons, competence, role, share, period), the due date and the request's references.
 */
export function RequestForm({ initial, request, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const groups = useGroupOptions();
  const defaults = useAllocationDefaults();
  const create = useChannelMutation('nominations:create-request', { onSuccess: (detail) => onSaved(detail) });
  const update = useChannelMutation('nominations:update-request', { onSuccess: (detail) => onSaved(detail) });
  const saving = create.isPending || update.isPending;
  const serverError = appErrorOf(request ? update.error : create.error);
  const [values, setValues] = useState<RequestFormValues>(initial);
  // the version the user opened the form on: a save after someone else's change is refused, never silently over it
  const [openedVersion] = useState(request?.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const groupOptions = useMemo(
    () => (groups ?? []).map((g) => ({ value: g.id, label: `${g.name} (${t(`groupType.${g.type}`)})` })),
    [groups, t],
  );
  const groupType = groups?.find((g) => g.id === values.groupId)?.type ?? null;
  const defaultBp = groupType ? (defaults?.find((d) => d.groupType === groupType && d.role === values.role)?.allocationBp ?? 0) : null;
  const ids = perField(REQUEST_FIELDS, (f) => `${id}-${f}`);
  const labels = perField(REQUEST_FIELDS, (f) => t(`nominations.form.${f}`));
  const serverField = fieldOfServerError(serverError, REQUEST_FIELDS);
  const shown: FieldErrors = serverField ? { ...errors, [serverField]: serverError?.message } : errors;
  const set = (field: keyof RequestFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value, ...(field === 'groupId' ? { seatId: '' } : {}) }));
  const optional = t('common.optional');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkRequest(values, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    if (request) update.mutate({ ...checked.input, id: request.id, version: openedVersion ?? request.version });
    else create.mutate(checked.input);
  };

  return (
    <form className="panel form form--grid" onSubmit={submit} noValidate aria-busy={saving} data-testid="request-form">
      <ErrorSummary errors={errors} fieldIds={ids} labels={labels} attempt={attempt} />
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
      <SeatSelect id={ids.seatId} groupId={values.groupId} value={values.seatId} onChange={set('seatId')} error={shown['seatId']} />
      <SelectField id={ids.requestedBy} label={labels.requestedBy} value={values.requestedBy} onChange={set('requestedBy')}>
        {NOMINATION_REQUESTERS.map((r) => (
          <option key={r} value={r}>
            {t(`nominations.requester.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={ids.requesterName}
        label={labels.requesterName}
        value={values.requesterName}
        onChange={set('requesterName')}
        error={shown['requesterName']}
        hint={t('nominations.form.requesterNameHint')}
        optional={optional}
      />
      <TextField
        id={ids.personsWanted}
        label={labels.personsWanted}
        value={values.personsWanted}
        onChange={set('personsWanted')}
        error={shown['personsWanted']}
        inputMode="numeric"
        size="short"
        required
      />
      <TextField
        id={ids.competence}
        label={labels.competence}
        value={values.competence}
        onChange={set('competence')}
        error={shown['competence']}
        optional={optional}
      />
      <SelectField id={ids.role} label={labels.role} value={values.role} onChange={set('role')} error={shown['role']}>
        {MEMBERSHIP_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </SelectField>
      <SharePeriodFields
        ids={{ start: ids.periodStart, end: ids.periodEnd, allocation: ids.allocationBp }}
        labels={{ start: labels.periodStart, end: labels.periodEnd, allocation: labels.allocationBp }}
        values={{ start: values.periodStart, end: values.periodEnd, allocation: values.allocation }}
        onChange={(field, value) => set(PERIOD_FIELD[field])(value)}
        errors={{ start: shown['periodStart'], end: shown['periodEnd'], allocation: shown['allocationBp'] }}
        defaultBp={defaultBp}
        startRequired={false}
      />
      <TextField
        id={ids.dueDate}
        label={labels.dueDate}
        type="date"
        value={values.dueDate}
        onChange={set('dueDate')}
        error={shown['dueDate']}
        hint={t('common.dateHint')}
        required
      />
      <TextField
        id={ids.reference}
        label={labels.reference}
        value={values.reference}
        onChange={set('reference')}
        error={shown['reference']}
        optional={optional}
      />
      <TextField
        id={ids.link}
        label={labels.link}
        value={values.link}
        onChange={set('link')}
        error={shown['link']}
        hint={t('nominations.form.linkHint')}
        optional={optional}
      />
      <TextAreaField
        id={ids.notes}
        label={labels.notes}
        value={values.notes}
        onChange={set('notes')}
        error={shown['notes']}
        optional={optional}
      />
      {serverError && !serverField && <ErrorAlert heading={t('nominations.form.saveFailed')} error={serverError} headingLevel={3} />}
      <div className="actions form__full">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('common.saving') : request ? t('common.save') : t('nominations.form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {onReload && <StaleReload error={serverError} onReload={onReload} />}
      </div>
    </form>
  );
}
