import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '@shared/contract/errors';
import { Dialog } from './Dialog';
import { isStale } from './EditInPlace';
import { ErrorAlert } from './ErrorAlert';

type Props = {
  open: boolean;
  title: string;
  /** What removing means here, in the user's words. */
  explain: string;
  confirmLabel: string;
  remove: () => Promise<Result<{ ok: true }>>;
  /** After the tombstone is written (navigate away or refresh the list). */
  onRemoved: () => void;
  /** Fetch the record again after someone else changed it. */
  onReload: () => void;
  onClose: () => void;
};

/**
 * Confirms removing a record entered by mistake (a correction, not an erasure). A refusal is worded
 * from its code; a stale version offers to reload the record.
 */
export function RemoveRecordDialog({ open, title, explain, confirmLabel, remove, onRemoved, onReload, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = () => {
    setBusy(true);
    setError(null);
    void remove()
      .then((result) => {
        if (result.ok) {
          onClose();
          onRemoved();
        } else setError(result.error);
      })
      .finally(() => setBusy(false));
  };
  const stale = isStale(error);
  return (
    <Dialog open={open} title={title} onClose={close}>
      <div className="stack">
        <p>{explain}</p>
        {error && <ErrorAlert heading={t('removeRecord.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          {stale ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                close();
                onReload();
              }}
            >
              {t('removeRecord.reload')}
            </button>
          ) : (
            <button type="button" className="button button--danger" disabled={busy} onClick={confirm}>
              {confirmLabel}
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
