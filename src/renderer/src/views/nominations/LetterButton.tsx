import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateView } from '@shared/contract/nominations';
import type { AppError } from '@shared/contract/errors';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { downloadBase64, PDF_TYPE } from '../planning/common/download';

/** The nomination letter for one candidate (PDF: the request, the candidate, the approval and the declaration's status). */
export function LetterButton({ candidate }: { candidate: CandidateView }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await call('nominations:letter-pdf', { candidateId: candidate.id, language: i18n.language === 'en' ? 'en' : 'sv' });
    setBusy(false);
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64, PDF_TYPE);
    else setError(result.error);
  };
  return (
    <>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void run()}>
        {busy && <Spinner />}
        {t('nominations.action.letter')}
        <span className="visually-hidden"> {candidate.name}</span>
      </button>
      {error && <ErrorAlert heading={t('nominations.letterFailed')} error={error} headingLevel={3} />}
    </>
  );
}
