import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { downloadBase64, PDF_TYPE, XLSX_TYPE } from '../planning/common/download';

type Format = 'xlsx' | 'pdf';

/** The open nominations for a healthcare-region meeting, as .xlsx or PDF, written by the backend in the user's language. */
export function ExportButtons() {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    const input = { language: i18n.language === 'en' ? ('en' as const) : ('sv' as const), healthcareRegionCode: null };
    const result = await call(format === 'xlsx' ? 'nominations:export-xlsx' : 'nominations:export-pdf', input);
    setBusy(null);
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64, format === 'xlsx' ? XLSX_TYPE : PDF_TYPE);
    else setError(result.error);
  };
  return (
    <div className="export-button">
      <div className="actions">
        {(['xlsx', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void run(format)}
            data-testid={`nominations-export-${format}`}
          >
            {busy === format && <Spinner />}
            {t(`nominations.export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className={busy ? 'muted' : 'visually-hidden'}>
        {busy ? t('nominations.export.running') : ''}
      </p>
      {error && <ErrorAlert heading={t('nominations.export.failed')} error={error} headingLevel={3} />}
    </div>
  );
}
