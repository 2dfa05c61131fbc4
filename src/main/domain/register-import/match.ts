/** Finding the register's existing persons, organisations and groups for an imported row. */
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { editDistance } from '@shared/text/distance';
import { foldText } from '@shared/text/fold';
import { caseKey, foldKey } from './normalize';

/** A record that exists already, or one the import is about to create (by its key in the plan). */
export type Ref = { kind: 'existing'; id: string } | { kind: 'new'; key: string };
export const refKey = (ref: Ref): string => (ref.kind === 'existing' ? `id:${ref.id}` : `new:${ref.key}`);

export type Match<T> = { kind: 'found'; value: T } | { kind: 'ambiguous'; count: number } | { kind: 'none' };

/** One candidate is a match; of several, the one owned here wins when asked and it is the only such. */
function pick<T extends { own: boolean }>(found: readonly T[], preferOwn: boolean): Match<T> {
  if (found.length === 0) return { kind: 'none' };
  if (found.length === 1) return { kind: 'found', value: found[0]! };
  const own = preferOwn ? found.filter((f) => f.own) : [];
  return own.length === 1 ? { kind: 'found', value: own[0]! } : { kind: 'ambiguous', count: found.length };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/* ---------- groups ---------- */

export type GroupCandidate = { ref: Ref; name: string; type: GroupType; own: boolean };
/* Groups never prefer the own one: two groups with one name are ambiguous until a type column decides. */

/** The prefixes that announce a group type, short and written out ("Nationellt programområde för …"). */
const PREFIX_WORDS: readonly [GroupType, readonly string[]][] = [
  ['NPO', ['NPO', 'Nationellt programområde', 'Nationella programområdet']],
  ['NSG', ['NSG', 'Nationell samverkansgrupp', 'Nationella samverkansgruppen']],
  ['NAG', ['NAG', 'Nationell arbetsgrupp', 'Nationella arbetsgruppen']],
  ['RPO', ['RPO', 'Regionalt programområde', 'Regionala programområdet']],
  ['RPT', ['RPT', 'Regionalt processteam', 'Regionala processteamet']],
  ['SOR', ['SOR', 'Samordningsråd', 'Samordningsrådet']],
];
const PREFIXES: readonly { type: GroupType; words: string }[] = PREFIX_WORDS.flatMap(([type, words]) =>
  words.map((w) => ({ type, words: `${foldText(w)} ` })),
).sort((a, b) => b.words.length - a.words.length);

/** A group name split into the type its prefix announces and the rest, folded: "NPO  Akut-vård" → NPO, "akutvard". */
export function splitGroupName(name: string): { type: GroupType | null; key: string } {
  const folded = foldText(name);
  for (const prefix of PREFIXES) {
    if (!folded.startsWith(prefix.words)) continue;
    const rest = folded.slice(prefix.words.length).replace(/^(for|inom) /, '');
    if (foldKey(rest) !== '') return { type: prefix.type, key: foldKey(rest) };
  }
  return { type: null, key: foldKey(name) };
}

/** The group type a name's prefix announces: "RPT Stroke" → RPT. */
export function prefixType(name: string): GroupType | null {
  return splitGroupName(name).type;
}

export const NATIONAL_TYPES: readonly GroupType[] = ['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'];

/** What an unknown group probably is: type from its prefix; national for national types, else the owner's level. */
export function suggestGroup(name: string, typeHint: GroupType | null, owner: string): { type: GroupType | null; level: GroupLevel } {
  const type = typeHint ?? prefixType(name);
  if (type !== null && NATIONAL_TYPES.includes(type)) return { type, level: 'NATIONAL' };
  return { type, level: /^\d{2}$/.test(owner) ? 'REGIONAL' : 'HEALTHCARE_REGIONAL' };
}

/** How many typed characters may differ for a name to still match: none below 5 letters, one below 9, else two. */
export function allowedTypos(key: string): number {
  if (key.length < 5) return 0;
  return key.length < 9 ? 1 : 2;
}

/** How a group is written for the user: national and regional team types with their prefix ("NPO Akut vård"). */
export function groupLabel(group: { name: string; type: GroupType }): string {
  const prefixed = splitGroupName(group.name).type !== null || group.type === 'OTHER' || group.type === 'PRIMARY_CARE_COUNCIL';
  return prefixed ? group.name : `${group.type} ${group.name}`;
}

type Indexed = { candidate: GroupCandidate; key: string; type: GroupType | null };

/**
 * Groups by name, forgivingly: case, spaces, hyphens and diacritics do not count, a type prefix ("NPO",
 * "Nationellt programområde") may stand before the registered name, and a typo within `allowedTypos`
 * still matches when exactly one group is that close. Anything further is an unknown group.
 */
export class GroupIndex {
  private readonly entries: Indexed[] = [];

  add(candidate: GroupCandidate): void {
    this.entries.push({ candidate, ...splitGroupName(candidate.name) });
  }

  private fits(entry: Indexed, type: GroupType | null): boolean {
    return type === null || entry.candidate.type === type;
  }

  match(name: string, typeHint: GroupType | null): Match<GroupCandidate> & { exact: boolean } {
    const { type, key } = splitGroupName(name);
    const wanted = this.entries.filter((e) => this.fits(e, typeHint) && this.fits(e, type));
    const exact = wanted.filter((e) => e.key === key);
    if (exact.length > 0)
      return {
        ...pick(
          exact.map((e) => e.candidate),
          false,
        ),
        exact: true,
      };
    const limit = allowedTypos(key);
    if (limit === 0) return { kind: 'none', exact: false };
    const near = this.nearest(wanted, key, limit);
    return { ...pick(near, false), exact: false };
  }

  /** The national group a name probably means, for "Menade du …?", or null. */
  suggest(name: string): GroupCandidate | null {
    const { type, key } = splitGroupName(name);
    const national = this.entries.filter((e) => NATIONAL_TYPES.includes(e.candidate.type) && this.fits(e, type));
    const contained = national.filter((e) => e.key.length >= 4 && (key.includes(e.key) || e.key.includes(key)));
    if (contained.length === 1) return contained[0]!.candidate;
    const near = this.nearest(national, key, Math.max(2, Math.floor(key.length / 3)));
    return near.length === 1 ? near[0]! : null;
  }

  private nearest(entries: readonly Indexed[], key: string, limit: number): GroupCandidate[] {
    let best = limit + 1;
    let found: GroupCandidate[] = [];
    for (const entry of entries) {
      const distance = editDistance(key, entry.key, limit);
      if (distance < best) [best, found] = [distance, [entry.candidate]];
      else if (distance === best && distance <= limit) found.push(entry.candidate);
    }
    return found;
  }
}

/* ---------- persons ---------- */

export type KnownPerson = { ref: Ref; name: string; email: string | null; organisation: string | null; own: boolean; row: number | null };
export type PersonIdentity = { name: string; email: string | null; organisation: string | null };

const nameOrgKey = (p: PersonIdentity) => `${caseKey(p.name)}\u0000${p.organisation === null ? '' : caseKey(p.organisation)}`;

/** Persons by e-mail (case-insensitive) or, for a row without e-mail, by name and organisation. */
export class PersonIndex {
  private readonly byEmail = new Map<string, KnownPerson[]>();
  private readonly byNameOrg = new Map<string, KnownPerson[]>();

  add(person: KnownPerson): void {
    if (person.email !== null) push(this.byEmail, person.email.toLowerCase(), person);
    push(this.byNameOrg, nameOrgKey(person), person);
  }

  match(identity: PersonIdentity): Match<KnownPerson> {
    if (identity.email !== null) return pick(this.byEmail.get(identity.email.toLowerCase()) ?? [], true);
    return pick(this.byNameOrg.get(nameOrgKey(identity)) ?? [], true);
  }
}
