import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '@shared/contract/nominations';
import { call } from '../../api';
import { SavedStatus } from '../../components/EditInPlace';
import { seatLabelText } from '../../components/hr-names';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { EraseDialog } from '../privacy/ErasePersonDialog';
import { hrefFor } from '../../router';
import { AddCandidate } from './AddCandidate';
import { BalancePanel } from './BalancePanel';
import { CandidateEditDialog } from './CandidateEditDialog';
import { CandidatesTable, type CandidateAction } from './CandidatesTable';
import { DecideDialog, type DecideResult } from './DecideDialog';
import { StepDialog, WithdrawDialog } from './StepDialog';

/** After a decision: the created assignment with a link to the person, and for a chair when three years are reached. */
function DecisionNotice({ result }: { result: DecideResult }) {
  const { t, i18n } = useTranslation();
  const a = result.assignment;
  if (!a) return null;
  return (
    <div className="notice notice--success" role="status" data-testid="decision-result">
      <p>
        {t('nominations.decided.assignment', {
          name: a.personName,
          group: a.groupName,
          seat: a.seatLabel ? seatLabelText(a.seatLabel, t) : t('nominations.list.wholeGroup'),
          role: t(`role.${a.role}`).toLocaleLowerCase(i18n.language),
          start: a.startDate,
          end: a.endDate ?? t('assignments.openEnded'),
        })}{' '}
        <a href={hrefFor('person', a.personId)}>{t('nominations.decided.openPerson', { name: a.personName })}</a>
      </p>
      {result.chairTermEnds && <p data-testid="chair-term-ends">{t('nominations.decided.chairTerm', { date: result.chairTermEnds })}</p>}
    </div>
  );
}

/** The candidates with their road and actions, the balance they would make, and the form that proposes one more. */
export function CandidatesSection({ detail, reload }: { detail: RequestDetail; reload: () => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CandidateAction | null>(null);
  const [decided, setDecided] = useState<DecideResult | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // the button that opened a dialog may be gone after the step (the next step's takes its place): focus the candidate's first action
  const close = () => {
    const id = action?.candidate.id;
    setAction(null);
    if (id) window.setTimeout(() => document.querySelector<HTMLElement>(`[data-candidate-actions="${id}"] button`)?.focus(), 0);
  };
  const r = detail.request;
  return (
    <div className="nomination-layout">
      <section className="stack" aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">{t('nominations.candidates.heading', { count: detail.candidates.length })}</h2>
        {decided && <DecisionNotice result={decided} />}
        {detail.candidates.length === 0 ? (
          <p className="muted" data-testid="candidates-none">
            {t('nominations.candidates.none')}
          </p>
        ) : (
          <div className="panel panel--table">
            <CandidatesTable candidates={detail.candidates} onAction={setAction} />
          </div>
        )}
        {!r.readOnly && r.status === 'OPEN' && (
          <section className="stack" aria-labelledby="add-candidate-heading">
            <h3 id="add-candidate-heading">{t('nominations.add.heading')}</h3>
            <SavedStatus text={added === null ? null : t('nominations.add.added', { name: added })} />
            <AddCandidate requestId={r.id} onAdded={setAdded} />
          </section>
        )}
      </section>
      <BalancePanel requestId={r.id} />
      {action?.kind === 'step' && <StepDialog candidate={action.candidate} step={action.step} onClose={close} />}
      {action?.kind === 'withdraw' && <WithdrawDialog candidate={action.candidate} onClose={close} />}
      {action?.kind === 'edit' && <CandidateEditDialog candidate={action.candidate} onClose={close} />}
      {action?.kind === 'decide' && (
        <DecideDialog
          detail={detail}
          candidate={action.candidate}
          onDecided={(result) => result.assignment && setDecided(result)}
          onClose={close}
        />
      )}
      {action?.kind === 'erase' && (
        <EraseDialog
          open
          name={action.candidate.name}
          erase={(confirmName) => call('privacy:erase-candidate', { candidateId: action.candidate.id, confirmName })}
          onErased={() => {
            close();
            reload();
          }}
          onClose={close}
        />
      )}
      {action?.kind === 'remove' && (
        <RemoveRecordDialog
          open
          title={t('nominations.removeCandidate.title', { name: action.candidate.name })}
          explain={t('nominations.removeCandidate.explain')}
          confirmLabel={t('nominations.removeCandidate.confirm')}
          remove={() => call('nominations:remove-candidate', { id: action.candidate.id, version: action.candidate.version })}
          onRemoved={reload}
          onReload={reload}
          onClose={close}
        />
      )}
    </div>
  );
}
