import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
};

/**
 * A wide modal on the native <dialog> for tables: the browser keeps focus inside, Escape and the
 * close button close it, and focus returns to what opened it.
 */
export function WideDialog({ open, title, onClose, children, testId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog dialog--wide" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid={testId}>
      {open && (
        <div className="dialog__body">
          <div className="dialog__head">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="button button--small" onClick={onClose}>
              {t('planning.common.close')}
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
