import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each view names the window: `Översikt – Samplan`. */
export function useDocumentTitle(viewTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${viewTitle} – ${appName}`;
  }, [viewTitle, appName]);
}
