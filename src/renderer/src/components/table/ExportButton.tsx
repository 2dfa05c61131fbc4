import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '@shared/contract/errors';
import type { ListExportInput } from '@shared/contract/register-insights';
import { call } from '../../api';
import { downloadBase64, XLSX_TYPE } from '../../views/planning/common/download';
import { ErrorAlert } from '../ErrorAlert';

type Props = {
  /** The button's text, e.g. "Exportera listan (.xlsx)". */
  label: string;
  /** The list as the user sees it, worded in the chosen language (may fetch what the view does not hold). */
  build: () => ListExportInput | Promise<Result<ListExportInput>>;
  testId: string;
};

/** Writes a list as .xlsx in the backend and offers it as a download. */
export function ExportButton({ label, build, testId }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const built = await build();
    if ('ok' in built && !built.ok) {
      setBusy(false);
      setError(built.error);
      return;
    }
    const input = 'ok' in built ? built.value : built;
    const result = await call('lists:export-xlsx', input);
    setBusy(false);
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64, XLSX_TYPE);
    else setError(result.error);
  };
  return (
    <div className="export-button">
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run()} data-testid={testId}>
        {label}
      </button>
      {error && <ErrorAlert heading={t('tables.exportFailed')} error={error} headingLevel={3} />}
    </div>
  );
}
