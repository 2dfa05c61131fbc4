import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Result } from '@shared/contract/errors';
import { appErrorOf, ChannelError } from '../api/query';
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
 * Confirms removing a record entered by mistake (a correction, not an erasure). The removal is a mutation
 * (its pending state disables the button; when it settles the changed domains refetch). A refusal is
 * worded from its code; a stale version offers to reload the record.
 */
export function RemoveRecordDialog({ open, title, explain, confirmLabel, remove, onRemoved, onReload, onClose }: Props) {
  const { t } = useTranslation();
  const removal = useMutation({
    mutationFn: async () => {
      const result = await remove();
      if (!result.ok) throw new ChannelError(result.error);
      return result.value;
    },
  });
  const { reset } = removal;
  const busy = removal.isPending;
  const error = appErrorOf(removal.error);
  const close = () => {
    reset();
    onClose();
  };
  // mutateAsync: what follows a removal happens even when the page under the dialog is drawn anew meanwhile
  const confirm = () =>
    void removal.mutateAsync().then(
      () => {
        reset();
        onClose();
        onRemoved();
      },
      () => undefined,
    );
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
