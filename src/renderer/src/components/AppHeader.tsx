import { useTranslation } from 'react-i18next';
import { useLanguageSetting } from '../api/app-info';
import { useExampleDataLoaded, useOwner } from '../store/selectors';
import { ErrorAlert } from './ErrorAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { UndoControl } from './undo/UndoControl';

export function AppHeader() {
  const { t } = useTranslation();
  const owner = useOwner();
  const exampleLoaded = useExampleDataLoaded();
  const language = useLanguageSetting();
  const languageError = language.error;
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <p className="app-header__name">{t('app.name')}</p>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
        <div className="app-header__meta">
          {owner && (
            <p className="app-header__owner" data-testid="header-owner">
              <span className="app-header__owner-label">{t('app.worksFor')}</span>
              <span className="app-header__owner-name">{owner.name}</span>
            </p>
          )}
          {exampleLoaded && (
            <p className="tag tag--example" data-testid="example-badge">
              {t('app.exampleBadge')}
            </p>
          )}
          {owner && <UndoControl />}
          <LanguageSwitch setting={language} />
        </div>
      </div>
      {languageError && (
        <div className="app-header__alert">
          <ErrorAlert heading={t('language.saveFailedHeading')} error={languageError} />
        </div>
      )}
    </header>
  );
}
