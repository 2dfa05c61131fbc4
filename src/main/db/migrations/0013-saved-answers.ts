import type { Migration } from './types';

/**
 * The last answers of the national views (capacity grid, year cost report), saved when the backend
 * shuts down, so the first such view after the next start can answer from the file instead of reading
 * the whole register (src/main/read-model/saved-answers.ts). An answer is used only while the change
 * log's sequence, the app version and the day are the ones it was computed for; otherwise it is
 * computed again. Derived data: no change-log trigger (saving must not look like a change), never in a
 * package, cleared by an erasure (a grid names persons).
 */
export const savedAnswers: Migration = {
  version: 13,
  name: 'saved-answers',
  statements: [
    `CREATE TABLE saved_answers (
      key TEXT PRIMARY KEY,
      sequence INTEGER NOT NULL,
      app_version TEXT NOT NULL,
      body TEXT NOT NULL,
      saved_at TEXT NOT NULL) STRICT`,
  ],
};
