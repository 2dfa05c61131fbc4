/**
 * What an import would do, decided purely from the parsed rows and a snapshot of the register:
 * which persons, organisations, groups and memberships to create, which memberships to update, and
 * for every row what happens to it and why.
 */
import type { CreateGroupRequest, ImportCounts, ImportRowKind, ImportRowResult, UnknownGroup } from '@shared/contract/register-import';
import type { GroupType, MembershipRole, MembershipStatus, OrganisationType } from '@shared/domain/enums';
import { GroupIndex, PersonIndex, refKey, suggestGroup, type GroupCandidate, type KnownPerson, type Ref } from './match';
import { caseKey } from './normalize';
import type { MembershipFields, ParsedRow, PersonFields } from './rows';
import { formatBasisPoints } from './values';

export type ExistingMembership = {
  id: string;
  personId: string;
  groupId: string;
  role: MembershipRole;
  startDate: string;
  endDate: string | null;
  allocationBp: number;
  status: MembershipStatus;
  owner: string;
  version: number;
};

export type Snapshot = {
  owner: string;
  persons: readonly { id: string; name: string; email: string | null; organisationName: string | null; owner: string }[];
  organisations: readonly { id: string; name: string; owner: string }[];
  groups: readonly { id: string; name: string; type: GroupType; owner: string }[];
  memberships: readonly ExistingMembership[];
};

export type PlannedOrganisation = { key: string; name: string; type: OrganisationType; regionCode: string | null };
export type PlannedGroup = CreateGroupRequest & { key: string };
export type PlannedPerson = { key: string; fields: PersonFields; organisation: Ref | null };
export type PlannedMembership = { row: number; person: Ref; group: Ref; groupType: GroupType; fields: MembershipFields };
export type MembershipChanges = { endDate?: string; allocationBp?: number; status?: MembershipStatus };
export type PlannedUpdate = { row: number; membership: ExistingMembership; changes: MembershipChanges };

export type ImportPlan = {
  organisations: PlannedOrganisation[];
  groups: PlannedGroup[];
  persons: PlannedPerson[];
  memberships: PlannedMembership[];
  updates: PlannedUpdate[];
  rows: ImportRowResult[];
  unknownGroups: UnknownGroup[];
};

class Rejection extends Error {}

/** What one row adds to the plan; committed only when the whole row is accepted. */
type Staged = { organisation: PlannedOrganisation | null; person: PlannedPerson | null; group: PlannedGroup | null };

const membershipKey = (personId: string, groupId: string, role: string, start: string) => `${personId}|${groupId}|${role}|${start}`;

export function membershipChanges(existing: ExistingMembership, fields: MembershipFields): MembershipChanges {
  const changes: MembershipChanges = {};
  if (fields.endDate !== null && fields.endDate !== existing.endDate) changes.endDate = fields.endDate;
  if (fields.allocationBp !== null && fields.allocationBp !== existing.allocationBp) changes.allocationBp = fields.allocationBp;
  if (fields.status !== null && fields.status !== existing.status) changes.status = fields.status;
  return changes;
}

function describeChanges(existing: ExistingMembership, changes: MembershipChanges): string {
  const parts: string[] = [];
  if (changes.endDate !== undefined) parts.push(`end ${existing.endDate ?? '(none)'} → ${changes.endDate}`);
  if (changes.allocationBp !== undefined)
    parts.push(`share ${formatBasisPoints(existing.allocationBp)} → ${formatBasisPoints(changes.allocationBp)}`);
  if (changes.status !== undefined) parts.push(`status ${existing.status} → ${changes.status}`);
  return parts.join(', ');
}

class Planner {
  readonly plan: ImportPlan = { organisations: [], groups: [], persons: [], memberships: [], updates: [], rows: [], unknownGroups: [] };
  private readonly people = new PersonIndex();
  private readonly groupIndex = new GroupIndex();
  private readonly organisations = new Map<string, Ref>();
  private readonly memberships = new Map<string, ExistingMembership[]>();
  /** Groups the user asked to create, by name key and by plan key. */
  private readonly requested = new Map<string, PlannedGroup>();
  private readonly requestedByKey = new Map<string, PlannedGroup>();
  private readonly createdGroups = new Set<string>();
  private readonly unknown = new Map<string, UnknownGroup>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly snapshot: Snapshot,
    createGroups: readonly CreateGroupRequest[],
  ) {
    const own = (owner: string) => owner === snapshot.owner;
    for (const p of snapshot.persons) {
      this.people.add({
        ref: { kind: 'existing', id: p.id },
        name: p.name,
        email: p.email,
        organisation: p.organisationName,
        own: own(p.owner),
        row: null,
      });
    }
    const orgs = [...snapshot.organisations].sort((a, b) => Number(own(b.owner)) - Number(own(a.owner)));
    for (const o of orgs)
      if (!this.organisations.has(caseKey(o.name))) this.organisations.set(caseKey(o.name), { kind: 'existing', id: o.id });
    for (const g of snapshot.groups)
      this.groupIndex.add({ ref: { kind: 'existing', id: g.id }, name: g.name, type: g.type, own: own(g.owner) });
    for (const m of snapshot.memberships) {
      const key = membershipKey(m.personId, m.groupId, m.role, m.startDate);
      this.memberships.set(key, [...(this.memberships.get(key) ?? []), m]);
    }
    createGroups.forEach((request, i) => {
      if (this.groupIndex.match(request.name, null).kind !== 'none' || this.requested.has(caseKey(request.name))) return;
      const planned: PlannedGroup = { ...request, key: `g${i + 1}` };
      this.requested.set(caseKey(request.name), planned);
      this.requestedByKey.set(planned.key, planned);
      this.groupIndex.add({ ref: { kind: 'new', key: planned.key }, name: request.name, type: request.type, own: true });
    });
  }

  planRow(parsed: ParsedRow): void {
    if (!parsed.ok) return this.result(parsed.row, 'rejected', parsed.name, parsed.group, false, parsed.reason);
    const staged: Staged = { organisation: null, person: null, group: null };
    try {
      const person = this.resolvePerson(parsed.row, parsed.person, staged);
      if (parsed.membership === null) return this.personOnly(parsed.row, parsed.person, person, staged);
      this.planMembership(parsed.row, parsed.person.name, person, parsed.membership, staged);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      this.result(parsed.row, 'rejected', parsed.person.name, parsed.membership?.group ?? null, false, error.message);
    }
  }

  private resolvePerson(row: number, fields: PersonFields, staged: Staged): KnownPerson {
    const match = this.people.match(fields);
    if (match.kind === 'found') return match.value;
    if (match.kind === 'ambiguous') {
      const by = fields.email === null ? 'name and organisation' : 'e-mail';
      throw new Rejection(`${match.count} persons in the register have the same ${by}; register this one by hand`);
    }
    const person: PlannedPerson = {
      key: `p${this.plan.persons.length + 1}`,
      fields,
      organisation: this.resolveOrganisation(fields, staged),
    };
    staged.person = person;
    return {
      ref: { kind: 'new', key: person.key },
      name: fields.name,
      email: fields.email,
      organisation: fields.organisation,
      own: true,
      row,
    };
  }

  private resolveOrganisation(fields: PersonFields, staged: Staged): Ref | null {
    if (fields.organisation === null) return null;
    const existing = this.organisations.get(caseKey(fields.organisation));
    if (existing) return existing;
    const key = `o${this.plan.organisations.length + 1}`;
    staged.organisation = { key, name: fields.organisation, type: fields.organisationType ?? 'OTHER', regionCode: fields.regionCode };
    return { kind: 'new', key };
  }

  private personOnly(row: number, fields: PersonFields, person: KnownPerson, staged: Staged): void {
    if (staged.person !== null) {
      this.commit(staged, person);
      return this.result(row, 'create-person', fields.name, null, true, null);
    }
    if (person.row !== null) return this.result(row, 'duplicate', fields.name, null, false, `the person is already in row ${person.row}`);
    this.result(row, 'unchanged', fields.name, null, false, 'the person is already in the register');
  }

  private resolveGroup(row: number, fields: MembershipFields, staged: Staged): GroupCandidate {
    const match = this.groupIndex.match(fields.group, fields.groupType);
    if (match.kind === 'ambiguous')
      throw new Rejection(`${match.count} groups are called "${fields.group}"; add a group type column (Grupptyp)`);
    if (match.kind === 'none') {
      const suggestion = suggestGroup(fields.group, fields.groupType, this.snapshot.owner);
      this.noteUnknown(fields.group, suggestion.type, suggestion.level, row, false);
      throw new Rejection(`unknown group "${fields.group}", offered for creation`);
    }
    const group = match.value;
    const planned = group.ref.kind === 'new' ? this.requestedByKey.get(group.ref.key) : undefined;
    if (planned) {
      this.noteUnknown(planned.name, planned.type, planned.level, row, true);
      if (!this.createdGroups.has(planned.key)) staged.group = planned;
    }
    return group;
  }

  private noteUnknown(name: string, type: GroupType | null, level: UnknownGroup['suggestedLevel'], row: number, willCreate: boolean): void {
    const key = caseKey(name);
    const entry = this.unknown.get(key) ?? { name, suggestedType: type, suggestedLevel: level, rows: [], willCreate };
    entry.rows.push(row);
    this.unknown.set(key, entry);
  }

  private planMembership(row: number, name: string, person: KnownPerson, fields: MembershipFields, staged: Staged): void {
    const group = this.resolveGroup(row, fields, staged);
    const identity = `${refKey(person.ref)}|${refKey(group.ref)}|${fields.role}|${fields.startDate}`;
    const first = this.seen.get(identity);
    if (first !== undefined)
      return this.result(row, 'duplicate', name, fields.group, false, `same person, group, role and start as row ${first}`);
    const existing = this.existingMembership(person.ref, group.ref, fields);
    if (existing) return this.planUpdate(row, name, existing, fields, identity);
    this.commit(staged, person);
    this.seen.set(identity, row);
    this.plan.memberships.push({ row, person: person.ref, group: group.ref, groupType: group.type, fields });
    this.result(row, 'create-membership', name, fields.group, staged.person !== null, null);
  }

  private existingMembership(person: Ref, group: Ref, fields: MembershipFields): ExistingMembership | null {
    if (person.kind !== 'existing' || group.kind !== 'existing') return null;
    const found = this.memberships.get(membershipKey(person.id, group.id, fields.role, fields.startDate)) ?? [];
    return found.find((m) => m.owner === this.snapshot.owner) ?? found[0] ?? null;
  }

  private planUpdate(row: number, name: string, existing: ExistingMembership, fields: MembershipFields, identity: string): void {
    const changes = membershipChanges(existing, fields);
    if (Object.keys(changes).length === 0) {
      this.seen.set(identity, row);
      return this.result(row, 'unchanged', name, fields.group, false, null);
    }
    if (existing.owner !== this.snapshot.owner) throw new Rejection(`the assignment belongs to ${existing.owner} and is read-only here`);
    this.seen.set(identity, row);
    this.plan.updates.push({ row, membership: existing, changes });
    this.result(row, 'update-membership', name, fields.group, false, describeChanges(existing, changes));
  }

  private commit(staged: Staged, person: KnownPerson): void {
    if (staged.organisation) {
      this.plan.organisations.push(staged.organisation);
      this.organisations.set(caseKey(staged.organisation.name), { kind: 'new', key: staged.organisation.key });
    }
    if (staged.person) {
      this.plan.persons.push(staged.person);
      this.people.add(person);
    }
    if (staged.group) {
      this.plan.groups.push(staged.group);
      this.createdGroups.add(staged.group.key);
    }
  }

  private result(
    row: number,
    kind: ImportRowKind,
    name: string | null,
    group: string | null,
    createsPerson: boolean,
    reason: string | null,
  ): void {
    this.plan.rows.push({ row, kind, name, group, createsPerson, reason });
  }

  finish(): ImportPlan {
    this.plan.unknownGroups = [...this.unknown.values()];
    return this.plan;
  }
}

export function planImport(rows: readonly ParsedRow[], snapshot: Snapshot, createGroups: readonly CreateGroupRequest[]): ImportPlan {
  const planner = new Planner(snapshot, createGroups);
  for (const row of rows) planner.planRow(row);
  return planner.finish();
}

export function countPlan(plan: ImportPlan): ImportCounts {
  const count = (...kinds: ImportRowKind[]) => plan.rows.filter((r) => kinds.includes(r.kind)).length;
  return {
    rows: plan.rows.length,
    toCreate: count('create-person', 'create-membership'),
    toUpdate: count('update-membership'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    personsToCreate: plan.persons.length,
    membershipsToCreate: plan.memberships.length,
    organisationsToCreate: plan.organisations.length,
    groupsToCreate: plan.groups.length,
  };
}
