import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/inputs';
import { todayIso } from '../../format';
import { useWrite } from '../../api/use-write';

type Props = { person: PersonDetail; open: boolean; onClose: () => void };

/** "Avsluta": the person is marked ended; running assignments end that day, later planned ones are removed. */
export function EndPersonDialog({ person, open, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayIso());
  const [problem, setProblem] = useState<string | undefined>();
  const { run: endPerson, saving, error, clearError } = useWrite('persons:end');
  const close = () => {
    clearError();
    setProblem(undefined);
    onClose();
  };
  // the field's own message is read out when focus returns to it
  const invalid = (message: string) => {
    setProblem(message);
    document.getElementById(`${id}-date`)?.focus();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return invalid(t('validation.date'));
    setProblem(undefined);
    void endPerson({ id: person.id, version: person.version, endDate: date }).then((ended) => {
      if (ended) close();
    });
  };
  const running = person.memberships.filter((m) => m.phase !== 'PAST' && !m.readOnly).length;
  return (
    <Dialog open={open} title={t('endPerson.title', { name: person.name })} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>{t('endPerson.explain', { count: running })}</p>
        <TextField
          id={`${id}-date`}
          label={t('endPerson.date')}
          hint={t('common.dateHint')}
          type="date"
          value={date}
          onChange={setDate}
          error={problem}
          required
        />
        {error && <ErrorAlert heading={t('endPerson.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--danger" disabled={saving}>
            {t('endPerson.confirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
