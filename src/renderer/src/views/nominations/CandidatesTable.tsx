import { useTranslation } from 'react-i18next';
import type { CandidateStep, CandidateView } from '@shared/contract/nominations';
import { useLookups } from '../../components/useLookups';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { ExtractButton, LetterButton } from './LetterButton';
import { isOpenCandidate, ROAD, stepsDone } from './nomination-words';

export type CandidateAction =
  | { kind: 'step'; step: CandidateStep; candidate: CandidateView }
  | { kind: 'decide' | 'withdraw' | 'edit' | 'remove' | 'erase'; candidate: CandidateView };

const NEXT_STEP: Partial<Record<CandidateView['status'], CandidateStep>> = {
  PROPOSED: 'MANAGER_APPROVED',
  MANAGER_APPROVED: 'DECLARATION_RECEIVED',
  DECLARATION_RECEIVED: 'NOMINATED',
};

function stepDate(c: CandidateView, index: number): string | null {
  return [c.proposedOn, c.managerApprovedOn, c.declarationReceivedOn, c.nominatedOn, c.decidedOn][index] ?? null;
}

/** The candidate's road: each step passed (✓, with its date), the next one (→) and those not passed (○). */
function Stepper({ candidate }: { candidate: CandidateView }) {
  const { t } = useTranslation();
  const done = stepsDone(candidate);
  const open = isOpenCandidate(candidate);
  const ended = candidate.status === 'NOT_CHOSEN' || candidate.status === 'WITHDRAWN';
  const next = open ? done.indexOf(false) : -1;
  return (
    <ol className="stepper" aria-label={t('nominations.candidates.road', { name: candidate.name })} data-testid="candidate-stepper">
      {ROAD.map((step, index) => {
        const state = done[index] ? 'done' : index === next ? 'next' : 'todo';
        const date = state === 'done' ? stepDate(candidate, index) : null;
        return (
          <li key={step} className={`stepper__step stepper__step--${state}`} data-step={step} data-state={state}>
            <span className="stepper__icon" aria-hidden="true">
              {state === 'done' ? '✓' : state === 'next' ? '→' : '○'}
            </span>
            <span className="stepper__label">
              {t(`nominations.step.${step}`)}
              <span className="visually-hidden"> ({t(`nominations.stepState.${state}`)})</span>
              {date && <span className="stepper__date">{date}</span>}
              {step === 'DECLARATION_RECEIVED' && state === 'done' && candidate.declarationOutcome && (
                <span className={`stepper__date outcome outcome--${candidate.declarationOutcome.toLowerCase()}`}>
                  {t(`nominations.outcome.${candidate.declarationOutcome}`)}
                </span>
              )}
            </span>
          </li>
        );
      })}
      {ended && (
        <li className="stepper__step stepper__step--ended" data-step={candidate.status} data-state="done">
          <span className="stepper__icon" aria-hidden="true">
            –
          </span>
          <span className="stepper__label">
            {t(`nominations.candidateStatus.${candidate.status}`)}
            {candidate.closedOn && <span className="stepper__date">{candidate.closedOn}</span>}
          </span>
        </li>
      )}
    </ol>
  );
}

function Actions({ c, onAction }: { c: CandidateView; onAction: (action: CandidateAction) => void }) {
  const { t } = useTranslation();
  const next = NEXT_STEP[c.status];
  const who = <span className="visually-hidden"> {c.name}</span>;
  const button = (label: string, action: CandidateAction, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--small button--primary' : 'button button--small'}
      onClick={() => onAction(action)}
    >
      {label}
      {who}
    </button>
  );
  // a new candidate's register extract is here, like a person's on the person's page, also when another region owns it
  const extract = !c.personId && <ExtractButton candidate={c} />;
  if (c.readOnly) return extract ? <div className="candidate-actions">{extract}</div> : null;
  return (
    <div className="candidate-actions" data-candidate-actions={c.id}>
      {next && button(t(`nominations.action.${next}`), { kind: 'step', step: next, candidate: c }, true)}
      {isOpenCandidate(c) && button(t('nominations.action.decide'), { kind: 'decide', candidate: c }, next === undefined)}
      {isOpenCandidate(c) && button(t('nominations.action.withdraw'), { kind: 'withdraw', candidate: c })}
      <LetterButton candidate={c} />
      {extract}
      {button(t('nominations.action.edit'), { kind: 'edit', candidate: c })}
      {button(t('nominations.action.remove'), { kind: 'remove', candidate: c })}
      {/* a candidate who is not a person in the register is erased here (a person: on the person's page) */}
      {!c.personId && !c.readOnly && button(t('nominations.action.erase'), { kind: 'erase', candidate: c })}
    </div>
  );
}

type Props = { candidates: readonly CandidateView[]; onAction: (action: CandidateAction) => void };

/** The candidates: who they are, how far they have come, what is missing and for how long they have waited. */
export function CandidatesTable({ candidates, onAction }: Props) {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  return (
    <table className="table table--compact candidates-table" data-testid="candidates-table">
      <caption className="visually-hidden">{t('nominations.candidates.caption', { count: candidates.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('nominations.candidates.name')}</th>
          <th scope="col">{t('nominations.candidates.where')}</th>
          <th scope="col">{t('nominations.candidates.missing')}</th>
          <th scope="col">{t('nominations.candidates.actions')}</th>
        </tr>
      </thead>
      {candidates.map((c) => (
        <tbody key={c.id} className="candidate" data-candidate={c.name} data-status={c.status}>
          <tr>
            <th scope="row" rowSpan={2}>
              {c.personId ? <a href={hrefFor('person', c.personId)}>{c.name}</a> : c.name}
              {!c.personId && <span className="tag tag--part">{t('nominations.candidates.newPerson')}</span>}
              <span className="cell-sub">{t(`nominations.candidateStatus.${c.status}`)}</span>
            </th>
            <td>
              {[c.organisationName, regionName(c.regionCode), c.profession].filter(Boolean).join(' · ') || (
                <span className="muted">{t('common.none')}</span>
              )}
            </td>
            <td>
              {c.missing.length === 0 ? (
                <span className="muted">{isOpenCandidate(c) ? t('nominations.candidates.nothingMissing') : t('common.none')}</span>
              ) : (
                <ul className="badge-list" aria-label={t('nominations.candidates.missing')}>
                  {c.missing.map((m) => (
                    <li key={m} className={m === 'DECLARATION_BLOCKS' ? 'badge badge--blocks' : 'badge'} data-missing={m}>
                      {t(`nominations.missingItem.${m}`)}
                    </li>
                  ))}
                </ul>
              )}
              {c.waitingDays !== null && (
                <span className="cell-sub" data-testid="waiting-days">
                  {c.waitingDays === 0
                    ? t('nominations.candidates.waitingToday')
                    : t('nominations.candidates.waiting', { count: c.waitingDays, days: formatInteger(c.waitingDays) })}
                </span>
              )}
            </td>
            <td>
              <Actions c={c} onAction={onAction} />
            </td>
          </tr>
          <tr className="candidate__road">
            <td colSpan={3}>
              <Stepper candidate={c} />
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
