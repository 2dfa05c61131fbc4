import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';

/** Escape anywhere in the form cancels the edit (the form's own Cancel button does the same). */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
}

/** Focus an element by id once React has drawn the page again (the edited row's or record's edit button). */
export function focusLater(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/**
 * Where focus goes when an in-place edit closes: to the element `id` (the edit button) at once, and once
 * more when the saved record has been fetched anew (its `version` changed), because that redraw replaces
 * the button the first focus went to. Returns the function to call when the edit closes.
 */
export function useFocusReturn(id: string, version: number | string | null | undefined): () => void {
  const latest = useRef(version);
  const pending = useRef<{ from: typeof version } | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    latest.current = version;
    const wanted = pending.current;
    if (wanted === null) return;
    // after the commit that closed the edit, and again after the one that drew the record fetched anew
    focusLater(id);
    if (wanted.from !== version) pending.current = null;
  }, [id, version, asked]);
  return useCallback(() => {
    pending.current = { from: latest.current };
    setAsked((n) => n + 1);
  }, []);
}

/** Whether a save was refused because someone else changed (or removed) the record since it was opened. */
export function isStale(error: AppError | null | undefined): boolean {
  return error?.detail?.key === 'record.stale' || error?.detail?.key === 'record.notFound';
}

/** After a stale-version refusal: the worded error is shown by the form; this offers to fetch the record again. */
export function StaleReload({ error, onReload }: { error: AppError | null | undefined; onReload: () => void }) {
  const { t } = useTranslation();
  if (!isStale(error)) return null;
  return (
    <button type="button" className="button" onClick={onReload} data-testid="stale-reload">
      {t('removeRecord.reload')}
    </button>
  );
}

/** The visible, announced confirmation after a change was saved in place. */
export function SavedStatus({ text, testId = 'saved-status' }: { text: string | null; testId?: string }): ReactNode {
  return (
    <p role="status" className={text ? 'notice notice--success' : 'visually-hidden'} data-testid={testId}>
      {text ?? ''}
    </p>
  );
}
