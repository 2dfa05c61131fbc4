import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoStep } from '@shared/contract/undo';
import { ErrorAlert } from '../ErrorAlert';
import { asWord, stepClause } from './undo-words';
import { peekUndo, useUndo } from './useUndo';

/** "Ångra" in the notice shown after a save: names what it would undo, and undoes it. */
export function UndoButton({ onUndone }: { onUndone?: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<UndoStep | null>(null);
  const { busy, error, undo } = useUndo();
  useEffect(() => {
    let live = true;
    void peekUndo().then((next) => live && setStep(next));
    return () => {
      live = false;
    };
  }, []);
  if (step === null || step.refusal !== null) return null;
  const clause = stepClause(step, asWord(t));
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        aria-label={t('undo.buttonLabel', { clause })}
        title={t('undo.buttonLabel', { clause })}
        onClick={() => void undo().then((ok) => ok && onUndone?.())}
      >
        {t('undo.button')}
      </button>
      {error && <ErrorAlert heading={t('undo.failedHeading')} error={error} headingLevel={3} />}
    </>
  );
}
