import { first, qb, run, transaction, type Connection } from '../db/data';

/** One saved answer of a national view (migration 0013). */
export type SavedAnswer = { key: string; sequence: number; appVersion: string; body: string };

export function readSavedAnswer(conn: Connection, key: string): SavedAnswer | undefined {
  const row = first(conn, qb.selectFrom('saved_answers').selectAll().where('key', '=', key));
  return row && { key: row.key, sequence: row.sequence, appVersion: row.app_version, body: row.body };
}

/** Replaces every saved answer with `answers`, in one transaction. */
export function replaceSavedAnswers(conn: Connection, answers: readonly SavedAnswer[], savedAt: string): void {
  transaction(conn, () => {
    run(conn, qb.deleteFrom('saved_answers'));
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
