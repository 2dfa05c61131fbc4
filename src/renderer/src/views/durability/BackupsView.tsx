import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/contract/backups';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { Spinner } from '../../components/Spinner';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatTimestamp } from '../../format';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { useStore } from '../../store';
import { useLoad } from '../costs/common/useCall';
import { formatBytes } from './format';
import './durability.css';

/** A running restore or backup: an indeterminate progress bar with what is happening. */
export function Progress({ label }: { label: string }) {
  return (
    <div className="progress" role="status">
      <progress className="progress__bar" aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

/** A restore, or the undo of the last one; what it restored stays as a notice (with its own undo). */
function useRestore(undo: boolean) {
  const setLastRestore = useStore((s) => s.setLastRestore);
  const setLastCreated = useStore((s) => s.setLastCreatedBackup);
  const client = useQueryClient();
  return useChannelMutation('backups:restore', {
    onSuccess: async (restored) => {
      // another database: nothing cached still holds
      await client.invalidateQueries();
      setLastRestore(undo ? null : restored);
      setLastCreated(null);
    },
  });
}

function RestoreDialog({ backup, onClose }: { backup: BackupInfo | null; onClose: () => void }) {
  const { t } = useTranslation();
  const restore = useRestore(false);
  const restoring = restore.isPending;
  const error = appErrorOf(restore.error);
  const confirm = () => {
    if (!backup) return;
    restore.mutate({ id: backup.id }, { onSuccess: onClose });
  };
  return (
    <Dialog open={backup !== null} title={t('durability.backups.confirmTitle')} onClose={onClose}>
      {backup && (
        <div className="stack">
          <p>{t('durability.backups.confirmText', { time: formatTimestamp(backup.createdAt) })}</p>
          <p>{t('durability.backups.confirmUndoable')}</p>
          {restoring && <Progress label={t('durability.backups.restoring')} />}
          {error && <ErrorAlert heading={t('durability.backups.restoreFailed')} error={error} headingLevel={3} />}
          <div className="actions">
            <button type="button" className="button button--danger" disabled={restoring} onClick={confirm}>
              {restoring && <Spinner />}
              {t('durability.backups.confirmRestore')}
            </button>
            <button type="button" className="button" disabled={restoring} onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function RestoredNotice() {
  const { t } = useTranslation();
  const last = useStore((s) => s.lastRestore);
  const restore = useRestore(true);
  const undoing = restore.isPending;
  const error = appErrorOf(restore.error);
  if (!last) return null;
  return (
    <section className="panel stack" aria-labelledby="restored-heading" data-testid="restored-notice">
      <h2 id="restored-heading">{t('durability.backups.restoredHeading')}</h2>
      <p role="status">{t('durability.backups.restoredText', { id: last.restoredFrom })}</p>
      {undoing && <Progress label={t('durability.backups.undoing')} />}
      {error && <ErrorAlert heading={t('durability.backups.restoreFailed')} error={error} headingLevel={3} />}
      {last.undoBackupId && (
        <div className="actions">
          <button type="button" className="button" disabled={undoing} onClick={() => restore.mutate({ id: last.undoBackupId ?? '' })}>
            {t('durability.backups.undo')}
          </button>
        </div>
      )}
    </section>
  );
}

type TableProps = { backups: readonly BackupInfo[]; onRestore: (backup: BackupInfo) => void; testId: string; withVerified: boolean };

/** The verified backups, newest first, each with a restore button named by its time. */
export function BackupTable({ backups, onRestore, testId, withVerified }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table" data-testid={testId}>
        <caption>{t('durability.backups.caption', { count: backups.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('durability.backups.time')}</th>
            <th scope="col">{t('durability.backups.reason')}</th>
            <th scope="col">{t('durability.backups.size')}</th>
            {withVerified && <th scope="col">{t('durability.backups.verified')}</th>}
            <th scope="col">{t('durability.backups.action')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.id}>
              <th scope="row">{formatTimestamp(backup.createdAt)}</th>
              <td>{t(`durability.reason.${backup.reason}`)}</td>
              <td>{formatBytes(backup.sizeBytes)}</td>
              {withVerified && <td>{backup.verified ? t('durability.backups.verifiedYes') : t('durability.backups.verifiedNo')}</td>}
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('durability.backups.restoreLabel', { time: formatTimestamp(backup.createdAt) })}
                  onClick={() => onRestore(backup)}
                >
                  {t('durability.backups.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BackupsView() {
  const { t } = useTranslation();
  const { data: backups, loading, error: listError } = useLoad('backups:list', {});
  const created = useStore((s) => s.lastCreatedBackup);
  const setCreated = useStore((s) => s.setLastCreatedBackup);
  const client = useQueryClient();
  // a backup changes no data the backend reports as changed: the list is asked for anew here
  const create = useChannelMutation('backups:create', {
    onSuccess: async (backup) => {
      setCreated(backup);
      await client.invalidateQueries({ queryKey: ['backups:list'] });
    },
  });
  const creating = create.isPending;
  const createError = appErrorOf(create.error);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  useDocumentTitle(t('durability.backups.title'));
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('durability.backups.title')}</h1>
      <p className="lead">{t('durability.backups.lead')}</p>
      <RestoredNotice />
      <section className="panel stack" aria-labelledby="backup-now-heading">
        <h2 id="backup-now-heading">{t('durability.backups.nowHeading')}</h2>
        {creating && <Progress label={t('durability.backups.creating')} />}
        {createError && <ErrorAlert heading={t('durability.backups.createFailed')} error={createError} headingLevel={3} />}
        {created && !creating && <p role="status">{t('durability.backups.created', { time: formatTimestamp(created.createdAt) })}</p>}
        <div className="actions">
          <button type="button" className="button button--primary" disabled={creating} onClick={() => create.mutate({})}>
            {creating && <Spinner />}
            {t('durability.backups.createNow')}
          </button>
        </div>
      </section>
      {loading && !backups && <LoadingStatus text={t('durability.backups.loading')} />}
      {listError && <ErrorAlert heading={t('durability.backups.listFailed')} error={listError} />}
      {backups && backups.length === 0 && <p>{t('durability.backups.none')}</p>}
      {backups && backups.length > 0 && <BackupTable backups={backups} onRestore={setChosen} testId="backup-table" withVerified />}
      <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />
    </div>
  );
}
