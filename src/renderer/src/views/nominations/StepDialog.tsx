import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateStep, CandidateView } from '@shared/contract/nominations';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasErrors, orNull, type FieldErrors } from '../../components/form/validation';
import { Spinner } from '../../components/Spinner';
import { todayIso } from '../../format';
import { checkStepFields, EMPTY_STEP, StepFields, type StepLabels, type StepValues } from './StepFields';

type Props = { candidate: CandidateView; step: CandidateStep; onClose: () => void };

/** Records one step of a candidate's road: the manager's approval, the declaration (with its outcome), or the nomination sent. */
export function StepDialog({ candidate, step, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const advance = useChannelMutation('nominations:advance', { onSuccess: () => onClose() });
  const [values, setValues] = useState<StepValues>({ ...EMPTY_STEP, on: todayIso() });
  const [errors, setErrors] = useState<FieldErrors>({});
  const declaration = step === 'DECLARATION_RECEIVED';
  const labels: StepLabels = {
    on: t(`nominations.stepDialog.on.${step}`),
    by: t(`nominations.stepDialog.by.${step}`),
    ...(declaration ? { outcome: t('nominations.stepDialog.outcome'), reference: t(`nominations.stepDialog.reference.${step}`) } : {}),
  };
  const error = appErrorOf(advance.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkStepFields(values, labels, t);
    setErrors(found);
    if (hasErrors(found)) return;
    advance.mutate({
      id: candidate.id,
      version: candidate.version,
      step,
      on: values.on.trim(),
      by: orNull(values.by),
      outcome: declaration && values.outcome !== '' ? values.outcome : null,
      reference: declaration ? orNull(values.reference) : null,
    });
  };
  return (
    <Dialog open title={t(`nominations.stepDialog.title.${step}`, { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate data-testid="step-form">
        <StepFields idPrefix={id} labels={labels} values={values} onChange={setValues} errors={errors} />
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
  const [values, setValues] = useState<StepValues>({ ...EMPTY_STEP, on: todayIso() });
  const [errors, setErrors] = useState<FieldErrors>({});
  const labels: StepLabels = { on: t('nominations.withdrawDialog.on') };
  const error = appErrorOf(withdraw.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkStepFields(values, labels, t);
    setErrors(found);
    if (!hasErrors(found)) withdraw.mutate({ id: candidate.id, version: candidate.version, on: values.on.trim() });
  };
  return (
    <Dialog open title={t('nominations.withdrawDialog.title', { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate>
        <p>{t('nominations.withdrawDialog.explain')}</p>
        <StepFields idPrefix={id} labels={labels} values={values} onChange={setValues} errors={errors} />
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
