import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateView } from '@shared/contract/nominations';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { orNull, type FieldErrors } from '../../components/form/validation';
import { Spinner } from '../../components/Spinner';
import { checkNewPerson, NewPersonFields, valuesOfNewPerson, type NewPersonValues } from './NewPersonFields';
import { EMPTY_STEP, StepFields, type StepLabels, type StepValues } from './StepFields';

/** Corrects a candidate: who proposed them, the link and notes, and a new candidate's own facts. */
export function CandidateEditDialog({ candidate, onClose }: { candidate: CandidateView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useChannelMutation('nominations:update-candidate', { onSuccess: () => onClose() });
  const [person, setPerson] = useState<NewPersonValues | null>(candidate.newPerson ? valuesOfNewPerson(candidate.newPerson) : null);
  const [facts, setFacts] = useState<StepValues>({
    ...EMPTY_STEP,
    by: candidate.proposedBy ?? '',
    link: candidate.link ?? '',
    notes: candidate.notes ?? '',
  });
  const labels: StepLabels = { by: t('nominations.add.proposedBy'), link: t('nominations.form.link'), notes: t('nominations.form.notes') };
  const [errors, setErrors] = useState<FieldErrors>({});
  const error = appErrorOf(update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = person ? checkNewPerson(person, t) : null;
    setErrors(checked && !checked.ok ? checked.errors : {});
    if (checked && !checked.ok) return;
    update.mutate({
      id: candidate.id,
      version: candidate.version,
      newPerson: checked?.ok ? checked.value : null,
      proposedBy: orNull(facts.by),
      link: orNull(facts.link),
      notes: orNull(facts.notes),
    });
  };
  return (
    <Dialog open title={t('nominations.editDialog.title', { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate data-testid="candidate-edit-form">
        {person && <NewPersonFields idPrefix={`${id}-person`} values={person} onChange={setPerson} errors={errors} />}
        <StepFields idPrefix={id} labels={labels} values={facts} onChange={setFacts} errors={errors} />
        {error && <ErrorAlert heading={t('nominations.form.saveFailed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending && <Spinner />}
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
