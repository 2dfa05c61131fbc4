/**
 * An in-memory mirror of the register's big tables (live memberships joined with their person and
 * group, live persons, live groups) for the views that read all of them at national scale: the
 * capacity grid and the cost report (issue #8). Reading 50 000 memberships from SQLite takes longer
 * than those views may take, so the read model (read-model/index.ts) keeps a mirror and, on every use,
 * catches up with what changed since: nothing when the change log's sequence (migration 0011) has not
 * moved; else the rows the log names (inserted, updated or deleted); a full reload when the log has a
 * gap (pruned) or more changes than a reload costs. The database stays the source of truth: the mirror
 * is never written to, only re-read, and every read runs in one read transaction.
 */
import { readTransaction, type Connection } from '../db/data';
import { comparePersonsByName } from '../domain/capacity/grid';
import { membershipSpan } from '../domain/capacity/load';
import { SortedList } from '../lib/sorted-list';
import {
  MirrorReader,
  type ChangeEntry,
  type MembershipRow,
  type MirrorEntity,
  type MirrorGroup,
  type MirrorPerson,
} from '../repositories/register-mirror-rows';

import { addTo, comparePlanOrder, removeFrom, type MirrorMembership } from './register-mirror-index';

export type { MirrorGroup, MirrorPerson } from '../repositories/register-mirror-rows';
export { comparePlanOrder, compareText, type MirrorMembership } from './register-mirror-index';

/** More changed records than this: a full reload is cheaper than catching up one by one. */
const RELOAD_ABOVE = 20_000;
/** The persons changed by the last refreshes that are remembered for `changedPersonsSince`. */
const REMEMBERED_PERSON_CHANGES = 50_000;
const NO_REGION = '';
/** Memberships read per step of a full load (about 10–20 ms each here). */
const LOAD_CHUNK = 2_000;

export class RegisterMirror {
  readonly persons = new Map<string, MirrorPerson>();
  readonly groups = new Map<string, MirrorGroup>();
  /** Live memberships of live persons in live groups, by id. */
  readonly memberships = new Map<string, MirrorMembership>();
  organisationNames = new Map<string, string>();
  private readonly rows = new Map<string, MembershipRow>();
  private readonly byPerson = new Map<string, string[]>();
  private readonly byGroup = new Map<string, string[]>();
  private readonly joinedByPerson = new Map<string, MirrorMembership[]>();
  private readonly planOrder = new SortedList<MirrorMembership>(comparePlanOrder);
  private readonly nameOrder = new SortedList<MirrorPerson>(comparePersonsByName);
  private readonly reader: MirrorReader;
  private readonly byRegion = new Map<string, SortedList<MirrorMembership>>();
  private readonly regionGenerations = new Map<string, number>();
  private personChanges: { generation: number; personId: string }[] = [];
  private loadedAt = 0;
  /** Changes of generations up to this one were dropped from `personChanges`. */
  private forgottenUpTo = 0;
  /** Grows with every refresh that found a change; a full reload forgets the changed persons before it. */
  generation = 0;
  /** Grows when an organisation's name changed (the grid shows them). */
  organisationsGeneration = 0;
  /** Nothing loaded yet. */
  private empty = true;
  /** A full load in steps under way (the warm-up). */
  private pending: Generator<void, void, void> | null = null;
  /** During a full load the per-region lists collect unsorted (each sorts once, when first read). */
  private loading = false;
  /** The change log's sequence number up to which the mirror has caught up. */
  private lastSeq = 0;

  constructor(private readonly conn: Connection) {
    this.reader = new MirrorReader(conn);
  }

  /** The change log's last sequence number (grows with every write to a followed table). */
  sequence(): number {
    return this.reader.lastSequence();
  }

  /** Whether a full load has finished (a refresh then only catches up). */
  loaded(): boolean {
    return !this.empty && this.pending === null;
  }

  /** The change log's sequence the mirror has caught up to (its last refresh). */
  caughtUpTo(): number {
    return this.lastSeq;
  }

  /** Memberships in the cost plan's order. */
  inPlanOrder(): readonly MirrorMembership[] {
    return this.planOrder.all();
  }

  /** Live persons by name (Swedish collation), then id. */
  personsByName(): readonly MirrorPerson[] {
    return this.nameOrder.all();
  }

  /** The memberships of persons of the region (all years) in the cost plan's order; '' for persons without one. */
  regionMemberships(regionCode: string): readonly MirrorMembership[] {
    return this.byRegion.get(regionCode)?.all() ?? [];
  }

  /** The region codes of persons with memberships ('' for persons without one). */
  regionCodes(): string[] {
    return [...this.byRegion.keys()];
  }

  /** Grows whenever a membership of a person of the region is added, changed or removed. */
  regionGeneration(regionCode: string): number {
    return this.regionGenerations.get(regionCode) ?? 0;
  }

  /** Persons whose memberships (or the person) changed after `generation`; null when that is not known (reloaded since). */
  changedPersonsSince(generation: number): Set<string> | null {
    if (generation < this.loadedAt || generation < this.forgottenUpTo) return null;
    const result = new Set<string>();
    for (let i = this.personChanges.length - 1; i >= 0 && this.personChanges[i]!.generation > generation; i--)
      result.add(this.personChanges[i]!.personId);
    return result;
  }

  /** The person's memberships in the mirror (live, with a live group); do not change the list. */
  membershipsOf(personId: string): readonly MirrorMembership[] {
    return this.joinedByPerson.get(personId) ?? [];
  }

  /** Brings the mirror up to date with the database (see the file comment). */
  refresh(): this {
    this.finishPending();
    if (!this.empty && this.reader.lastSequence() === this.lastSeq) return this;
    this.generation += 1;
    readTransaction(this.conn, () => {
      if (this.empty || !this.catchUp()) this.load();
    });
    this.empty = false;
    if (this.personChanges.length > REMEMBERED_PERSON_CHANGES) {
      const dropped = this.personChanges.length - REMEMBERED_PERSON_CHANGES;
      this.forgottenUpTo = this.personChanges[dropped - 1]!.generation;
      this.personChanges = this.personChanges.slice(dropped);
    }
    return this;
  }

  /** A full load at once (inside refresh's read transaction). */
  private load(): void {
    for (const step of this.loadSteps()) void step;
  }

  /**
   * A full load in steps: the persons `LOAD_CHUNK` rows at a time, groups and organisations, then the
   * memberships `LOAD_CHUNK` rows at a time. Between steps others may write: the log shows it after the sequence number read first, and
   * the next refresh catches it up, so the steps need no common transaction.
   */
  private *loadSteps(): Generator<void, void, void> {
    for (const map of [
      this.persons,
      this.groups,
      this.memberships,
      this.rows,
      this.byPerson,
      this.byGroup,
      this.byRegion,
      this.joinedByPerson,
    ])
      map.clear();
    this.loadedAt = this.generation;
    this.personChanges = [];
    this.lastSeq = this.reader.lastSequence();
    // the persons in chunks too (tens of thousands nationally): a call arriving right after the start waits for one chunk at most
    for (let after = 0; ;) {
      yield;
      const chunk = this.reader.liveChunk<MirrorPerson>('persons', after, LOAD_CHUNK);
      for (const { rowid, row } of chunk) {
        after = rowid;
        this.persons.set(row.id, row);
      }
      if (chunk.length < LOAD_CHUNK) break;
    }
    for (const g of this.reader.live<MirrorGroup>('groups')) this.groups.set(g.id, g);
    this.setOrganisations();
    const joined: MirrorMembership[] = [];
    this.loading = true;
    for (let after = 0; ;) {
      yield;
      const chunk = this.reader.liveChunk<MembershipRow>('memberships', after, LOAD_CHUNK);
      for (const { rowid, row } of chunk) {
        after = rowid;
        this.indexRow(row);
        const m = this.join(row);
        if (m) joined.push(m);
      }
      if (chunk.length < LOAD_CHUNK) break;
    }
    this.loading = false;
    this.planOrder.reset(joined);
    this.nameOrder.reset([...this.persons.values()]);
    for (const code of this.byRegion.keys()) this.regionGenerations.set(code, this.generation);
  }

  /**
   * The warm-up (services/warm-up.ts): a full load and then its orders, one short step per call of
   * `next()`, so the event loop answers requests in between. A refresh before the end finishes it at once.
   */
  *warmUpSteps(): Generator<void, void, void> {
    if (this.empty && this.pending === null) {
      this.generation += 1;
      this.pending = this.loadSteps();
      for (;;) {
        const pending = this.pending as Generator<void, void, void> | null;
        if (pending === null) return; // a refresh finished it
        if (pending.next().done) break;
        yield;
      }
      this.empty = false;
      this.pending = null;
    }
    // the orders the capacity grid and the year report read first (the whole plan order waits for its first reader)
    yield void this.personsByName();
    for (const code of this.regionCodes()) yield void this.regionMemberships(code);
  }

  private finishPending(): void {
    if (this.pending === null) return;
    const steps = this.pending;
    for (let step = steps.next(); !step.done; step = steps.next()) void step;
    this.empty = false;
    this.pending = null;
  }

  private setOrganisations(): void {
    const names = this.reader.organisationNames();
    const same = names.size === this.organisationNames.size && [...names].every(([id, name]) => this.organisationNames.get(id) === name);
    if (!same) this.organisationsGeneration += 1;
    this.organisationNames = names;
  }

  /** Applies the changes since the last refresh; false when a full reload is needed instead. */
  private catchUp(): boolean {
    const last = this.reader.lastSequence();
    if (last < this.lastSeq) return false;
    const entries = this.reader.changesAfter(this.lastSeq, RELOAD_ABOVE);
    if (entries.length > RELOAD_ABOVE) return false;
    if (last > this.lastSeq && entries[0]?.seq !== this.lastSeq + 1) return false;
    const changed = changedIds(entries);
    // persons and groups first: a membership joins the person and group as they are now
    for (const entity of ['persons', 'groups', 'memberships'] as const)
      for (const id of changed[entity]) this.upsert(entity, id, this.reader.byId(entity, id));
    this.lastSeq = last;
    this.setOrganisations();
    return true;
  }

  private upsert(entity: MirrorEntity, id: string, row: unknown): void {
    if (entity === 'persons') return this.upsertPerson(id, row as MirrorPerson | null);
    if (entity === 'groups') return this.upsertGroup(id, row as MirrorGroup | null);
    return this.upsertMembership(id, row as MembershipRow | null);
  }

  private upsertPerson(id: string, person: MirrorPerson | null): void {
    const old = this.persons.get(id);
    if (old) this.nameOrder.remove(old);
    if (person) {
      this.persons.set(id, person);
      this.nameOrder.add(person);
    } else this.persons.delete(id);
    this.personChanges.push({ generation: this.generation, personId: id });
    for (const membershipId of [...(this.byPerson.get(id) ?? [])]) this.rejoin(membershipId);
  }

  private upsertGroup(id: string, group: MirrorGroup | null): void {
    if (group) this.groups.set(id, group);
    else this.groups.delete(id);
    for (const membershipId of [...(this.byGroup.get(id) ?? [])]) this.rejoin(membershipId);
  }

  private upsertMembership(id: string, row: MembershipRow | null): void {
    const old = this.rows.get(id);
    if (old) {
      removeFrom(this.byPerson, old.personId, id);
      removeFrom(this.byGroup, old.groupId, id);
      this.rows.delete(id);
    }
    if (row) this.indexRow(row);
    this.rejoin(id);
  }

  private indexRow(row: MembershipRow): void {
    this.rows.set(row.id, row);
    addTo(this.byPerson, row.personId, row.id);
    addTo(this.byGroup, row.groupId, row.id);
  }

  private join(row: MembershipRow): MirrorMembership | null {
    const person = this.persons.get(row.personId);
    const group = this.groups.get(row.groupId);
    if (!person || !group) return null;
    // A literal with every field (not a spread): V8 gives objects built by spreading a slow dictionary layout.
    const m: MirrorMembership = {
      id: row.id,
      personId: row.personId,
      groupId: row.groupId,
      role: row.role,
      status: row.status,
      startDate: row.startDate,
      endDate: row.endDate,
      allocationBp: row.allocationBp,
      personName: person.name,
      personRegionCode: person.regionCode,
      profession: person.profession,
      groupName: group.name,
      groupType: group.type,
      groupRegionCode: group.regionCode,
      span: membershipSpan(row),
    };
    this.memberships.set(row.id, m);
    // the joined record carries every field of the row: keep it as the row too (one object per membership)
    this.rows.set(row.id, m);
    addTo(this.joinedByPerson, m.personId, m);
    const region = m.personRegionCode ?? NO_REGION;
    let list = this.byRegion.get(region);
    if (!list) {
      this.byRegion.set(region, (list = new SortedList<MirrorMembership>(comparePlanOrder)));
      if (this.loading) list.reset([]);
    }
    list.add(m);
    return m;
  }

  private touched(m: MirrorMembership): void {
    this.regionGenerations.set(m.personRegionCode ?? NO_REGION, this.generation);
    this.personChanges.push({ generation: this.generation, personId: m.personId });
  }

  private rejoin(id: string): void {
    const old = this.memberships.get(id);
    if (old) {
      this.planOrder.remove(old);
      this.memberships.delete(id);
      removeFrom(this.joinedByPerson, old.personId, old);
      this.byRegion.get(old.personRegionCode ?? NO_REGION)?.remove(old);
      this.touched(old);
    }
    const row = this.rows.get(id);
    const m = row ? this.join(row) : null;
    if (m) {
      this.planOrder.add(m);
      this.touched(m);
    }
  }
}

/** The ids of the mirrored tables the log names (each once, in the order first named). */
function changedIds(entries: readonly ChangeEntry[]): Record<MirrorEntity, Set<string>> {
  const ids: Record<MirrorEntity, Set<string>> = { persons: new Set(), groups: new Set(), memberships: new Set() };
  for (const e of entries) if (e.entity === 'persons' || e.entity === 'groups' || e.entity === 'memberships') ids[e.entity].add(e.recordId);
  return ids;
}
