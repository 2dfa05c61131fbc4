import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { PackageInspection } from '@shared/contract/packages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { useOwner } from '../../store/selectors';
import { useAction, useLoad } from '../costs/common/useCall';
import { JobProgress } from './JobProgress';
import { ImportPreviewDetails, OutcomeTable } from './Preview';
import { PackageFacts, RecordCounts, useOwnerLabel } from './Summary';
import { useJob } from './useJob';
import './packages.css';

/** What the user confirms knowingly before the import: another recipient, rejected records, a mass deletion. */
function useConfirmations(inspection: PackageInspection): string[] {
  const { t } = useTranslation();
  const own = useOwner()?.code ?? '';
  const reasons: string[] = [];
  const { summary, preview } = inspection;
  if (summary.recipient !== null && summary.recipient !== own)
    reasons.push(t('exchangeFolder.reasonRecipient', { recipient: summary.recipient, own }));
  if (preview.totals.rejected > 0) reasons.push(t('exchangeFolder.reasonRejected', { count: preview.totals.rejected }));
  if (preview.massDeletion.required) reasons.push(t('exchangeFolder.reasonMass'));
  return reasons;
}

function Done({ outcome }: { outcome: PackageInspection['preview'] | null }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel stack" aria-labelledby="exchange-done-heading" data-testid="exchange-import-done">
      <div className="notice notice--success">
        <h2 id="exchange-done-heading" ref={heading} tabIndex={-1} className="notice__heading">
          {t('exchangeFolder.done')}
        </h2>
      </div>
      {outcome && <OutcomeTable outcome={outcome} testId="exchange-result-table" />}
      <p>
        <a href={hrefFor('overview')}>{t('exchangeFolder.back')}</a>
      </p>
    </section>
  );
}

function Confirm({ sha256, inspection, contentBase64 }: { sha256: string; inspection: PackageInspection; contentBase64: string }) {
  const { t } = useTranslation();
  const job = useJob();
  const dismiss = useAction();
  const [confirmed, setConfirmed] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const reasons = useConfirmations(inspection);
  const untrusted = inspection.signer.status === 'untrusted';
  const status = job.status?.kind === 'package-import' ? job.status : null;
  if (status?.state === 'done') return <Done outcome={status.result?.outcome ?? null} />;
  if (dismissed)
    return (
      <p className="notice notice--info" role="status">
        {t('exchangeFolder.dismissed')} <a href={hrefFor('overview')}>{t('exchangeFolder.back')}</a>
      </p>
    );
  const start = () =>
    void job.start({
      kind: 'package-import',
      fileName: inspection.fileName,
      contentBase64,
      confirmMassDeletion: inspection.preview.massDeletion.required && confirmed,
      trustSigner: false,
    });
  const doDismiss = async () => {
    if (await dismiss.run(() => call('exchange:dismiss', { sha256 }))) setDismissed(true);
  };
  return (
    <section className="panel panel--confirm stack" aria-labelledby="exchange-confirm-heading">
      <h2 id="exchange-confirm-heading">{t('exchangeFolder.confirmHeading')}</h2>
      {untrusted && <p className="package-warning">{t('exchangeFolder.untrusted')}</p>}
      {reasons.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          {t('exchangeFolder.confirmRest', { reasons: reasons.join('; ') })}
        </label>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={untrusted || job.running || (reasons.length > 0 && !confirmed)}
          onClick={start}
        >
          {t('exchangeFolder.import')}
        </button>
        <button type="button" className="button" disabled={job.running || dismiss.busy} onClick={() => void doDismiss()}>
          {t('exchangeFolder.dismiss')}
        </button>
      </div>
      {status?.state === 'running' && (
        <JobProgress status={status} label={t('packages.import.applying')} onCancel={() => void job.cancel()} />
      )}
      {status?.state === 'failed' && status.error && (
        <ErrorAlert heading={t('packages.import.failed')} error={status.error} headingLevel={3} />
      )}
      {job.error && <ErrorAlert heading={t('packages.import.failed')} error={job.error} headingLevel={3} />}
      {dismiss.error && <ErrorAlert heading={t('exchangeFolder.reviewFailed')} error={dismiss.error} headingLevel={3} />}
    </section>
  );
}

/** One package from the exchange folder: its facts and preview, then import (as a job) or dismiss. */
export function ExchangeReview({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const opened = useLoad('exchange:open', { sha256 });
  const data = opened.data;
  const ownerLabel = useOwnerLabel();
  const title = t('exchangeFolder.reviewTitle', { sender: data ? ownerLabel(data.summary.originOwner) : '' });
  useDocumentTitle(title);
  const inspection: PackageInspection | null = data
    ? { fileName: data.fileName, summary: data.summary, signer: data.signer, alreadyImported: false, preview: data.preview }
    : null;
  return (
    <div className="stack stack--large">
      <h1 tabIndex={-1}>{title}</h1>
      {opened.loading && !data && <LoadingStatus text={t('exchangeFolder.reviewLoading')} />}
      {opened.error && <ErrorAlert heading={t('exchangeFolder.reviewFailed')} error={opened.error} />}
      {data && inspection && (
        <>
          <section className="panel stack" aria-labelledby="exchange-manifest-heading">
            <h2 id="exchange-manifest-heading">{t('packages.import.manifestHeading', { file: data.fileName })}</h2>
            <p className="notice notice--success">{t('packages.import.verified')}</p>
            <PackageFacts summary={data.summary} testId="exchange-facts" />
            <RecordCounts summary={data.summary} />
          </section>
          <ImportPreviewDetails inspection={inspection} />
          <Confirm sha256={sha256} inspection={inspection} contentBase64={data.contentBase64} />
        </>
      )}
    </div>
  );
}
