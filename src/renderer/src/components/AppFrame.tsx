import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../store/selectors';
import { AppHeader } from './AppHeader';
import { Navigation } from './Navigation';

export const LOADING_VIEW = 'loading';

type Props = {
  /** Names the view shown; when it changes (not on the first load) focus moves to its heading. */
  viewKey: string;
  withNavigation: boolean;
  children: ReactNode;
};

/** After a navigation or finished setup, move focus to the new view's heading so keyboard and screen-reader users follow. */
function useFocusHeadingOnViewChange(main: RefObject<HTMLElement | null>, viewKey: string) {
  const previous = useRef(viewKey);
  useEffect(() => {
    const from = previous.current;
    previous.current = viewKey;
    if (from === viewKey || from === LOADING_VIEW) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [viewKey, main]);
}

export function AppFrame({ viewKey, withNavigation, children }: Props) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnViewChange(main, viewKey);
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipLink')}
      </a>
      <AppHeader />
      <div className={withNavigation ? 'app-body' : 'app-body app-body--single'}>
        {withNavigation && <Navigation />}
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
      {info && (
        <footer className="app-footer">
          <p>{t('app.footer', { version: info.appVersion, schema: info.schemaVersion })}</p>
        </footer>
      )}
    </div>
  );
}
