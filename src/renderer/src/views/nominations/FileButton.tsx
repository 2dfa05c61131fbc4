import { useState } from 'react';
import type { AppError, Result } from '@shared/contract/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { downloadBase64, PDF_TYPE } from '../planning/common/download';

type Props = {
  label: string;
  /** Whose file it is, read after the label by a screen reader ("Brev (PDF) Berit Befintlig"). */
  name: string;
  failedHeading: string;
  make: () => Promise<Result<{ fileName: string; contentBase64: string }>>;
};

/** A candidate's PDF (the nomination letter, the register extract): made when asked for, downloaded, or the error shown. */
export function FileButton({ label, name, failedHeading, make }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await make();
    setBusy(false);
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64, PDF_TYPE);
    else setError(result.error);
  };
  return (
    <>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void run()}>
        {busy && <Spinner />}
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
      {error && <ErrorAlert heading={failedHeading} error={error} headingLevel={3} />}
    </>
  );
}
