import type { Migration } from './types';

/**
 * Indexes for the national scale (issue #8). The vacancy view reads only the memberships that hold a
 * seat in a national group — a few hundred of 120 000 — in start-date order; this partial index
 * serves exactly that read (without it SQLite walks the whole period index).
 */
export const scaleIndexes: Migration = {
  version: 8,
  name: 'scale-indexes',
  statements: [`CREATE INDEX memberships_seated ON memberships(start_date) WHERE seat_id IS NOT NULL`],
};
