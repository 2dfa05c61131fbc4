/**
 * The capacity grid of one question, kept up to date instead of recomputed (issue #8: p95 ≤ 50 ms
 * after a change at national scale). The first call ranks every selected person from the register
 * mirror; later calls with the same question re-rank only the persons whose memberships changed since
 * (`RegisterMirror.changedPersonsSince`) and recompute the totals. Anything else — another question,
 * other settings or region names, renamed organisations, a mirror reloaded from scratch — ranks anew.
 */
import { comparePersonsByName, finishRanking, rankPersons, type Ranked, type RankedGrid } from '../domain/capacity/grid';
import { SortedList } from '../lib/sorted-list';
import { capacityMemberships, gridPerson, type GridFilter } from '../repositories/planning-queries';
import type { RegisterMirror } from './register-mirror';

type RankOptions = Parameters<typeof rankPersons>[1];

type LiveGrid = {
  key: string;
  generation: number;
  organisationsGeneration: number;
  byPerson: Map<string, Ranked>;
  byName: SortedList<Ranked>;
  grid: RankedGrid;
  /** What the question selects and ranks by (to bring it up to date when it is saved at shutdown). */
  filter: GridFilter;
  options: RankOptions;
};

/** The last few questions (the planner switches between a few filters). */
const REMEMBERED_QUESTIONS = 4;

const compareRows = (a: Ranked, b: Ranked) => comparePersonsByName(a.load.person, b.load.person);

function rankAll(mirror: RegisterMirror, key: string, filter: GridFilter, options: RankOptions): LiveGrid {
  return fromRows(mirror, key, filter, options, rankPersons(capacityMemberships(mirror, filter), options));
}

/** A live grid of rows ranked in name order as the mirror is now. */
function fromRows(mirror: RegisterMirror, key: string, filter: GridFilter, options: RankOptions, rows: Ranked[]): LiveGrid {
  const byName = new SortedList<Ranked>(compareRows);
  byName.resetSorted(rows);
  return {
    key,
    generation: mirror.generation,
    organisationsGeneration: mirror.organisationsGeneration,
    byPerson: new Map(rows.map((r) => [r.load.person.id, r])),
    byName,
    grid: finishRanking(rows, options),
    filter,
    options,
  };
}

function rerank(live: LiveGrid, mirror: RegisterMirror, changed: ReadonlySet<string>, filter: GridFilter, options: RankOptions): void {
  const regions = filter.regionCodes ? new Set(filter.regionCodes) : null;
  for (const personId of changed) {
    const old = live.byPerson.get(personId);
    if (old) {
      live.byName.remove(old);
      live.byPerson.delete(personId);
    }
    const selected = gridPerson(mirror, personId, filter, regions);
    if (!selected) continue;
    const [row] = rankPersons([selected], options);
    if (!row) continue;
    live.byName.add(row);
    live.byPerson.set(personId, row);
  }
  live.grid = finishRanking(live.byName.all(), options);
  live.generation = mirror.generation;
}

/** The grids of the last few questions, held by the read model. */
export class LiveGrids {
  private remembered: LiveGrid[] = [];

  /** `key` names the whole question (filters, window, settings, region names); the grid of every selected person. */
  ranked(mirror: RegisterMirror, key: string, filter: GridFilter, options: RankOptions): RankedGrid {
    const live = this.remembered.find((g) => g.key === key);
    const rest = this.remembered.filter((g) => g !== live);
    const current =
      live && live.organisationsGeneration === mirror.organisationsGeneration ? upToDate(live, mirror, filter, options) : null;
    const result = current ?? rankAll(mirror, key, filter, options);
    this.remembered = [result, ...rest].slice(0, REMEMBERED_QUESTIONS);
    return result.grid;
  }

  has(key: string): boolean {
    return this.remembered.some((g) => g.key === key);
  }

  /** Takes over rows ranked elsewhere (saved at the last shutdown) that are what the mirror holds now. */
  adopt(mirror: RegisterMirror, key: string, filter: GridFilter, options: RankOptions, rows: readonly Ranked[]): void {
    const live = fromRows(mirror, key, filter, options, [...rows]);
    this.remembered = [live, ...this.remembered.filter((g) => g.key !== key)].slice(0, REMEMBERED_QUESTIONS);
  }

  /** Each remembered question's rows in name order, brought up to date with the mirror (those that can be). */
  current(mirror: RegisterMirror): { key: string; filter: GridFilter; rows: readonly Ranked[] }[] {
    const result: { key: string; filter: GridFilter; rows: readonly Ranked[] }[] = [];
    for (const live of this.remembered) {
      if (live.organisationsGeneration !== mirror.organisationsGeneration) continue;
      if (upToDate(live, mirror, live.filter, live.options) === null) continue;
      result.push({ key: live.key, filter: live.filter, rows: live.byName.all() });
    }
    return result;
  }

  clear(): void {
    this.remembered = [];
  }
}

/** The remembered grid brought up to date, or null when it cannot be (ranked anew). */
function upToDate(live: LiveGrid, mirror: RegisterMirror, filter: GridFilter, options: RankOptions): LiveGrid | null {
  if (live.generation === mirror.generation) return live;
  const changed = mirror.changedPersonsSince(live.generation);
  if (changed === null) return null;
  rerank(live, mirror, changed, filter, options);
  return live;
}
