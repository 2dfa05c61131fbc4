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
import { readSavedAnswer, replaceSavedAnswers, type SavedAnswer } from '../repositories/saved-answers';

/** At most this many answers are kept for saving (the views a person looked at last). */
const KEEP = 12;

type Latest = { sequence: number; value: unknown };

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
  private readonly consulted = new Set<string>();
  private readonly latest = new Map<string, Latest>();

  constructor(
    private readonly conn: Connection,
    private readonly appVersion: string,
    private readonly sequence: () => number,
  ) {}

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
    if (this.consulted.has(key)) return null;
    this.consulted.add(key);
    // the body (hundreds of kB nationally) is read only when it is current
    const row = readSavedAnswer(this.conn, key, { sequence, appVersion: this.appVersion });
    if (!row || row.sequence !== sequence || row.appVersion !== this.appVersion) return null;
    let value: T | null;
    try {
      value = parse(JSON.parse(row.body));
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
