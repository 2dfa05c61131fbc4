/**
 * The capacity grids' ranked rows across a restart, so the first grid after opening costs in proportion
 * to what changed since the last shutdown rather than a full read of the register (issue #13). At
 * shutdown each current grid's rows (every selected person, in name order) are saved with the change
 * log's sequence and, per row, the ids of the memberships it was ranked from. After a start, a question
 * with saved rows reads the log since that sequence, re-ranks only the persons it touches (a person, a
 * membership — its person then and now —, the memberships of a changed group, the persons of a changed
 * organisation) from scoped SQL, and answers while the register mirror warms up; the first call after
 * the mirror is ready hands the rows over to the live grid (live-grid.ts). A log gap (pruned), a sequence
 * that went back, or more than `CATCH_UP_AT_MOST` entries: no seed, the grid is ranked from the mirror.
 * The rows do not depend on today (the placeholder rows, which do, are added by the service). Seeds are
 * kept in the saved answers' table (repositories/saved-answers.ts), so an erasure deletes them too.
 */
import { readTransaction, type Connection } from '../db/data';
import { comparePersonsByName, rankPersons, type LoadMembership, type PersonMemberships, type Ranked } from '../domain/capacity/grid';
import { SortedList } from '../lib/sorted-list';
import { groupMembershipPersons, membershipPersons, organisationPersons } from '../repositories/grid-seeds';
import { loadWindowMemberships, type GridFilter } from '../repositories/planning-queries';
import { MirrorReader, type ChangeEntry } from '../repositories/register-mirror-rows';
import type { SavedAnswer } from '../repositories/saved-answers';
import { entriesToCatchUp, SavedFile } from './saved-answers';

type RankOptions = Parameters<typeof rankPersons>[1];

/** A grid's rows as saved: `memberships[i]` are the ids of the memberships `rows[i]` was ranked from. */
type SeedBody = { rows: Ranked[]; memberships: string[][] };

type Seed = {
  sequence: number;
  byName: SortedList<Ranked>;
  byPerson: Map<string, { row: Ranked; memberships: string[] }>;
  /** Membership id → the person whose row it counts in. */
  memberOf: Map<string, string>;
};

/** A grid to save: its seed key, rows in name order, and the ids of a row's memberships. */
export type GridToSave = { seedKey: string; rows: readonly Ranked[]; membershipsOf: (personId: string) => string[] };

const compareRows = (a: Ranked, b: Ranked) => comparePersonsByName(a.load.person, b.load.person);

function seedOf(sequence: number, body: SeedBody): Seed {
  const seed: Seed = { sequence, byName: new SortedList(compareRows), byPerson: new Map(), memberOf: new Map() };
  seed.byName.resetSorted([...body.rows]);
  body.rows.forEach((row, i) => add(seed, row, body.memberships[i] ?? [], false));
  return seed;
}

function add(seed: Seed, row: Ranked, memberships: string[], sorted: boolean): void {
  if (sorted) seed.byName.add(row);
  seed.byPerson.set(row.load.person.id, { row, memberships });
  for (const id of memberships) seed.memberOf.set(id, row.load.person.id);
}

function parseBody(json: unknown): SeedBody | null {
  if (typeof json !== 'object' || json === null) return null;
  const { rows, memberships } = json as Partial<SeedBody>;
  return Array.isArray(rows) && Array.isArray(memberships) && rows.length === memberships.length ? { rows, memberships } : null;
}

export class GridSeeds {
  private readonly seeds = new Map<string, Seed>();
  private readonly reader: MirrorReader;
  private readonly file: SavedFile;

  constructor(
    private readonly conn: Connection,
    private readonly appVersion: string,
  ) {
    this.reader = new MirrorReader(conn);
    this.file = new SavedFile(conn, appVersion);
  }

  /** The saved rows of the question (name order) caught up with the database now, and that sequence; null: none. */
  caughtUp(seedKey: string, filter: GridFilter, options: RankOptions): { rows: readonly Ranked[]; sequence: number } | null {
    const seed = this.seeds.get(seedKey) ?? this.fromFile(seedKey);
    if (!seed) return null;
    if (!readTransaction(this.conn, () => this.catchUp(seed, filter, options))) {
      this.seeds.delete(seedKey);
      return null;
    }
    return { rows: seed.byName.all(), sequence: seed.sequence };
  }

  /** Forgets the question's rows (the live grid holds them now). */
  drop(seedKey: string): void {
    this.seeds.delete(seedKey);
  }

  /** The saved answers for `grids` (current at `sequence`) and the seeds still held that are current too. */
  toSave(grids: readonly GridToSave[], sequence: number): SavedAnswer[] {
    const saved = new Map<string, string>();
    for (const [key, seed] of this.seeds) {
      if (seed.sequence !== sequence) continue;
      const rows = seed.byName.all();
      saved.set(key, JSON.stringify({ rows, memberships: rows.map((r) => seed.byPerson.get(r.load.person.id)?.memberships ?? []) }));
    }
    for (const g of grids)
      saved.set(g.seedKey, JSON.stringify({ rows: g.rows, memberships: g.rows.map((r) => g.membershipsOf(r.load.person.id)) }));
    return [...saved].map(([key, body]) => ({ key, sequence, appVersion: this.appVersion, body }));
  }

  clear(): void {
    this.seeds.clear();
  }

  private fromFile(seedKey: string): Seed | null {
    const saved = this.file.once(seedKey);
    const body = saved && parseBody(saved.json);
    if (!saved || !body) return null;
    const seed = seedOf(saved.sequence, body);
    this.seeds.set(seedKey, seed);
    return seed;
  }

  /** Re-ranks the persons the log names since the seed's sequence; false when it cannot (gap, too many, went back). */
  private catchUp(seed: Seed, filter: GridFilter, options: RankOptions): boolean {
    const last = this.reader.lastSequence();
    const entries = entriesToCatchUp(this.reader, seed.sequence, last);
    if (entries === null) return false;
    if (entries.length === 0) return true;
    this.rerank(seed, this.touchedPersons(seed, entries), filter, options);
    seed.sequence = last;
    return true;
  }

  private touchedPersons(seed: Seed, entries: readonly ChangeEntry[]): Set<string> {
    const named = {
      persons: new Set<string>(),
      memberships: new Set<string>(),
      groups: new Set<string>(),
      organisations: new Set<string>(),
    };
    for (const e of entries) if (e.entity in named) named[e.entity as keyof typeof named].add(e.recordId);
    const touched = new Set(named.persons);
    const touch = (personId: string | undefined) => personId !== undefined && touched.add(personId);
    const now = membershipPersons(this.conn, [...named.memberships]);
    for (const id of named.memberships) {
      touch(seed.memberOf.get(id));
      touch(now.get(id));
    }
    for (const m of groupMembershipPersons(this.conn, [...named.groups])) {
      touch(seed.memberOf.get(m.id));
      touch(m.personId);
    }
    for (const personId of organisationPersons(this.conn, [...named.organisations])) touch(personId);
    return touched;
  }

  private rerank(seed: Seed, touched: ReadonlySet<string>, filter: GridFilter, options: RankOptions): void {
    if (touched.size === 0) return;
    for (const personId of touched) {
      const old = seed.byPerson.get(personId);
      if (!old) continue;
      seed.byName.remove(old.row);
      seed.byPerson.delete(personId);
      for (const id of old.memberships) if (seed.memberOf.get(id) === personId) seed.memberOf.delete(id);
    }
    const { persons, memberships } = loadWindowMemberships(this.conn, { ...filter, personIds: [...touched] });
    const byPerson = new Map<string, { memberships: LoadMembership[]; ids: string[] }>();
    for (const m of memberships) {
      const entry = byPerson.get(m.personId) ?? { memberships: [], ids: [] };
      entry.memberships.push(m);
      entry.ids.push(m.id);
      byPerson.set(m.personId, entry);
    }
    for (const [personId, entry] of byPerson) {
      const person = persons.get(personId);
      if (!person) continue;
      const selected: PersonMemberships = { person, memberships: entry.memberships };
      const [row] = rankPersons([selected], options);
      if (row) add(seed, row, entry.ids, true);
    }
  }
}
