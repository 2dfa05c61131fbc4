import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, useRouteId } from '../../store/selectors';
import { ErrorAlert } from '../ErrorAlert';
import { asWord, stepClause } from './undo-words';
import { useUndo } from './useUndo';

/** Where the browser's own undo applies: text being edited. */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return target instanceof HTMLSelectElement;
}

/**
 * "Ångra senaste ändring" in the header and Ctrl+Z (⌘Z) anywhere but in a text field: undoes the user's
 * last change of this session, then says what was undone (role=status) or why it could not be. The saying
 * floats over the page, so it goes when the user moves to another page rather than covering every view after.
 */
export function UndoControl() {
  const { t } = useTranslation();
  const { busy, undone, error, undo, clear } = useUndo();
  const route = useRoute();
  const routeId = useRouteId();
  useEffect(() => {
    clear();
  }, [route, routeId, clear]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isTextEditing(event.target) || event.defaultPrevented) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);
  return (
    <div className="undo-control">
      <button type="button" className="button button--small" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="Control+Z">
        {t('undo.headerButton')}
      </button>
      <div role="status" className="undo-control__status" data-testid="undo-status">
        {undone && (
          <p className="notice notice--success undo-control__popup">
            {t('undo.done', { clause: stepClause(undone, asWord(t)) })}{' '}
            <button type="button" className="button button--small" onClick={clear}>
              {t('undo.dismiss')}
            </button>
          </p>
        )}
      </div>
      {error && (
        <div className="undo-control__popup">
          <ErrorAlert heading={t('undo.failedHeading')} error={error} headingLevel={2} />
          <button type="button" className="button button--small" onClick={clear}>
            {t('undo.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
