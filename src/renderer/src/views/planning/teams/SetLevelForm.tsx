import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setLevelInputSchema, type Team } from '@shared/contract/planning';
import { ACTIVITY_LEVELS, type ActivityLevel } from '@shared/domain/enums';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/form/inputs';
import { fieldErrorsFromZod, type FieldErrors } from '../../../components/form/validation';
import { todayIso } from '../../../format';
import { useWrite } from '../../../api/use-write';

/** A level change is a dated event added to the history, never an overwrite of the current level. */
export function SetLevelForm({ team }: { team: Team }) {
  const { t } = useTranslation();
  const id = useId();
  const { run: setLevel, saving, error } = useWrite('teams:set-level');
  const [level, setLevelValue] = useState<string>('');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<{ level: ActivityLevel; date: string } | null>(null);
  const fieldIds = { level: `${id}-level`, effectiveDate: `${id}-date`, note: `${id}-note` };
  const labels = {
    level: t('planning.teams.form.level'),
    effectiveDate: t('planning.teams.form.date'),
    note: t('planning.teams.form.note'),
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const parsed = setLevelInputSchema.safeParse({
      groupId: team.groupId,
      level: ACTIVITY_LEVELS.find((l) => l === level),
      effectiveDate: date.trim(),
      note: note.trim() === '' ? null : note.trim(),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t));
      setAttempt((a) => a + 1);
      return;
    }
    setErrors({});
    const chosen = parsed.data.level;
    void setLevel(parsed.data).then((ok) => {
      if (!ok) return;
      setSaved({ level: chosen, date: parsed.data.effectiveDate });
      setLevelValue('');
      setNote('');
    });
  };
  return (
    <form className="form stack" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="set-level-form">
      <h3 id={`${id}-heading`}>{t('planning.teams.form.heading')}</h3>
      <p className="muted">{t('planning.teams.form.lead')}</p>
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} attempt={attempt} />
      <div className="form__row">
        <SelectField id={fieldIds.level} label={labels.level} value={level} onChange={setLevelValue} error={errors['level']} required>
          <option value="">{t('planning.teams.form.chooseLevel')}</option>
          {ACTIVITY_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`planning.level.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldIds.effectiveDate}
          label={labels.effectiveDate}
          hint={t('common.dateHint')}
          type="date"
          value={date}
          onChange={setDate}
          error={errors['effectiveDate']}
          required
        />
      </div>
      <TextAreaField
        id={fieldIds.note}
        label={labels.note}
        optional={t('common.optional')}
        value={note}
        onChange={setNote}
        error={errors['note']}
      />
      {error && <ErrorAlert heading={t('planning.teams.form.failed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('planning.teams.form.submit')}
        </button>
        <p role="status" className={saved ? 'saved-note' : 'visually-hidden'}>
          {saved ? t('planning.teams.form.saved', { level: t(`planning.level.${saved.level}`), date: saved.date }) : ''}
        </p>
      </div>
    </form>
  );
}
