/** The register mirror's record type, orders and small list indexes (register-mirror.ts). */
import type { DaySpan } from '../domain/capacity/load';
import type { MembershipRow, MirrorGroup } from '../repositories/register-mirror-rows';

/** A live membership whose person and group are live, with what the views need of them. */
export type MirrorMembership = MembershipRow & {
  /** The days it counts in the capacity grid (`membershipSpan`), computed once. */
  span: DaySpan | null;
  personName: string;
  personRegionCode: string | null;
  profession: string | null;
  groupName: string;
  groupType: MirrorGroup['type'];
  groupRegionCode: string | null;
};

/** Binary (code-unit) order, as SQLite's default collation sorts. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The cost plan's order: person name, group name, start date, id. */
export function comparePlanOrder(a: MirrorMembership, b: MirrorMembership): number {
  return (
    compareText(a.personName, b.personName) ||
    compareText(a.groupName, b.groupName) ||
    compareText(a.startDate, b.startDate) ||
    compareText(a.id, b.id)
  );
}

/** Small lists (a person's or a group's memberships): arrays are lighter than sets at 120 000 entries. */
export function addTo<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

export function removeFrom<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  const at = list ? list.indexOf(item) : -1;
  if (list && at >= 0) list.splice(at, 1);
}
