import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationCreateSchema, type Organisation } from '@shared/contract/register';
import { ORGANISATION_TYPES } from '@shared/domain/enums';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/form/inputs';
import { fieldErrorsFromZod, fieldOfServerError, type FieldErrors } from '../../components/form/validation';
import { useReferenceData } from '../../api/lookups';
import { refetchChannel } from '../../api/query';
import { useWrite } from '../../api/use-write';
import { StaleReload } from '../../components/EditInPlace';

type Props = { editing: Organisation | null; defaultRegion: string | null; onDone: (saved: Organisation | null) => void };

const FIELDS = ['name', 'type', 'regionCode'] as const;

/**
 * Create an organisation, or edit the chosen one; the heading says which. An edit refused because someone
 * else changed the organisation offers to read the list again (which ends the edit).
 */
export function OrganisationForm({ editing, defaultRegion, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const regions = useReferenceData()?.regions ?? [];
  const create = useWrite('organisations:create');
  const update = useWrite('organisations:update');
  const saving = create.saving || update.saving;
  const serverError = editing ? update.error : create.error;
  const [name, setName] = useState(editing?.name ?? '');
  const [type, setType] = useState<string>(editing?.type ?? 'UNIVERSITY_HOSPITAL');
  const [regionCode, setRegionCode] = useState(editing ? (editing.regionCode ?? '') : (defaultRegion ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const serverField = fieldOfServerError(serverError, FIELDS);
  const shown: FieldErrors = serverField ? { ...errors, [serverField]: serverError?.message } : errors;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = organisationCreateSchema.safeParse({ name, type, regionCode: regionCode || null });
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, t));
    setErrors({});
    const saved = editing ? update.run({ ...parsed.data, id: editing.id, version: editing.version }) : create.run(parsed.data);
    void saved.then((organisation) => {
      if (!organisation) return;
      setName('');
      onDone(organisation);
    });
  };

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="organisation-form">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {editing ? t('organisations.editHeading', { name: editing.name }) : t('organisations.newHeading')}
      </h2>
      <div className="form__row">
        <TextField id={`${id}-name`} label={t('organisations.name')} value={name} onChange={setName} error={shown['name']} required />
        <SelectField id={`${id}-type`} label={t('organisations.type')} value={type} onChange={setType} error={shown['type']}>
          {ORGANISATION_TYPES.map((code) => (
            <option key={code} value={code}>
              {t(`organisationType.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-region`}
          label={t('organisations.region')}
          value={regionCode}
          onChange={setRegionCode}
          error={shown['regionCode']}
          optional={t('common.optional')}
        >
          <option value="">{t('organisations.noRegion')}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      </div>
      {serverError && !serverField && <ErrorAlert heading={t('organisations.saveFailed')} error={serverError} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : editing ? t('common.save') : t('organisations.create')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
        )}
        {editing && <StaleReload error={serverError} onReload={() => void refetchChannel('organisations:list').then(() => onDone(null))} />}
      </div>
    </form>
  );
}
