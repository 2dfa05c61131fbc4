import type { Migration } from './types';

/**
 * The user's decisions on rule warnings, e.g. "these two persons are not the same person". Local to
 * the installation (no sync columns): a decision here does not travel to other regions.
 */
export const ruleDismissals: Migration = {
  version: 2,
  name: 'rule-dismissals',
  statements: [
    `CREATE TABLE rule_dismissals (
      rule TEXT NOT NULL,
      key TEXT NOT NULL,
      dismissed_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      PRIMARY KEY (rule, key)) STRICT`,
  ],
};
