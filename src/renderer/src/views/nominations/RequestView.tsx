import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '@shared/contract/nominations';
import { call } from '../../api';
import { appErrorOf, useChannelMutation, useChannelQuery } from '../../api/query';
import { cancelOnEscape, focusLater, SavedStatus, StaleReload } from '../../components/EditInPlace';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { todayIso } from '../../format';
import { hrefFor, navigate } from '../../router';
import { CandidatesSection } from './CandidatesSection';
import { requestTitle } from './nomination-words';
import { REQUEST_EDIT_BUTTON, RequestFacts } from './RequestFacts';
import { RequestForm } from './RequestForm';
import { RequestStatus } from './RequestsTable';
import { valuesOfRequest } from './request-form-model';
import './nominations.css';

function RequestPage({ detail, reload }: { detail: RequestDetail; reload: () => void }) {
  const { t } = useTranslation();
  const r = detail.request;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [refocus, setRefocus] = useState(0);
  const setStatus = useChannelMutation('nominations:set-request-status');
  const statusError = appErrorOf(setStatus.error);
  useEffect(() => {
    if (refocus > 0) focusLater(REQUEST_EDIT_BUTTON);
  }, [refocus, r.version]);
  const stopEditing = (text: string | null) => {
    setEditing(false);
    setSaved(text);
    setRefocus((n) => n + 1);
  };
  return (
    <>
      {editing ? (
        <section className="stack" aria-labelledby="edit-request-heading" onKeyDown={cancelOnEscape(() => stopEditing(null))}>
          <h2 id="edit-request-heading">{t('nominations.editHeading')}</h2>
          <RequestForm
            initial={valuesOfRequest(r)}
            request={r}
            onSaved={() => stopEditing(t('nominations.saved'))}
            onCancel={() => stopEditing(null)}
            onReload={() => {
              reload();
              stopEditing(null);
            }}
          />
        </section>
      ) : (
        <RequestFacts
          detail={detail}
          busy={setStatus.isPending}
          onEdit={() => {
            setSaved(null);
            setEditing(true);
          }}
          onStatus={(status) => {
            setSaved(null);
            setStatus.mutate(
              { id: r.id, version: r.version, status, on: todayIso() },
              { onSuccess: () => setSaved(t(`nominations.statusSaved.${status}`)) },
            );
          }}
          onRemove={() => setRemoving(true)}
        />
      )}
      {statusError && (
        <>
          <ErrorAlert heading={t('nominations.statusFailed')} error={statusError} />
          <StaleReload error={statusError} onReload={reload} />
        </>
      )}
      <SavedStatus text={saved} />
      <CandidatesSection detail={detail} reload={reload} />
      <RemoveRecordDialog
        open={removing}
        title={t('nominations.removeRequest.title')}
        explain={t('nominations.removeRequest.explain', { title: requestTitle(r, t) })}
        confirmLabel={t('nominations.removeRequest.confirm')}
        remove={() => call('nominations:remove-request', { id: r.id, version: r.version })}
        onRemoved={() => navigate('nominations')}
        onReload={reload}
        onClose={() => setRemoving(false)}
      />
    </>
  );
}

/** One nomination request: its facts, its candidates on their road, the balance they would make. */
export function RequestView({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useChannelQuery('nominations:get', { requestId: id });
  const detail = query.data ?? null;
  const error = appErrorOf(query.error);
  const title = detail ? requestTitle(detail.request, t) : t('nominations.request.title');
  useDocumentTitle(title);
  const reload = () => void query.refetch();
  return (
    <div className="stack stack--large" aria-busy={query.isFetching}>
      <p className="breadcrumb">
        <a href={hrefFor('nominations')}>{t('nominations.backToList')}</a>
      </p>
      <div className="title-row">
        <h1 tabIndex={-1}>{title}</h1>
        {detail && <RequestStatus request={detail.request} />}
      </div>
      {!detail && query.isFetching && <LoadingStatus text={t('nominations.loading')} />}
      {error && <ErrorAlert heading={t('nominations.request.failed')} error={error} />}
      {detail && <RequestPage detail={detail} reload={reload} />}
    </div>
  );
}
