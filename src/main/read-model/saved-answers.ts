/**
 * The national views' answers across a restart. The first capacity grid or year cost report after
 * opening would read the whole register into the mirror (about a second nationally); when nothing
 * changed since the backend last shut down, the answer saved then (repositories/saved-answers.ts) is
 * the same answer, so it is used instead while the mirror warms up behind it. "Nothing changed" is the
 * change log's sequence, the app version (the code that computed it) and the day (answers may depend
 * on today) — the same rule as the in-memory answers (remembered.ts). Each key consults the file once
 * per start; a saved answer that no longer parses is ignored. Answers are saved at shutdown; an
 * erasure deletes them (repositories/person-erasures.ts).
 */
import type { Connection } from '../db/data';
import type { ChangeEntry, MirrorReader } from '../repositories/register-mirror-rows';
import { readSavedAnswer, replaceSavedAnswers, type SavedAnswer } from '../repositories/saved-answers';

/** At most this many answers are kept for saving (the views a person looked at last). */
const KEEP = 12;

type Latest = { sequence: number; value: unknown };

/** More log entries than this since a saved grid's rows or year's parts (grid-seeds.ts, year-seeds.ts): a full read is the honest cost. */
export const CATCH_UP_AT_MOST = 2_000;

/**
 * What was saved in the file at the last shutdown, each key consulted at most once per start: its
 * sequence and parsed body if this app version saved it and it still parses, else null.
 */
export class SavedFile {
  private readonly consulted = new Set<string>();

  constructor(
    private readonly conn: Connection,
    private readonly appVersion: string,
  ) {}

  /** The saved text of `key` and its sequence; with `atSequence`, only when saved then (else its body is not even read). */
  onceText(key: string, atSequence?: number): { sequence: number; body: string } | null {
    if (this.consulted.has(key)) return null;
    this.consulted.add(key);
    const current = atSequence === undefined ? undefined : { sequence: atSequence, appVersion: this.appVersion };
    const row = readSavedAnswer(this.conn, key, current);
    return row && row.appVersion === this.appVersion ? { sequence: row.sequence, body: row.body } : null;
  }

  /** As `onceText`, the body parsed as JSON (null when it no longer parses). */
  once(key: string, atSequence?: number): { sequence: number; json: unknown } | null {
    const saved = this.onceText(key, atSequence);
    if (!saved) return null;
    try {
      return { sequence: saved.sequence, json: JSON.parse(saved.body) as unknown };
    } catch {
      return null;
    }
  }
}

/**
 * The change log's entries a saved part saved at `sequence` catches up through, the log being at `last`
 * now; null when it cannot see them all: the sequence went back (another file), a gap (the log was
 * pruned), or more than `CATCH_UP_AT_MOST`.
 */
export function entriesToCatchUp(reader: MirrorReader, sequence: number, last: number): readonly ChangeEntry[] | null {
  if (last < sequence) return null;
  if (last === sequence) return [];
  const entries = reader.changesAfter(sequence, CATCH_UP_AT_MOST);
  return entries.length > CATCH_UP_AT_MOST || entries[0]?.seq !== sequence + 1 ? null : entries;
}

export type SavedAnswerOptions<T> = {
  /** The question: channel and input (the day is added here). */
  key: string;
  /** Today (ISO date) as the service sees it. */
  day: string;
  /** The saved JSON as an answer, or null when it no longer is one (another shape). */
  parse: (json: unknown) => T | null;
  compute: () => Promise<T>;
};

export class SavedAnswers {
  private readonly latest = new Map<string, Latest>();
  private readonly file: SavedFile;

  constructor(
    private readonly conn: Connection,
    private readonly appVersion: string,
    private readonly sequence: () => number,
  ) {
    this.file = new SavedFile(conn, appVersion);
  }

  async answer<T>({ key, day, parse, compute }: SavedAnswerOptions<T>): Promise<T> {
    const fullKey = `${day} ${key}`;
    const sequence = this.sequence();
    const saved = this.fromFile(fullKey, sequence, parse);
    if (saved !== null) return saved;
    const value = await compute();
    // a write during the computation: the answer may already be old, so it is not kept
    if (this.sequence() === sequence) this.keep(fullKey, { sequence, value });
    return value;
  }

  /** Saves the answers that are still current, and `more` (shutdown); older saved answers are replaced. */
  save(savedAt: string, more: readonly SavedAnswer[] = []): void {
    const sequence = this.sequence();
    const current: SavedAnswer[] = [...this.latest]
      .filter(([, a]) => a.sequence === sequence)
      .map(([key, a]) => ({ key, sequence, appVersion: this.appVersion, body: JSON.stringify(a.value) }));
    current.push(...more);
    if (current.length > 0) replaceSavedAnswers(this.conn, current, savedAt);
  }

  private fromFile<T>(key: string, sequence: number, parse: (json: unknown) => T | null): T | null {
    // the body (hundreds of kB nationally) is read only when it was saved at this sequence
    const saved = this.file.once(key, sequence);
    if (!saved) return null;
    let value: T | null;
    try {
      value = parse(saved.json);
    } catch {
      value = null;
    }
    if (value !== null) this.keep(key, { sequence, value });
    return value;
  }

  private keep(key: string, answer: Latest): void {
    this.latest.delete(key);
    this.latest.set(key, answer);
    if (this.latest.size > KEEP) {
      const oldest = this.latest.keys().next().value;
      if (oldest !== undefined) this.latest.delete(oldest);
    }
  }
}
