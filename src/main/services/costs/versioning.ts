import { refusal } from '@shared/contract/errors';
import type { ChangeTarget } from '../../repositories/record-writer';

type VersionedRow = { id: string; owner: string; version: number; deleted_at: string | null };

/**
 * For "set" channels that create or change the one row of a natural key (owner + year, …): a live row
 * may be changed only by its owner from the version the user saw (null = the user thought it new);
 * a removed row (tombstone) is brought back by any new value. Returns the record writer's target;
 * the writer checks owner and version.
 */
export function settableTarget(row: VersionedRow, what: string, owner: string, expectedVersion: number | null): ChangeTarget {
  if (row.deleted_at !== null) return { id: row.id, revive: true };
  if (expectedVersion === null && row.owner === owner) {
    throw refusal('CONFLICT', 'record.exists', { entity: what, version: row.version });
  }
  return { id: row.id, expectedVersion: expectedVersion ?? 0 };
}
