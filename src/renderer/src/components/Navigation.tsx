import { useTranslation } from 'react-i18next';
import { hrefFor, sectionOf } from '../router';
import type { Route } from '../store';
import { useRoute } from '../store/selectors';

type CostNavRoute = 'costHostings' | 'costReports' | 'costScenarios' | 'costKeys' | 'costParameters';

const ITEMS = [
  'overview',
  'persons',
  'organisations',
  'groups',
  'vacancies',
  'balance',
  'warnings',
  'capacity',
  'teams',
  'pathways',
  'yearPlan',
  'costHostings',
  'costReports',
  'costScenarios',
  'costKeys',
  'costParameters',
  'import',
  'packages',
  'reference',
  'backups',
  'auditLog',
  'erasures',
] as const satisfies readonly Route[];

export function Navigation() {
  const { t } = useTranslation();
  const current = sectionOf(useRoute());
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {ITEMS.map((route) => (
          <li key={route}>
            <a className="app-nav__link" href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
              {route === 'erasures'
                ? t('privacy.nav')
                : route === 'packages'
                  ? t('packages.nav')
                  : route === 'backups' || route === 'auditLog'
                    ? t(`durability.nav.${route}`)
                    : route === 'capacity' || route === 'teams' || route === 'pathways' || route === 'yearPlan'
                      ? t(`planning.nav.${route}`)
                      : route.startsWith('cost')
                        ? t(`costs.nav.${route as CostNavRoute}`)
                        : t(`nav.${route as Exclude<typeof route, CostNavRoute | 'backups' | 'auditLog' | 'packages' | 'erasures'>}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
