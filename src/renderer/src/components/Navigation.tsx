import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router';
import type { Route } from '../store';
import { useRoute } from '../store/selectors';

const ITEMS: readonly Route[] = ['overview', 'reference'];

export function Navigation() {
  const { t } = useTranslation();
  const current = useRoute();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {ITEMS.map((route) => (
          <li key={route}>
            <a className="app-nav__link" href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
