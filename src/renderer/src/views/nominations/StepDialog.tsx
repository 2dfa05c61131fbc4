import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLARATION_OUTCOMES, type CandidateStep, type CandidateView, type DeclarationOutcome } from '@shared/contract/nominations';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/form/inputs';
import { Spinner } from '../../components/Spinner';
import { todayIso } from '../../format';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

type Props = { candidate: CandidateView; step: CandidateStep; onClose: () => void };

/** Records one step of a candidate's road: the manager's approval, the declaration (with its outcome), or the nomination sent. */
export function StepDialog({ candidate, step, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const advance = useChannelMutation('nominations:advance', { onSuccess: () => onClose() });
  const [on, setOn] = useState(todayIso());
  const [by, setBy] = useState('');
  const [outcome, setOutcome] = useState<DeclarationOutcome | ''>('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ on?: string; outcome?: string }>({});
  const error = appErrorOf(advance.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(ISO.test(on.trim()) ? {} : { on: t('validation.date') }),
      ...(step === 'DECLARATION_RECEIVED' && outcome === '' ? { outcome: t('validation.choose') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    advance.mutate({
      id: candidate.id,
      version: candidate.version,
      step,
      on: on.trim(),
      by: orNull(by),
      outcome: step === 'DECLARATION_RECEIVED' && outcome !== '' ? outcome : null,
      reference: step === 'DECLARATION_RECEIVED' ? orNull(reference) : null,
    });
  };
  return (
    <Dialog open title={t(`nominations.stepDialog.title.${step}`, { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate data-testid="step-form">
        <TextField
          id={`${id}-on`}
          label={t(`nominations.stepDialog.on.${step}`)}
          type="date"
          value={on}
          onChange={setOn}
          error={errors.on}
          hint={t('common.dateHint')}
          required
        />
        <TextField
          id={`${id}-by`}
          label={t(`nominations.stepDialog.by.${step}`)}
          value={by}
          onChange={setBy}
          optional={t('common.optional')}
        />
        {step === 'DECLARATION_RECEIVED' && (
          <SelectField
            id={`${id}-outcome`}
            label={t('nominations.stepDialog.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(DECLARATION_OUTCOMES.find((o) => o === value) ?? '')}
            error={errors.outcome}
            required
          >
            <option value="">{t('nominations.stepDialog.chooseOutcome')}</option>
            {DECLARATION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`nominations.outcome.${o}`)}
              </option>
            ))}
          </SelectField>
        )}
        {step === 'DECLARATION_RECEIVED' && (
          <TextField
            id={`${id}-reference`}
            label={t(`nominations.stepDialog.reference.${step}`)}
            value={reference}
            onChange={setReference}
            optional={t('common.optional')}
          />
        )}
        {error && <ErrorAlert heading={t('nominations.stepDialog.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={advance.isPending}>
            {advance.isPending && <Spinner />}
            {t('nominations.stepDialog.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Withdraws a candidate (the candidate or the proposer drew back). */
export function WithdrawDialog({ candidate, onClose }: { candidate: CandidateView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const withdraw = useChannelMutation('nominations:withdraw', { onSuccess: () => onClose() });
  const [on, setOn] = useState(todayIso());
  const [invalid, setInvalid] = useState(false);
  const error = appErrorOf(withdraw.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setInvalid(!ISO.test(on.trim()));
    if (ISO.test(on.trim())) withdraw.mutate({ id: candidate.id, version: candidate.version, on: on.trim() });
  };
  return (
    <Dialog open title={t('nominations.withdrawDialog.title', { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate>
        <p>{t('nominations.withdrawDialog.explain')}</p>
        <TextField
          id={`${id}-on`}
          label={t('nominations.withdrawDialog.on')}
          type="date"
          value={on}
          onChange={setOn}
          error={invalid ? t('validation.date') : undefined}
          required
        />
        {error && <ErrorAlert heading={t('nominations.stepDialog.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={withdraw.isPending}>
            {t('nominations.withdrawDialog.confirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
