import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile, ImportReport } from '@shared/contract/register-import';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { useWrite } from '../../api/use-write';
import { useStore } from '../../store';
import { useImportPreview, useRejectedRows } from './useImport';
import { reasonText } from './import-reasons';
import { downloadBase64 } from './read-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A button that asks main for a workbook and offers it as a download, with a status line once done. */
type DownloadProps = { label: string; done: (file: string) => string; make: () => Promise<ImportFile | null>; busy: boolean };

function DownloadButton({ label, done, make, busy }: DownloadProps) {
  const [file, setFile] = useState<string | null>(null);
  const run = async () => {
    setFile(null);
    const made = await make();
    if (!made) return;
    downloadBase64(made.fileName, made.contentBase64, XLSX);
    setFile(made.fileName);
  };
  return (
    <div className="actions">
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy && <Spinner />}
        {label}
      </button>
      <p role="status" className={file ? 'saved-note' : 'visually-hidden'}>
        {file ? done(file) : ''}
      </p>
    </div>
  );
}

/** The template of the columns the import recognises. */
export function TemplateDownload() {
  const { t } = useTranslation();
  const template = useWrite('register:import-template');
  const { error } = template;
  return (
    <section className="panel" aria-labelledby="template-heading">
      <h2 id="template-heading">{t('import.templateHeading')}</h2>
      <p>{t('import.templateLead')}</p>
      <DownloadButton
        label={t('import.templateButton')}
        done={(file) => t('import.templateDone', { file })}
        make={() => template.run({})}
        busy={template.saving}
      />
      {error && <ErrorAlert heading={t('import.filesFailed')} error={error} headingLevel={3} />}
    </section>
  );
}

/** The rejected rows as the file has them, with the reason (in the user's language) in a new column. */
export function RejectedDownload({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rows = useRejectedRows();
  const rejected = report.rows.filter((r) => r.kind === 'rejected' && r.reason !== null);
  if (rejected.length === 0) return null;
  const make = () => {
    const reasons = Object.fromEntries(rejected.map((r) => [String(r.row), r.reason === null ? '' : reasonText(r.reason, t)]));
    return rows.make(report, reasons, t('import.rejectedHeader'));
  };
  return (
    <>
      <DownloadButton label={t('import.rejectedButton')} done={(file) => t('import.rejectedDone', { file })} make={make} busy={rows.busy} />
      {rows.error && <ErrorAlert heading={t('import.filesFailed')} error={rows.error} headingLevel={3} />}
    </>
  );
}

/** The worksheet to import, when the workbook has several. */
export function SheetPicker({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const id = useId();
  const setSheet = useStore((s) => s.setImportSheet);
  const busy = useImportPreview().previewing;
  if (report.sheets.length < 2) return null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-sheet`}>
        {t('import.sheet')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('import.sheetHint')}
      </p>
      <select
        id={`${id}-sheet`}
        className="field__input"
        aria-describedby={`${id}-hint`}
        value={report.sheet ?? ''}
        disabled={busy}
        onChange={(e) => setSheet(e.target.value)}
      >
        {report.sheets.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
      </select>
    </div>
  );
}
