import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError } from '@shared/contract/errors';
import type { groupCreateSchema, GroupDetail } from '@shared/contract/register';
import { GROUP_LEVELS, GROUP_TYPES, type GroupLevel, type GroupType } from '@shared/domain/enums';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/form/inputs';
import { fieldOfServerError, perField, type FieldErrors } from '../../components/form/validation';
import { Spinner } from '../../components/Spinner';
import { useLookups } from '../../components/useLookups';
import { useOwner } from '../../store/selectors';
import { checkGroup, GROUP_FIELDS, initialGroupValues, levelFor, type GroupFormValues } from './group-form-model';
import { GroupPlacementFields } from './GroupPlacementFields';

type Props = {
  group: GroupDetail['group'] | null;
  saving: boolean;
  serverError: AppError | null;
  submitLabel: string;
  onSubmit: (input: z.output<typeof groupCreateSchema>) => void;
  onCancel: () => void;
};

/** Create or edit a group; the fields follow the type (national groups: host; regional: seat count). */
export function GroupForm({ group, saving, serverError, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const owner = useOwner();
  const { ownerName } = useLookups();
  const [values, setValues] = useState<GroupFormValues>(() => initialGroupValues(group, owner?.kind === 'REGION' ? owner.code : null));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const ids = perField(GROUP_FIELDS, (f) => `${id}-${f}`);
  const labels = perField(GROUP_FIELDS, (f) => t(`groupForm.${f}`));
  const serverField = fieldOfServerError(serverError, GROUP_FIELDS);
  const shown: FieldErrors = serverField ? { ...errors, [serverField]: serverError?.message } : errors;
  const set = (field: keyof GroupFormValues) => (value: string) =>
    setValues((v) => {
      if (field === 'type') {
        const type = GROUP_TYPES.find((x) => x === value) ?? v.type;
        return { ...v, type, level: levelFor(type, v.level), parentGroupId: '' };
      }
      if (field === 'level') return { ...v, level: GROUP_LEVELS.find((x) => x === value) ?? v.level };
      return { ...v, [field]: value };
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkGroup(values, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(checked.input);
  };
  const ownerCode = group?.owner ?? owner?.code ?? '';
  return (
    <form className="panel form form--grid" onSubmit={submit} noValidate aria-busy={saving} data-testid="group-form">
      <ErrorSummary errors={errors} fieldIds={ids} labels={labels} attempt={attempt} />
      <p className="form__full owner-line" data-testid="group-owner">
        {t('groupForm.owner', { owner: ownerName(ownerCode) ?? ownerCode })}
      </p>
      <TextField id={ids.name} label={labels.name} value={values.name} onChange={set('name')} error={shown['name']} required />
      <SelectField id={ids.type} label={labels.type} value={values.type} onChange={set('type')} error={shown['type']}>
        {GROUP_TYPES.map((type: GroupType) => (
          <option key={type} value={type}>
            {t(`groupType.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={ids.level}
        label={labels.level}
        value={values.level}
        onChange={set('level')}
        error={shown['level']}
        hint={t('groupForm.levelHint')}
      >
        {GROUP_LEVELS.map((level: GroupLevel) => (
          <option key={level} value={level}>
            {t(`groupLevel.${level}`)}
          </option>
        ))}
      </SelectField>
      <GroupPlacementFields values={values} set={set} ids={ids} errors={shown} selfId={group?.id ?? null} />
      <TextAreaField
        id={ids.description}
        label={labels.description}
        value={values.description}
        onChange={set('description')}
        error={shown['description']}
        optional={t('common.optional')}
      />
      {serverError && !serverField && <ErrorAlert heading={t('groupForm.saveFailed')} error={serverError} headingLevel={3} />}
      <div className="actions form__full">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
