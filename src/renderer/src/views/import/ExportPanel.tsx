import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterExport } from '@shared/contract/register-import';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { formatInteger } from '../../format';
import { useWrite } from '../../api/use-write';
import { downloadBase64 } from './read-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads the whole register as a spreadsheet. */
export function ExportPanel() {
  const { t } = useTranslation();
  const { run: exportRegister, saving: busy, error } = useWrite('register:export');
  const [done, setDone] = useState<RegisterExport | null>(null);
  const run = async () => {
    setDone(null);
    const file = await exportRegister({});
    if (!file) return;
    downloadBase64(file.fileName, file.contentBase64, XLSX);
    setDone(file);
  };
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p>{t('export.lead')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void run()} disabled={busy}>
          {busy && <Spinner />}
          {t('export.button')}
        </button>
        <p role="status" className={done ? 'saved-note' : 'visually-hidden'}>
          {done
            ? t('export.done', { file: done.fileName, persons: formatInteger(done.persons), memberships: formatInteger(done.memberships) })
            : ''}
        </p>
      </div>
      {error && <ErrorAlert heading={t('export.failed')} error={error} headingLevel={3} />}
    </section>
  );
}
