import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/contract/packages';
import en from '../../../src/renderer/src/i18n/en.json';
import sv from '../../../src/renderer/src/i18n/sv.json';
import { hrefFor, locationFromHash } from '../../../src/renderer/src/router';
import { ALL_ROUTES, groupOf, isRecordRoute, labelOf, menu, NAV_GROUPS, sectionOf } from '../../../src/renderer/src/routes';
import { packageTodo } from '../../../src/renderer/src/views/start/start-model';

function lookup(resource: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resource);
}

describe('the route table', () => {
  it('gives every page a hash that leads back to it', () => {
    for (const route of ALL_ROUTES) {
      const id = isRecordRoute(route) ? '5b0f1c9e-1111-4222-8333-944455556666' : null;
      expect(locationFromHash(hrefFor(route, id ?? undefined))).toEqual({ route, id });
    }
    expect(locationFromHash('#/finns-inte')).toEqual({ route: 'overview', id: null });
  });

  it('puts every menu entry in one of the five job groups, in menu order, with a label in Swedish and English', () => {
    const { top, groups } = menu();
    expect(top).toEqual(['overview']);
    expect(groups.map((g) => g.group)).toEqual([...NAV_GROUPS]);
    expect(groups.find((g) => g.group === 'planning')?.routes).toEqual(['capacity', 'teams', 'pathways', 'yearPlan']);
    for (const route of [...top, ...groups.flatMap((g) => g.routes)]) {
      expect(typeof lookup(sv, labelOf(route)), `${route} in sv`).toBe('string');
      expect(typeof lookup(en, labelOf(route)), `${route} in en`).toBe('string');
    }
    for (const group of NAV_GROUPS) {
      expect(typeof lookup(sv, `navGroups.${group}`)).toBe('string');
      expect(typeof lookup(en, `navGroups.${group}`)).toBe('string');
    }
  });

  it('marks the menu entry a record page, a form or a tab belongs to', () => {
    expect(sectionOf('person')).toBe('persons');
    expect(sectionOf('groupNew')).toBe('groups');
    expect(sectionOf('costHosting')).toBe('costHostings');
    expect(sectionOf('packagesHistory')).toBe('packages');
    expect(groupOf('person')).toBe('register');
    expect(groupOf('packagesKeys')).toBe('exchange');
    expect(groupOf('overview')).toBeNull();
  });
});

describe('the start page: package exchange', () => {
  const entry = (direction: 'IN' | 'OUT', at: string, status: HistoryEntry['status']): HistoryEntry => ({
    packageId: `${direction}-${at}`,
    direction,
    at,
    originOwner: '23',
    recipient: null,
    scope: 'ALL',
    sequence: 1,
    sha256: 'x',
    status,
    totalRecords: 1,
    undoable: false,
  });

  it('asks for a package when none was ever sent, or none within 30 days', () => {
    expect(packageTodo([], '2026-12-06')).toEqual({ lastSent: null, due: true, partial: 0 });
    expect(packageTodo([entry('OUT', '2026-11-06T10:00:00.000Z', 'SENT')], '2026-12-06').due).toBe(false);
    expect(packageTodo([entry('OUT', '2026-11-05T10:00:00.000Z', 'SENT')], '2026-12-06').due).toBe(true);
    const both = [entry('OUT', '2026-10-01T10:00:00.000Z', 'SENT'), entry('OUT', '2026-12-01T10:00:00.000Z', 'SENT')];
    expect(packageTodo(both, '2026-12-06')).toEqual({ lastSent: '2026-12-01', due: false, partial: 0 });
  });

  it('counts received packages applied only in part, not sent ones', () => {
    const entries = [entry('IN', '2026-12-01T10:00:00.000Z', 'PARTIAL'), entry('IN', '2026-12-02T10:00:00.000Z', 'APPLIED')];
    expect(packageTodo(entries, '2026-12-06').partial).toBe(1);
  });
});
