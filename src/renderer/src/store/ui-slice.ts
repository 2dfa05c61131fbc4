import type { StateCreator } from 'zustand';
import { NAV_GROUPS, type NavGroup } from '../routes';
import type { Store } from './index';

/** Whose start page: the coordinator's register and planning jobs, or finance's cost jobs. */
export const START_ROLES = ['coordinator', 'finance'] as const;
export type StartRole = (typeof START_ROLES)[number];

/** UI choices that outlive the session on this computer (not data: nothing here travels or is audited). */
export type UiSlice = {
  startRole: StartRole;
  /** The navigation groups the user has folded away. */
  navCollapsed: Readonly<Partial<Record<NavGroup, boolean>>>;
  /** The lists whose filter row the user has folded away (by list name). */
  filtersCollapsed: Readonly<Record<string, boolean>>;
  setStartRole: (role: StartRole) => void;
  setNavGroupOpen: (group: NavGroup, open: boolean) => void;
  setFiltersOpen: (list: string, open: boolean) => void;
};

const STORAGE_KEY = 'samplan.ui';
type Remembered = Pick<UiSlice, 'startRole' | 'navCollapsed' | 'filtersCollapsed'>;
const DEFAULTS: Remembered = { startRole: 'coordinator', navCollapsed: {}, filtersCollapsed: {} };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** What was remembered, each value checked (a hand-edited or older entry falls back to the default). */
function recall(): Remembered {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return DEFAULTS;
  try {
    const parsed = JSON.parse(raw) as { startRole?: unknown; navCollapsed?: unknown; filtersCollapsed?: unknown };
    const startRole = START_ROLES.find((role) => role === parsed.startRole) ?? DEFAULTS.startRole;
    const stored = typeof parsed.navCollapsed === 'object' && parsed.navCollapsed !== null ? parsed.navCollapsed : {};
    const navCollapsed: Partial<Record<NavGroup, boolean>> = {};
    for (const group of NAV_GROUPS) {
      if ((stored as Record<string, unknown>)[group] === true) navCollapsed[group] = true;
    }
    const filtersCollapsed: Record<string, boolean> = {};
    if (typeof parsed.filtersCollapsed === 'object' && parsed.filtersCollapsed !== null) {
      for (const [list, folded] of Object.entries(parsed.filtersCollapsed)) if (folded === true) filtersCollapsed[list] = true;
    }
    return { startRole, navCollapsed, filtersCollapsed };
  } catch {
    return DEFAULTS;
  }
}

function remember(state: Remembered): void {
  try {
    const { startRole, navCollapsed, filtersCollapsed } = state;
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ startRole, navCollapsed, filtersCollapsed }));
  } catch {
    // a full or blocked storage only means the choice is not remembered
  }
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  ...recall(),
  setStartRole: (startRole) => {
    set({ startRole });
    remember(get());
  },
  setNavGroupOpen: (group, open) => {
    const navCollapsed = { ...get().navCollapsed };
    if (open) delete navCollapsed[group];
    else navCollapsed[group] = true;
    set({ navCollapsed });
    remember(get());
  },
  setFiltersOpen: (list, open) => {
    const filtersCollapsed = { ...get().filtersCollapsed };
    if (open) delete filtersCollapsed[list];
    else filtersCollapsed[list] = true;
    set({ filtersCollapsed });
    remember(get());
  },
});
