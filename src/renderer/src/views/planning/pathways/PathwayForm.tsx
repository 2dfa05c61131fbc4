import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pathwayCreateSchema, type Pathway } from '@shared/contract/planning';
import { CARE_PATHWAY_STATUSES } from '@shared/domain/enums';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../../components/form/inputs';
import { fieldErrorsFromZod, type FieldErrors } from '../../../components/form/validation';
import { useWrite } from '../../../api/use-write';

type Props = {
  /** null: a new pathway. */
  pathway: Pathway | null;
  onDone: (saved: Pathway) => void;
  onCancel?: () => void;
};

/** Name (only for the own pathways), national status and its date. Reference pathways keep their name. */
export function PathwayForm({ pathway, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const creating = useWrite('pathways:create');
  const updating = useWrite('pathways:update');
  const { run: create } = creating;
  const { run: update } = updating;
  const saving = creating.saving || updating.saving;
  const error = creating.error ?? updating.error;
  const [name, setName] = useState(pathway?.name ?? '');
  const [status, setStatus] = useState<string>(pathway?.nationalStatus ?? 'STARTING');
  const [date, setDate] = useState(pathway?.statusDate ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const nameLocked = pathway !== null && pathway.editable !== 'FULL';
  const fieldIds = { name: `${id}-name`, nationalStatus: `${id}-status`, statusDate: `${id}-date` };
  const labels = {
    name: t('planning.pathways.form.name'),
    nationalStatus: t('planning.pathways.form.status'),
    statusDate: t('planning.pathways.form.date'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = pathwayCreateSchema.safeParse({ name, nationalStatus: status, statusDate: date.trim() === '' ? null : date.trim() });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t));
      setAttempt((a) => a + 1);
      return;
    }
    setErrors({});
    const run = pathway ? update({ id: pathway.id, version: pathway.version, ...parsed.data }) : create(parsed.data);
    void run.then((saved) => {
      if (!saved) return;
      if (!pathway) {
        setName('');
        setDate('');
      }
      onDone(saved);
    });
  };
  return (
    <form className="form stack" onSubmit={submit} noValidate data-testid={pathway ? 'pathway-edit-form' : 'pathway-new-form'}>
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} attempt={attempt} />
      <div className="form__row">
        <TextField
          id={fieldIds.name}
          label={labels.name}
          value={name}
          onChange={setName}
          error={errors['name']}
          required
          disabled={nameLocked}
          hint={nameLocked ? t('planning.pathways.form.nameLocked') : undefined}
        />
        <SelectField
          id={fieldIds.nationalStatus}
          label={labels.nationalStatus}
          value={status}
          onChange={setStatus}
          error={errors['nationalStatus']}
          required
        >
          {CARE_PATHWAY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`planning.nationalStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldIds.statusDate}
          label={labels.statusDate}
          optional={t('common.optional')}
          type="date"
          value={date}
          onChange={setDate}
          error={errors['statusDate']}
        />
      </div>
      {error && <ErrorAlert heading={t('planning.pathways.form.failed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {pathway ? t('planning.pathways.form.save') : t('planning.pathways.form.add')}
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
