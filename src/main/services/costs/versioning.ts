import { DomainError } from '@shared/contract/errors';
import { assertWritable } from '../../repositories/records';

type VersionedRow = { owner: string; version: number; deleted_at: string | null };

/**
 * For "set" channels that create or change the one row of a natural key (owner + year, …): a live row
 * may be changed only by its owner from the version the user saw (null = the user thought it new);
 * a removed row (tombstone) is brought back by any new value.
 */
export function assertSettable(row: VersionedRow, what: string, owner: string, expectedVersion: number | null): void {
  if (row.deleted_at !== null) return;
  if (expectedVersion === null && row.owner === owner) {
    throw new DomainError('CONFLICT', `${what} already exists (version ${row.version}); reload and edit it`);
  }
  assertWritable(row, what, owner, expectedVersion ?? 0);
}
