import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { CountsSummary } from './CountsSummary';
import { ExportPanel } from './ExportPanel';
import { FileStep } from './FileStep';
import { TemplateDownload } from './ImportDownloads';
import { ImportPreview } from './ImportPreview';
import { useImportPreview } from './useImport';

function ImportResult() {
  const { t } = useTranslation();
  const result = useStore((s) => s.importResult);
  const resetImport = useStore((s) => s.resetImport);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!result) return null;
  return (
    <section className="notice notice--success stack" aria-labelledby="import-done-heading" data-testid="import-result">
      <h2 id="import-done-heading" ref={heading} tabIndex={-1} className="notice__heading">
        {t('import.doneHeading', { file: result.fileName })}
      </h2>
      <CountsSummary counts={result.counts} applied testId="import-result-counts" />
      <div className="actions">
        <a className="button" href={hrefFor('persons')}>
          {t('import.toPersons')}
        </a>
        <button type="button" className="button" onClick={resetImport}>
          {t('import.another')}
        </button>
      </div>
    </section>
  );
}

export function ImportView() {
  const { t } = useTranslation();
  const file = useStore((s) => s.importFile);
  const result = useStore((s) => s.importResult);
  const { report: preview, previewing, error: previewError } = useImportPreview();
  useDocumentTitle(t('import.title'));
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('import.title')}</h1>
        <p className="lead">{t('import.lead')}</p>
      </div>
      {result ? (
        <ImportResult />
      ) : (
        <section className="panel" aria-labelledby="file-heading">
          <h2 id="file-heading">{t('import.fileHeading')}</h2>
          <FileStep />
          {file && (
            <p className="muted" data-testid="import-file">
              {t('import.chosen', { file: file.fileName })}
            </p>
          )}
          {previewing && <LoadingStatus text={t('import.previewing')} />}
          {previewError && <ErrorAlert heading={t('import.previewFailed')} error={previewError} headingLevel={3} />}
        </section>
      )}
      {!result && preview && <ImportPreview report={preview} />}
      <TemplateDownload />
      <ExportPanel />
    </div>
  );
}
