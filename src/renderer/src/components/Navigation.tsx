import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router';
import { groupOf, labelOf, menu, sectionOf, type MenuRoute, type NavGroup } from '../routes';
import { useStore } from '../store';
import { useRoute } from '../store/selectors';

const MENU = menu();

function NavLink({ route, current }: { route: MenuRoute; current: MenuRoute }) {
  const { t } = useTranslation();
  return (
    <li>
      <a className="app-nav__link" href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
        {t(labelOf(route))}
      </a>
    </li>
  );
}

function NavSection({ group, routes, current }: { group: NavGroup; routes: MenuRoute[]; current: MenuRoute }) {
  const { t } = useTranslation();
  const open = useStore((s) => s.navCollapsed[group] !== true);
  const setOpen = useStore((s) => s.setNavGroupOpen);
  const listId = `nav-group-${group}`;
  const holdsCurrent = routes.includes(current);
  return (
    <li className="app-nav__group" data-nav-group={group}>
      <button
        type="button"
        className={holdsCurrent ? 'app-nav__toggle app-nav__toggle--current' : 'app-nav__toggle'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(group, !open)}
      >
        <span className="app-nav__chevron" aria-hidden="true" />
        {t(`navGroups.${group}`)}
      </button>
      <ul id={listId} className="app-nav__list app-nav__list--group" hidden={!open}>
        {routes.map((route) => (
          <NavLink key={route} route={route} current={current} />
        ))}
      </ul>
    </li>
  );
}

/** The main menu: the start page, then the pages grouped by job; each group folds away and stays so. */
export function Navigation() {
  const { t } = useTranslation();
  const route = useRoute();
  const current = sectionOf(route);
  const setOpen = useStore((s) => s.setNavGroupOpen);
  // arriving at a page of a folded group (a link on the start page) unfolds it, so the current page is marked
  const currentGroup = groupOf(route);
  useEffect(() => {
    if (currentGroup && useStore.getState().navCollapsed[currentGroup]) setOpen(currentGroup, true);
  }, [currentGroup, setOpen]);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {MENU.top.map((entry) => (
          <NavLink key={entry} route={entry} current={current} />
        ))}
        {MENU.groups.map(({ group, routes }) => (
          <NavSection key={group} group={group} routes={routes} current={current} />
        ))}
      </ul>
    </nav>
  );
}
