import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/calendar';
import type { CandidateView, RequestDetail } from '@shared/contract/nominations';
import type { ChannelOutput } from '@shared/contract/channels';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasErrors, isIsoDateText, orNull, type FieldErrors } from '../../components/form/validation';
import { SeatTakenAlert } from '../../components/membership/SeatTakenAlert';
import { checkPeriodOrder, SharePeriodFields, type SharePeriodValues } from '../../components/membership/SharePeriodFields';
import { Spinner } from '../../components/Spinner';
import { todayIso } from '../../format';
import { canBeChosen } from './nomination-words';
import { endingHolder } from './request-form-model';
import { checkStepFields, EMPTY_STEP, StepFields, type StepLabels, type StepValues } from './StepFields';

export type DecideResult = ChannelOutput<'nominations:decide'>;

type Props = { detail: RequestDetail; candidate: CandidateView; onDecided: (result: DecideResult) => void; onClose: () => void };

/** The period a chosen candidate is appointed for: the request's, or from the day after the seat's holder ends. */
function proposedStart(detail: RequestDetail, today: string): string {
  if (detail.request.periodStart) return detail.request.periodStart;
  const holder = endingHolder(detail.seatHolders);
  return holder?.endDate ? addDays(holder.endDate, 1) : today;
}

/**
 * The decision on a candidate: chosen (appointed into the seat for the period, using the seat rules; a held
 * seat is refused with the holder named and "Ersätt från …" offered) or not chosen.
 */
export function DecideDialog({ detail, candidate, onDecided, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayIso();
  const possible = canBeChosen(candidate);
  const decide = useChannelMutation('nominations:decide', {
    onSuccess: (result) => {
      onDecided(result);
      onClose();
    },
  });
  const [chosen, setChosen] = useState(possible);
  const [step, setStep] = useState<StepValues>({ ...EMPTY_STEP, on: today });
  const [period, setPeriod] = useState<SharePeriodValues>({
    start: proposedStart(detail, today),
    end: detail.request.periodEnd ?? '',
    allocation: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const labels: StepLabels = {
    on: t('nominations.decideDialog.on'),
    by: t('nominations.decideDialog.decidedBy'),
    reference: t('nominations.decideDialog.reference'),
  };
  const error = appErrorOf(decide.error);
  const seatTaken = error?.detail?.key === 'seat.taken' ? error : null;
  const send = (replaceHolder: boolean) => {
    const found = checkStepFields(step, labels, t);
    const start = period.start.trim();
    const end = period.end.trim();
    if (chosen && !isIsoDateText(start)) found['start'] = t('validation.date');
    if (chosen && end !== '') found['end'] = isIsoDateText(end) ? checkPeriodOrder(start, end, t) : t('validation.date');
    setErrors(found);
    if (hasErrors(found)) return;
    decide.mutate({
      id: candidate.id,
      version: candidate.version,
      chosen,
      on: step.on.trim(),
      decidedBy: orNull(step.by),
      decisionReference: orNull(step.reference),
      startDate: chosen ? start : null,
      endDate: chosen ? orNull(end) : null,
      replaceHolder,
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(false);
  };
  return (
    <Dialog open title={t('nominations.decideDialog.title', { name: candidate.name })} onClose={onClose}>
      <form className="form stack" onSubmit={submit} noValidate data-testid="decide-form">
        <fieldset className="choice">
          <legend>{t('nominations.decideDialog.outcome')}</legend>
          <label htmlFor={`${id}-chosen`}>
            <input
              id={`${id}-chosen`}
              type="radio"
              name={`${id}-chosen`}
              checked={chosen}
              disabled={!possible}
              onChange={() => setChosen(true)}
            />
            {t('nominations.decideDialog.chosen')}
          </label>
          <label htmlFor={`${id}-not-chosen`}>
            <input id={`${id}-not-chosen`} type="radio" name={`${id}-chosen`} checked={!chosen} onChange={() => setChosen(false)} />
            {t('nominations.decideDialog.notChosen')}
          </label>
          {!possible && <p className="field__hint">{t('nominations.decideDialog.notPossible')}</p>}
        </fieldset>
        <StepFields idPrefix={id} labels={labels} values={step} onChange={setStep} errors={errors} />
        {chosen && (
          <SharePeriodFields
            ids={{ start: `${id}-start`, end: `${id}-end`, allocation: `${id}-allocation` }}
            labels={{ start: t('nominations.decideDialog.start'), end: t('nominations.decideDialog.end') }}
            values={period}
            onChange={(field, value) => setPeriod((p) => ({ ...p, [field]: value }))}
            errors={{ start: errors['start'], end: errors['end'] }}
            startRequired
            startHint={detail.request.seatId ? t('nominations.decideDialog.startHint') : undefined}
          />
        )}
        {seatTaken && <SeatTakenAlert error={seatTaken} busy={decide.isPending} onReplace={() => send(true)} />}
        {error && !seatTaken && <ErrorAlert heading={t('nominations.decideDialog.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={decide.isPending}>
            {decide.isPending && <Spinner />}
            {t('nominations.decideDialog.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
