import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '@shared/contract/errors';
import { errorText } from '../../../components/error-text';
import { focusLater } from '../../../components/EditInPlace';
import { useLookups } from '../../../components/useLookups';

type Props<S extends string> = {
  /** Unique on the page: the shown button's id, where focus returns. */
  id: string;
  value: S;
  options: readonly { value: S; label: string }[];
  /** The select's accessible name ("Status för ALS i Västra Götalandsregionen"). */
  label: string;
  /** What the closed cell shows (the status with its symbol). */
  children: ReactNode;
  save: (value: S) => Promise<Result<unknown>>;
  /** Further actions shown while the select is open (dates and team, remove). */
  extra?: (close: () => void) => ReactNode;
  /** Fetch the list again after a stale-version refusal. */
  onStale: () => void;
};

/**
 * A status edited in place: the cell's button opens a select, a change is saved at once (with the
 * version the user saw), Escape closes it unchanged and focus returns to the cell. A refusal is worded
 * in the user's language right under the select; a stale version fetches the list anew.
 */
export function InlineStatus<S extends string>({ id, value, options, label, children, save, extra, onStale }: Props<S>) {
  const { t, i18n } = useTranslation();
  const { ownerName } = useLookups();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open) select.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    setError(null);
    focusLater(id);
  };
  const change = (next: S) => {
    if (next === value) return;
    setBusy(true);
    setError(null);
    void save(next)
      .then((result) => {
        if (result.ok) return close();
        setError(result.error);
        if (result.error.detail?.key === 'record.stale') onStale();
      })
      .finally(() => setBusy(false));
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  if (!open) {
    return (
      <button type="button" id={id} className="pathway-cell__button" onClick={() => setOpen(true)}>
        {children}
        <span className="visually-hidden">{` ${t('inlineStatus.change', { what: label })}`}</span>
      </button>
    );
  }
  return (
    <div className="inline-status" onKeyDown={escape} data-testid="inline-status">
      <select
        ref={select}
        className="field__input"
        aria-label={label}
        value={value}
        disabled={busy}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) change(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="inline-status__error">
          {errorText(error, t, i18n.language, ownerName)}
        </p>
      )}
      <div className="inline-status__actions">
        {extra?.(close)}
        <button type="button" className="button button--small" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
