import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import type { PersonDetail } from '@shared/contract/register';
import { GENDERS } from '@shared/domain/enums';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/inputs';
import { fieldErrorsFromZod, fieldOfServerError, perField, type FieldErrors } from '../../components/form/validation';
import { Spinner } from '../../components/Spinner';
import { hrefFor } from '../../router';
import { initialPersonValues, parsePersonValues, PERSON_FIELDS, type PersonFormValues, type PersonInput } from './person-form-model';
import { useOrganisations, useReferenceData } from '../../api/lookups';

type Props = {
  person: PersonDetail | null;
  defaultRegion: string | null;
  saving: boolean;
  serverError: AppError | null;
  submitLabel: string;
  onSubmit: (input: PersonInput) => void;
  onCancel?: () => void;
};

/** Create or edit a person; every field's problem is shown beside it and summarised on top. */
export function PersonForm({ person, defaultRegion, saving, serverError, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const regions = useReferenceData()?.regions ?? [];
  const organisations = useOrganisations() ?? [];
  const [values, setValues] = useState<PersonFormValues>(() => initialPersonValues(person, defaultRegion));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const fieldIds = perField(PERSON_FIELDS, (f) => `${id}-${f}`);
  const labels = perField(PERSON_FIELDS, (f) => t(`personForm.${f}`));
  const serverField = fieldOfServerError(serverError, PERSON_FIELDS);
  const shown: FieldErrors = serverField ? { ...errors, [serverField]: serverError?.message } : errors;
  const set = (field: keyof PersonFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const err = (field: keyof PersonFormValues) => shown[field];
  const optional = t('common.optional');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parsePersonValues(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form className="panel form form--grid" onSubmit={submit} noValidate aria-busy={saving} data-testid="person-form">
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} attempt={attempt} />
      <TextField
        id={fieldIds.name}
        label={labels.name}
        value={values.name}
        onChange={set('name')}
        error={err('name')}
        required
        autoComplete="off"
      />
      <TextField
        id={fieldIds.email}
        label={labels.email}
        type="email"
        value={values.email}
        onChange={set('email')}
        error={err('email')}
        optional={optional}
      />
      <TextField
        id={fieldIds.phone}
        label={labels.phone}
        type="tel"
        value={values.phone}
        onChange={set('phone')}
        error={err('phone')}
        optional={optional}
      />
      <SelectField
        id={fieldIds.regionCode}
        label={labels.regionCode}
        value={values.regionCode}
        onChange={set('regionCode')}
        error={err('regionCode')}
        optional={optional}
      >
        <option value="">{t('personForm.noRegion')}</option>
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldIds.organisationId}
        label={labels.organisationId}
        value={values.organisationId}
        onChange={set('organisationId')}
        error={err('organisationId')}
        hint={t('personForm.organisationHint')}
        optional={optional}
      >
        <option value="">{t('personForm.noOrganisation')}</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldIds.profession}
        label={labels.profession}
        value={values.profession}
        onChange={set('profession')}
        error={err('profession')}
        optional={optional}
      />
      <SelectField
        id={fieldIds.gender}
        label={labels.gender}
        value={values.gender}
        onChange={set('gender')}
        error={err('gender')}
        hint={t('personForm.genderHint')}
        optional={optional}
      >
        <option value="">{t('personForm.genderUnset')}</option>
        {GENDERS.map((g) => (
          <option key={g} value={g}>
            {t(`gender.${g}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={fieldIds.notes}
        label={labels.notes}
        value={values.notes}
        onChange={set('notes')}
        error={err('notes')}
        optional={optional}
      />
      {serverError && !serverField && <ErrorAlert heading={t('personForm.saveFailed')} error={serverError} headingLevel={3} />}
      <p className="field__hint form__full">
        <a href={hrefFor('organisations')}>{t('personForm.missingOrganisation')}</a>
      </p>
      <div className="actions form__full">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
