/**
 * What an import would do, decided purely from the parsed rows and a snapshot of the register:
 * which persons, organisations, groups and memberships to create, which memberships to update, and
 * for every row what happens to it and why.
 */
import type { CreateGroupRequest, ImportReason, ImportRowKind, ImportRowValues, UnknownGroup } from '@shared/contract/register-import';
import type { GroupType } from '@shared/domain/enums';
import {
  GroupIndex,
  groupLabel,
  NATIONAL_TYPES,
  PersonIndex,
  refKey,
  suggestGroup,
  type GroupCandidate,
  type KnownPerson,
  type Ref,
} from './match';
import { caseKey } from './normalize';
import { reject, Rejection, type MembershipFields, type ParsedRow, type PersonFields } from './rows';
import {
  describeChanges,
  membershipChanges,
  membershipValues,
  NO_VALUES,
  type ExistingMembership,
  type ImportPlan,
  type PlannedGroup,
  type PlannedOrganisation,
  type PlannedPerson,
  type Snapshot,
} from './plan-model';
import { SeatIndex } from './seats';

export { countPlan, membershipChanges } from './plan-model';
export type { ExistingMembership, ImportPlan, PlannedGroup, PlannedMembership, PlannedUpdate, Snapshot } from './plan-model';

/** What one row adds to the plan; committed only when the whole row is accepted. */
type Staged = { organisation: PlannedOrganisation | null; person: PlannedPerson | null; group: PlannedGroup | null };

const membershipKey = (personId: string, groupId: string, role: string, start: string) => `${personId}|${groupId}|${role}|${start}`;

type Row = { row: number; name: string | null; group: string | null };

class Planner {
  readonly plan: ImportPlan = { organisations: [], groups: [], persons: [], memberships: [], updates: [], rows: [], unknownGroups: [] };
  private readonly people = new PersonIndex();
  private readonly groupIndex = new GroupIndex();
  private readonly organisations = new Map<string, Ref>();
  private readonly memberships = new Map<string, ExistingMembership[]>();
  private readonly regionOfPerson = new Map<string, string | null>();
  private readonly seats: SeatIndex;
  /** Groups the user asked to create, by plan key. */
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
      this.regionOfPerson.set(p.id, p.regionCode);
      const ref: Ref = { kind: 'existing', id: p.id };
      this.people.add({ ref, name: p.name, email: p.email, organisation: p.organisationName, own: own(p.owner), row: null });
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
    this.seats = new SeatIndex(snapshot.seats, snapshot.seatHoldings, snapshot.places);
    const requested = new Set<string>();
    createGroups.forEach((request, i) => {
      // National groups are reference data: an import never creates one, whatever the request says.
      if (NATIONAL_TYPES.includes(request.type) || request.level === 'NATIONAL') return;
      if (this.groupIndex.match(request.name, null).kind !== 'none' || requested.has(caseKey(request.name))) return;
      const planned: PlannedGroup = { ...request, key: `g${i + 1}` };
      requested.add(caseKey(request.name));
      this.requestedByKey.set(planned.key, planned);
      this.groupIndex.add({ ref: { kind: 'new', key: planned.key }, name: request.name, type: request.type, own: true });
    });
  }

  planRow(parsed: ParsedRow): void {
    if (!parsed.ok) {
      const values = { ...NO_VALUES, name: parsed.name, group: parsed.group };
      return this.result(parsed, 'rejected', false, parsed.reason, values);
    }
    const staged: Staged = { organisation: null, person: null, group: null };
    const row: Row = { row: parsed.row, name: parsed.person.name, group: parsed.membership?.group ?? null };
    try {
      const person = this.resolvePerson(parsed.row, parsed.person, staged);
      if (parsed.membership === null) return this.personOnly(row, person, staged);
      this.planMembership(row, parsed.person, person, parsed.membership, staged);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      this.result(row, 'rejected', false, error.reason, { ...NO_VALUES, name: row.name, group: row.group });
    }
  }

  private resolvePerson(row: number, fields: PersonFields, staged: Staged): KnownPerson {
    const match = this.people.match(fields);
    if (match.kind === 'found') return match.value;
    if (match.kind === 'ambiguous')
      reject('ambiguousPerson', { count: match.count, by: fields.email === null ? 'nameOrganisation' : 'email' });
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

  private personOnly(row: Row, person: KnownPerson, staged: Staged): void {
    const values = { ...NO_VALUES, name: row.name };
    if (staged.person !== null) {
      this.commit(staged, person);
      return this.result(row, 'create-person', true, null, values);
    }
    if (person.row !== null) return this.result(row, 'duplicate', false, { code: 'personInRow', params: { row: person.row } }, values);
    this.result(row, 'unchanged', false, { code: 'personExists', params: {} }, values);
  }

  private resolveGroup(row: number, fields: MembershipFields, staged: Staged): GroupCandidate {
    const match = this.groupIndex.match(fields.group, fields.groupType);
    if (match.kind === 'ambiguous') reject('ambiguousGroup', { count: match.count, value: fields.group });
    if (match.kind === 'none') return this.unknownGroup(row, fields);
    const group = match.value;
    const planned = group.ref.kind === 'new' ? this.requestedByKey.get(group.ref.key) : undefined;
    if (planned) {
      this.noteUnknown(planned.name, planned.type, planned.level, row, true, null);
      if (!this.createdGroups.has(planned.key)) staged.group = planned;
    }
    return group;
  }

  /** An unknown national group is suggested, never offered; any other is offered for creation. */
  private unknownGroup(row: number, fields: MembershipFields): never {
    const suggestion = suggestGroup(fields.group, fields.groupType, this.snapshot.owner);
    const near = this.groupIndex.suggest(fields.group);
    const label = near === null ? null : groupLabel(near);
    this.noteUnknown(fields.group, suggestion.type, suggestion.level, row, false, label);
    if (suggestion.level === 'NATIONAL')
      reject('unknownNationalGroup', { value: fields.group, ...(label !== null && { suggestion: label }) });
    return reject('unknownGroup', { value: fields.group });
  }

  private noteUnknown(
    name: string,
    type: GroupType | null,
    level: UnknownGroup['suggestedLevel'],
    row: number,
    willCreate: boolean,
    suggestion: string | null,
  ): void {
    const key = caseKey(name);
    const creatable = level !== 'NATIONAL';
    const entry = this.unknown.get(key) ?? {
      name,
      suggestedType: type,
      suggestedLevel: level,
      rows: [],
      willCreate,
      creatable,
      suggestion,
    };
    entry.rows.push(row);
    this.unknown.set(key, entry);
  }

  private planMembership(row: Row, fields: PersonFields, person: KnownPerson, m: MembershipFields, staged: Staged): void {
    const group = this.resolveGroup(row.row, m, staged);
    const groupName = groupLabel(group);
    const identity = `${refKey(person.ref)}|${refKey(group.ref)}|${m.role}|${m.startDate}`;
    const first = this.seen.get(identity);
    const values = membershipValues(row.name ?? '', groupName, m, m.allocationBp, null);
    if (first !== undefined) return this.result(row, 'duplicate', false, { code: 'sameAsRow', params: { row: first } }, values);
    const existing = this.existingMembership(person.ref, group.ref, m);
    if (existing) return this.planUpdate(row, existing, m, identity, values);
    const seat = this.chooseSeat(group, person, fields, m);
    this.commit(staged, person);
    this.seen.set(identity, row.row);
    const allocationBp = m.allocationBp ?? this.snapshot.allocationDefaults.get(`${group.type}|${m.role}`) ?? 0;
    this.plan.memberships.push({ row: row.row, person: person.ref, group: group.ref, groupType: group.type, fields: m, seatId: seat.id });
    this.result(row, 'create-membership', staged.person !== null, null, { ...values, allocationBp, seat: seat.label });
  }

  private chooseSeat(group: GroupCandidate, person: KnownPerson, fields: PersonFields, m: MembershipFields) {
    if (group.ref.kind !== 'existing') {
      if (m.seat !== null) reject('unknownSeat', { value: m.seat });
      return { id: null, label: null };
    }
    const known = person.ref.kind === 'existing' ? (this.regionOfPerson.get(person.ref.id) ?? fields.regionCode) : fields.regionCode;
    // A person without region: the installation's own place (a healthcare region seats its own people).
    const region = known ?? this.snapshot.owner;
    const choice = this.seats.choose(group.ref.id, m.role, region, m, m.seat);
    if (choice.kind === 'rejected') reject(choice.reason.code, choice.reason.params);
    return choice.kind === 'seat' ? { id: choice.seat.id, label: choice.label } : { id: null, label: null };
  }

  private existingMembership(person: Ref, group: Ref, fields: MembershipFields): ExistingMembership | null {
    if (person.kind !== 'existing' || group.kind !== 'existing') return null;
    const found = this.memberships.get(membershipKey(person.id, group.id, fields.role, fields.startDate)) ?? [];
    return found.find((m) => m.owner === this.snapshot.owner) ?? found[0] ?? null;
  }

  private planUpdate(row: Row, existing: ExistingMembership, fields: MembershipFields, identity: string, values: ImportRowValues): void {
    const changes = membershipChanges(existing, fields);
    const after = {
      ...values,
      allocationBp: changes.allocationBp ?? existing.allocationBp,
      endDate: changes.endDate ?? existing.endDate,
      seat: existing.seatLabel,
    };
    if (Object.keys(changes).length === 0) {
      this.seen.set(identity, row.row);
      return this.result(row, 'unchanged', false, null, after);
    }
    if (existing.owner !== this.snapshot.owner) reject('readOnlyAssignment', { owner: existing.owner });
    this.seen.set(identity, row.row);
    this.plan.updates.push({ row: row.row, membership: existing, changes });
    this.result(row, 'update-membership', false, describeChanges(existing, changes), after);
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

  private result(row: Row, kind: ImportRowKind, createsPerson: boolean, reason: ImportReason | null, values: ImportRowValues): void {
    this.plan.rows.push({ row: row.row, kind, name: row.name, group: row.group, createsPerson, reason, values });
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
