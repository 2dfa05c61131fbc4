import type { Result } from '@shared/contract/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { useAction } from '../costs/common/useCall';
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
  const action = useAction();
  const run = () =>
    void action.run(make).then((file) => {
      if (file) downloadBase64(file.fileName, file.contentBase64, PDF_TYPE);
    });
  return (
    <>
      <button type="button" className="button button--small" disabled={action.busy} onClick={run}>
        {action.busy && <Spinner />}
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
      {action.error && <ErrorAlert heading={failedHeading} error={action.error} headingLevel={3} />}
    </>
  );
}
