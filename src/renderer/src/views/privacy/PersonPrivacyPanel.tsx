import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { useAction } from '../costs/common/useCall';
import { downloadBase64, PDF_TYPE } from '../planning/common/download';
import { ErasePersonDialog } from './ErasePersonDialog';

/** Personal-data rights on a person's page: the register extract (JSON, PDF) and erasure. */
export function PersonPrivacyPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const download = useAction();
  const [erasing, setErasing] = useState(false);
  const exportAs = (kind: 'json' | 'pdf') =>
    void download
      .run(() => call(kind === 'json' ? 'privacy:export-json' : 'privacy:export-pdf', { personId: person.id }))
      .then((file) => {
        if (file) downloadBase64(file.fileName, file.contentBase64, kind === 'json' ? 'application/json' : PDF_TYPE);
      });
  return (
    <section className="panel stack" aria-labelledby="person-privacy-heading">
      <h2 id="person-privacy-heading">{t('privacy.person.heading')}</h2>
      <p className="muted">{t('privacy.person.lead')}</p>
      {download.error && <ErrorAlert heading={t('privacy.person.exportFailed')} error={download.error} headingLevel={3} />}
      <div className="actions">
        <button type="button" className="button" disabled={download.busy} onClick={() => exportAs('json')}>
          {download.busy && <Spinner />}
          {t('privacy.person.exportJson')}
        </button>
        <button type="button" className="button" disabled={download.busy} onClick={() => exportAs('pdf')}>
          {t('privacy.person.exportPdf')}
        </button>
        {!person.readOnly && (
          <button type="button" className="button button--danger" onClick={() => setErasing(true)}>
            {t('privacy.person.erase')}
          </button>
        )}
      </div>
      {person.readOnly && <p className="muted">{t('privacy.person.notOwner', { owner: person.owner })}</p>}
      <ErasePersonDialog person={person} open={erasing} onClose={() => setErasing(false)} />
    </section>
  );
}
