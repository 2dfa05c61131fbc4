import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RecoveryStatus } from '@shared/contract/backups';
import type { AppError } from '@shared/contract/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { Spinner } from '../../components/Spinner';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatTimestamp } from '../../format';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { useLoad } from '../costs/common/useCall';
import { BackupTable, Progress } from './BackupsView';

function RecoverDialog({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // the damaged file is replaced: everything (the app's facts first) is fetched anew
  const recover = useChannelMutation('recovery:restore', { onSuccess: () => client.invalidateQueries() });
  const busy = recover.isPending;
  const error = appErrorOf(recover.error);
  return (
    <Dialog open={backup !== null} title={t('durability.recovery.confirmTitle')} onClose={onClose}>
      {backup && (
        <div className="stack">
          <p>{t('durability.recovery.confirmText', { time: formatTimestamp(backup.createdAt) })}</p>
          {busy && <Progress label={t('durability.backups.restoring')} />}
          {error && <ErrorAlert heading={t('durability.backups.restoreFailed')} error={error} headingLevel={3} />}
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => recover.mutate({ id: backup.id })}>
              {busy && <Spinner />}
              {t('durability.backups.confirmRestore')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function DamagedDatabase({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  useDocumentTitle(t('durability.recovery.title'));
  return (
    <div className="stack stack--large" data-testid="recovery">
      <h1 tabIndex={-1}>{t('durability.recovery.title')}</h1>
      <p className="lead">{t('durability.recovery.lead')}</p>
      <p className="alert__code">{t('durability.recovery.reason', { reason: status.reason ?? '' })}</p>
      {status.backups.length === 0 && <p role="alert">{t('durability.recovery.noBackups')}</p>}
      {status.backups.length > 0 && (
        <BackupTable backups={status.backups} onRestore={setChosen} testId="recovery-backups" withVerified={false} />
      )}
      <RecoverDialog backup={chosen} onClose={() => setChosen(null)} />
    </div>
  );
}

/**
 * Shown when the app could not start: a damaged database offers its verified backups (the file
 * itself is never written); any other failure shows the error and a retry button.
 */
export function StartupProblem({
  error,
  heading,
  retryLabel,
  onRetry,
}: {
  error: AppError;
  heading: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const { data: status, loading: checking, reload } = useLoad('recovery:status', {});
  // each new startup failure asks again whether the file is damaged
  useEffect(() => reload(), [reload, error]);
  if (status?.damaged) return <DamagedDatabase status={status} />;
  return (
    <div className="stack">
      {checking && <LoadingStatus text={t('durability.recovery.checking')} />}
      <ErrorAlert heading={heading} error={error} />
      <button type="button" className="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
