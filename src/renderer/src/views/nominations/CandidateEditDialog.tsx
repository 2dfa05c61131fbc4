import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateView } from '@shared/contract/nominations';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField, TextField } from '../../components/form/inputs';
import type { FieldErrors } from '../../components/form/validation';
import { Spinner } from '../../components/Spinner';
import { checkNewPerson, NewPersonFields, valuesOfNewPerson, type NewPersonValues } from './NewPersonFields';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Corrects a candidate: who proposed them, the link and notes, and a new candidate's own facts. */
export function CandidateEditDialog({ candidate, onClose }: { candidate: CandidateView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useChannelMutation('nominations:update-candidate', { onSuccess: () => onClose() });
  const [person, setPerson] = useState<NewPersonValues | null>(candidate.newPerson ? valuesOfNewPerson(candidate.newPerson) : null);
  const [proposedBy, setProposedBy] = useState(candidate.proposedBy ?? '');
  const [link, setLink] = useState(candidate.link ?? '');
  const [notes, setNotes] = useState(candidate.notes ?? '');
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
      proposedBy: orNull(proposedBy),
      link: orNull(link),
      notes: orNull(notes),
    });
  };
  return (
    <Dialog open title={t('nominations.editDialog.title', { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate data-testid="candidate-edit-form">
        {person && <NewPersonFields idPrefix={`${id}-person`} values={person} onChange={setPerson} errors={errors} />}
        <TextField
          id={`${id}-proposedBy`}
          label={t('nominations.add.proposedBy')}
          value={proposedBy}
          onChange={setProposedBy}
          optional={t('common.optional')}
        />
        <TextField
          id={`${id}-link`}
          label={t('nominations.form.link')}
          value={link}
          onChange={setLink}
          hint={t('nominations.form.linkHint')}
          optional={t('common.optional')}
        />
        <TextAreaField
          id={`${id}-notes`}
          label={t('nominations.form.notes')}
          value={notes}
          onChange={setNotes}
          optional={t('common.optional')}
        />
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
