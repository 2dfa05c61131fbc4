/** POSSIBLE_DUPLICATE_PERSON: two person records that may be the same person. Flagged, never merged. */
import type { DuplicateReason, WarningOf } from '@shared/contract/rule-warnings';
import { foldText } from '@shared/text/fold';
import { byId, type RegisterSnapshot, type SnapshotPerson } from '../register-snapshot';

/** A duplicate pair is no matter of time: `evaluateRules` gives it the current month. */
export type DuplicateFinding = Omit<WarningOf<'POSSIBLE_DUPLICATE_PERSON'>, 'firstMonth'>;

export function normaliseEmail(email: string | null): string | null {
  const clean = email?.trim().toLowerCase() ?? '';
  return clean === '' ? null : clean;
}

/** The key of a pair, independent of order; also the key a dismissal is stored under. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function pairsWithin(groups: Map<string, SnapshotPerson[]>, reason: DuplicateReason, into: Map<string, Set<DuplicateReason>>): void {
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = pairKey(members[i]!.id, members[j]!.id);
        into.set(key, (into.get(key) ?? new Set()).add(reason));
      }
    }
  }
}

function bucket(persons: readonly SnapshotPerson[], keyOf: (p: SnapshotPerson) => string | null): Map<string, SnapshotPerson[]> {
  const groups = new Map<string, SnapshotPerson[]>();
  for (const p of persons) {
    const key = keyOf(p);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return groups;
}

/**
 * Pairs with the same e-mail (case-insensitive), or the same normalised name and the same
 * organisation. Pairs in `dismissed` (keys from `pairKey`) were judged "not the same person" and are left out.
 */
export function possibleDuplicates(snapshot: RegisterSnapshot, dismissed: ReadonlySet<string>): DuplicateFinding[] {
  const reasons = new Map<string, Set<DuplicateReason>>();
  pairsWithin(
    bucket(snapshot.persons, (p) => normaliseEmail(p.email)),
    'EMAIL',
    reasons,
  );
  pairsWithin(
    bucket(snapshot.persons, (p) => (p.organisationId === null ? null : `${p.organisationId}|${foldText(p.name)}`)),
    'NAME_AND_ORGANISATION',
    reasons,
  );
  const persons = byId(snapshot.persons);
  const organisations = byId(snapshot.organisations);
  const pairs = [...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.flatMap(([key, found]) => {
    const [first, second] = key.split('|').map((id) => persons.get(id));
    if (dismissed.has(key) || !first || !second) return [];
    const sameOrganisation = first.organisationId !== null && first.organisationId === second.organisationId;
    const warning: DuplicateFinding = {
      code: 'POSSIBLE_DUPLICATE_PERSON',
      key: `POSSIBLE_DUPLICATE_PERSON:${key}`,
      severity: 'INFO',
      dismissal: { rule: 'POSSIBLE_DUPLICATE_PERSON', key },
      personIds: [first.id, second.id],
      groupIds: [],
      membershipIds: [],
      params: {
        personId: first.id,
        personName: first.name,
        otherPersonId: second.id,
        otherPersonName: second.name,
        reasons: [...found].sort(),
        email: found.has('EMAIL') ? normaliseEmail(first.email) : null,
        organisationName: sameOrganisation ? (organisations.get(first.organisationId ?? '')?.name ?? null) : null,
      },
    };
    return [warning];
  });
}
