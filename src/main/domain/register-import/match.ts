/** Finding the register's existing persons, organisations and groups for an imported row. */
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { caseKey, collapseSpaces } from './normalize';

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

const TYPE_PREFIX = /^(NPO|NSG|NAG|RPO|RPT|SOR)\s+(.+)$/i;

/** The group type a name's prefix announces: "RPT Stroke" → RPT. */
export function prefixType(name: string): GroupType | null {
  const match = TYPE_PREFIX.exec(collapseSpaces(name));
  return match ? (match[1]!.toUpperCase() as GroupType) : null;
}

const NATIONAL_TYPES: readonly GroupType[] = ['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'];

/** What an unknown group probably is: type from its prefix; national for national types, else the owner's level. */
export function suggestGroup(name: string, typeHint: GroupType | null, owner: string): { type: GroupType | null; level: GroupLevel } {
  const type = typeHint ?? prefixType(name);
  if (type !== null && NATIONAL_TYPES.includes(type)) return { type, level: 'NATIONAL' };
  return { type, level: /^\d{2}$/.test(owner) ? 'REGIONAL' : 'HEALTHCARE_REGIONAL' };
}

/**
 * Groups by name, case- and whitespace-insensitively; a type prefix such as "NPO " may stand before
 * the registered name. Nothing fuzzier: an unmatched name is an unknown group.
 */
export class GroupIndex {
  private readonly byKey = new Map<string, GroupCandidate[]>();

  add(candidate: GroupCandidate): void {
    push(this.byKey, caseKey(candidate.name), candidate);
  }

  match(name: string, typeHint: GroupType | null): Match<GroupCandidate> {
    let found = this.byKey.get(caseKey(name)) ?? [];
    const prefixed = TYPE_PREFIX.exec(collapseSpaces(name));
    if (found.length === 0 && prefixed) {
      const type = prefixed[1]!.toUpperCase();
      found = (this.byKey.get(caseKey(prefixed[2]!)) ?? []).filter((g) => g.type === type);
    }
    if (typeHint !== null) found = found.filter((g) => g.type === typeHint);
    return pick(found, false);
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
