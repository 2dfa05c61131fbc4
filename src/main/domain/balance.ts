/** Pure: who holds the national seats, by organisation type, region, profession and gender. */
import { BALANCE_GENDER_KEYS, BALANCE_ORGANISATION_KEYS, type BalanceBucket } from '@shared/contract/register-insights';
import { shareBp } from '@shared/percent';
import { isActiveOn } from './register-rules';
import { byId, type RegisterSnapshot, type SnapshotPerson } from './register-snapshot';
import { nationalSeatGroups } from './vacancies';

export const UNKNOWN = 'UNKNOWN';

/**
 * Each part's share of the whole in basis points, rounded half away from zero on its own (8 of 34 is
 * 23,53 %: a share is never bent to make the column add up to exactly 100 %). All zeros when the
 * counts add up to zero.
 */
export function roundedSharesBp(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => shareBp(c, total));
}

type Draft = { key: string; label: string | null; count: number };

function withShares(drafts: readonly Draft[]): BalanceBucket[] {
  const shares = roundedSharesBp(drafts.map((d) => d.count));
  return drafts.map((d, i) => ({ ...d, shareBp: shares[i] ?? 0 }));
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function normaliseProfession(text: string | null): string | null {
  const clean = text?.trim().replace(/\s+/g, ' ') ?? '';
  return clean === '' ? null : clean;
}

/** Professions grouped case- and space-insensitively, each shown in its most used spelling. */
function professionBuckets(holders: readonly SnapshotPerson[]): Draft[] {
  const spellings = countBy(
    holders.flatMap((p) => normaliseProfession(p.profession) ?? []),
    (text) => text,
  );
  const counts = new Map<string, { label: string; labelCount: number; count: number }>();
  for (const [spelling, n] of spellings) {
    const key = spelling.toLocaleLowerCase('sv-SE');
    const entry = counts.get(key);
    if (!entry) {
      counts.set(key, { label: spelling, labelCount: n, count: n });
      continue;
    }
    entry.count += n;
    if (n > entry.labelCount || (n === entry.labelCount && spelling < entry.label))
      Object.assign(entry, { label: spelling, labelCount: n });
  }
  const known = [...counts.values()]
    .map(({ label, count }) => ({ key: label, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'));
  const unknown = holders.filter((p) => normaliseProfession(p.profession) === null).length;
  return [...known, { key: UNKNOWN, label: null, count: unknown }];
}

function regionBuckets(holders: readonly SnapshotPerson[], snapshot: RegisterSnapshot, scope: readonly string[] | null): Draft[] {
  const counts = countBy(holders, (p) => p.regionCode ?? UNKNOWN);
  const members =
    scope === null ? [] : snapshot.healthcareRegionMembers.filter((m) => scope.includes(m.healthcareRegionCode)).map((m) => m.regionCode);
  const codes = [...new Set([...members, ...[...counts.keys()].filter((c) => c !== UNKNOWN)])].sort();
  const names = new Map(snapshot.regions.map((r) => [r.code, r.name]));
  return [
    ...codes.map((code) => ({ key: code, label: names.get(code) ?? null, count: counts.get(code) ?? 0 })),
    { key: UNKNOWN, label: null, count: counts.get(UNKNOWN) ?? 0 },
  ];
}

export type BalanceCounts = {
  heldSeats: number;
  distinctPersons: number;
  byOrganisationType: BalanceBucket[];
  byRegion: BalanceBucket[];
  byProfession: BalanceBucket[];
  byGender: BalanceBucket[];
};

/** Counts the seats held today in national groups, for the given healthcare regions or (null) all of them. */
export function buildBalance(snapshot: RegisterSnapshot, today: string, scope: readonly string[] | null): BalanceCounts {
  const groupIds = new Set(nationalSeatGroups(snapshot, null).map((g) => g.id));
  const seats = byId(
    snapshot.seats.filter(
      (s) => groupIds.has(s.groupId) && s.healthcareRegionCode !== null && (scope === null || scope.includes(s.healthcareRegionCode)),
    ),
  );
  const persons = byId(snapshot.persons);
  const held = snapshot.memberships.filter((m) => m.seatId !== null && seats.has(m.seatId) && isActiveOn(m, today));
  const holders = held.flatMap((m) => persons.get(m.personId) ?? []);
  const organisations = byId(snapshot.organisations);
  const orgCounts = countBy(holders, (p) => (p.organisationId && organisations.get(p.organisationId)?.type) || UNKNOWN);
  const genderCounts = countBy(holders, (p) => p.gender ?? UNKNOWN);
  return {
    heldSeats: holders.length,
    distinctPersons: new Set(holders.map((p) => p.id)).size,
    byOrganisationType: withShares(BALANCE_ORGANISATION_KEYS.map((key) => ({ key, label: null, count: orgCounts.get(key) ?? 0 }))),
    byRegion: withShares(regionBuckets(holders, snapshot, scope)),
    byProfession: withShares(professionBuckets(holders)),
    byGender: withShares(BALANCE_GENDER_KEYS.map((key) => ({ key, label: null, count: genderCounts.get(key) ?? 0 }))),
  };
}
