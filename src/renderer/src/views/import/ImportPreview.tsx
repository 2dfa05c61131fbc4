import { useTranslation } from 'react-i18next';
import type { ImportReport } from '@shared/contract/register-import';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { formatInteger } from '../../format';
import { useStore } from '../../store';
import { CountsSummary } from './CountsSummary';
import { RejectedDownload, SheetPicker } from './ImportDownloads';
import { MappingStep } from './MappingStep';
import { RowsTable } from './RowsTable';
import { UnknownGroups } from './UnknownGroups';
import { useApplyImport, useImportPreview } from './useImport';

/** Steps 2–4: mapping, what would happen (nothing is written yet), unknown groups, and confirm. */
export function ImportPreview({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const resetImport = useStore((s) => s.resetImport);
  const { previewing, outdated } = useImportPreview();
  const { apply, applying, error: applyError } = useApplyImport();
  const c = report.counts;
  const writes = c.toCreate + c.toUpdate + c.groupsToCreate;
  return (
    <>
      <section className="panel" aria-labelledby="mapping-heading">
        <h2 id="mapping-heading">{t('import.mappingHeading')}</h2>
        <SheetPicker report={report} />
        <p className="muted">{t('import.mappingLead', { file: report.fileName })}</p>
        <MappingStep report={report} />
      </section>
      <section className="panel" aria-labelledby="preview-heading" aria-busy={previewing}>
        <h2 id="preview-heading">{t('import.previewHeading')}</h2>
        <p className="notice notice--info">{t('import.nothingWritten')}</p>
        <CountsSummary counts={c} applied={false} testId="import-counts" />
        {report.unknownGroups.length > 0 && (
          <div className="stack">
            <h3>{t('import.unknownHeading', { count: report.unknownGroups.length })}</h3>
            <p className="muted">{t('import.unknownLead')}</p>
            <UnknownGroups groups={report.unknownGroups} />
          </div>
        )}
        <h3>{t('import.rowsHeading')}</h3>
        <RejectedDownload report={report} />
        <RowsTable rows={report.rows} />
      </section>
      <section className="panel panel--confirm" aria-labelledby="confirm-heading">
        <h2 id="confirm-heading">{t('import.confirmHeading')}</h2>
        <p>
          {writes > 0 ? t('import.confirmLead', { count: writes }) : t('import.nothingToDo')}
          {c.rejected > 0 && ` ${t('import.confirmRejected', { count: c.rejected, rejected: formatInteger(c.rejected) })}`}
        </p>
        {applying && (
          <div className="progress" role="status">
            <progress className="progress__bar" aria-label={t('import.applying')} />
            <span>{t('import.applying')}</span>
          </div>
        )}
        {applyError && <ErrorAlert heading={t('import.applyFailed')} error={applyError} headingLevel={3} />}
        <div className="actions">
          <button type="button" className="button button--primary" disabled={applying || outdated || writes === 0} onClick={apply}>
            {applying && <Spinner />}
            {t('import.confirm', { count: writes })}
          </button>
          <button type="button" className="button" onClick={resetImport} disabled={applying}>
            {t('import.cancel')}
          </button>
        </div>
      </section>
    </>
  );
}
