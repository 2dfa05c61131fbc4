import { all, first, qb, run, transaction, type Connection } from '../db/data';

/** One saved answer of a national view (migration 0013). */
export type SavedAnswer = { key: string; sequence: number; appVersion: string; body: string };

/** The saved answer of `key`; with `current`, only when saved at that sequence by that app version (else its body is not read). */
export function readSavedAnswer(
  conn: Connection,
  key: string,
  current?: { sequence: number; appVersion: string },
): SavedAnswer | undefined {
  const query = qb.selectFrom('saved_answers').selectAll().where('key', '=', key);
  const row = first(conn, current ? query.where('sequence', '=', current.sequence).where('app_version', '=', current.appVersion) : query);
  return row && { key: row.key, sequence: row.sequence, appVersion: row.app_version, body: row.body };
}

/** Rows that let a view catch up through the change log (read-model/grid-seeds.ts, year-seeds.ts), by key prefix. */
export const CATCH_UP_PREFIXES = ['grid rows ', 'year parts '] as const;
/** Catch-up rows kept for questions not asked since (the newest). */
const CATCH_UP_KEPT = 6;

const isCatchUp = (key: string) => CATCH_UP_PREFIXES.some((p) => key.startsWith(p));

/**
 * Saves `answers` in one transaction: every other final answer is replaced (it is no longer current);
 * the catch-up rows of questions not saved now are kept (still valid at their sequence), the newest few.
 */
export function replaceSavedAnswers(conn: Connection, answers: readonly SavedAnswer[], savedAt: string): void {
  transaction(conn, () => {
    const saved = new Set(answers.map((a) => a.key));
    const old = all(conn, qb.selectFrom('saved_answers').select(['key', 'saved_at']).orderBy('saved_at', 'desc').orderBy('key'));
    const kept = old.filter((r) => isCatchUp(r.key) && !saved.has(r.key)).slice(0, CATCH_UP_KEPT);
    const keep = new Set(kept.map((r) => r.key));
    for (const r of old) if (!keep.has(r.key)) run(conn, qb.deleteFrom('saved_answers').where('key', '=', r.key));
    for (const a of answers) {
      run(
        conn,
        qb
          .insertInto('saved_answers')
          .values({ key: a.key, sequence: a.sequence, app_version: a.appVersion, body: a.body, saved_at: savedAt }),
      );
    }
  });
}

/** Forgets every saved answer (an erasure: a saved grid names persons). */
export function clearSavedAnswers(conn: Connection): void {
  run(conn, qb.deleteFrom('saved_answers'));
}
