import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasErrors, orNull, type FieldErrors } from '../../components/form/validation';
import { PersonPicker } from '../../components/membership/PersonPicker';
import { Spinner } from '../../components/Spinner';
import { todayIso } from '../../format';
import { checkNewPerson, EMPTY_NEW_PERSON, NewPersonFields, type NewPersonValues } from './NewPersonFields';
import { checkStepFields, EMPTY_STEP, StepFields, type StepLabels, type StepValues } from './StepFields';

/** Proposes a candidate for the request: a person in the register, or a new one. */
export function AddCandidate({ requestId, onAdded }: { requestId: string; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<'existing' | 'new'>('existing');
  const [personId, setPersonId] = useState('');
  const [person, setPerson] = useState<NewPersonValues>(EMPTY_NEW_PERSON);
  const [step, setStep] = useState<StepValues>({ ...EMPTY_STEP, on: todayIso() });
  const labels: StepLabels = { on: t('nominations.add.proposedOn'), by: t('nominations.add.proposedBy') };
  const [errors, setErrors] = useState<FieldErrors>({});
  const propose = useChannelMutation('nominations:propose');
  const error = appErrorOf(propose.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkStepFields(step, labels, t);
    const checked = kind === 'new' ? checkNewPerson(person, t) : null;
    if (checked && !checked.ok) Object.assign(found, checked.errors);
    if (kind === 'existing' && !personId) found['personId'] = t('membershipForm.choosePerson');
    setErrors(found);
    if (hasErrors(found)) return;
    const input = {
      requestId,
      personId: kind === 'existing' ? personId : null,
      newPerson: checked?.ok ? checked.value : null,
      proposedOn: step.on.trim(),
      proposedBy: orNull(step.by),
      link: null,
      notes: null,
    };
    propose.mutate(input, {
      onSuccess: (detail) => {
        const added = detail.candidates.find((c) => (input.personId ? c.personId === input.personId : c.name === input.newPerson?.name));
        setPersonId('');
        setPerson(EMPTY_NEW_PERSON);
        setStep((v) => ({ ...v, by: '' }));
        onAdded(added?.name ?? '');
      },
    });
  };
  return (
    <form className="panel form form--grid" onSubmit={submit} noValidate aria-busy={propose.isPending} data-testid="candidate-form">
      <fieldset className="choice form__full">
        <legend>{t('nominations.add.who')}</legend>
        {(['existing', 'new'] as const).map((value) => (
          <label key={value} htmlFor={`${id}-${value}`}>
            <input id={`${id}-${value}`} type="radio" name={`${id}-kind`} checked={kind === value} onChange={() => setKind(value)} />
            {t(`nominations.add.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'existing' ? (
        <PersonPicker id={`${id}-person`} value={personId} onChange={setPersonId} error={errors['personId']} />
      ) : (
        <NewPersonFields idPrefix={`${id}-new`} values={person} onChange={setPerson} errors={errors} />
      )}
      <StepFields idPrefix={id} labels={labels} values={step} onChange={setStep} errors={errors} />
      {error && <ErrorAlert heading={t('nominations.add.failed')} error={error} headingLevel={3} />}
      <div className="actions form__full">
        <button type="submit" className="button button--primary" disabled={propose.isPending}>
          {propose.isPending && <Spinner />}
          {t('nominations.add.submit')}
        </button>
      </div>
    </form>
  );
}
