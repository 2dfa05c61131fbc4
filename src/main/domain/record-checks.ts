/**
 * The owner and version rules of travelling records, in one place: the record writer (every local
 * write), assertWritable (the services not yet on the writer) and package import use them.
 */
import { DomainError, type ErrorDetail } from '@shared/contract/errors';

export type StampedRow = { owner: string; version: number; deleted_at: string | null };

/** A record's owner as seen from a writer: the local one or the sender of a package. */
export function foreignOwner(row: { owner?: unknown } | undefined, writer: string): string | null {
  return row !== undefined && row.owner !== writer ? String(row.owner) : null;
}

/** What a refused write says: the code, a readable line and the key and parameters the renderer words. */
export type Refusal = { code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT'; message: string; detail: ErrorDetail };

export type Subject = {
  /** The table (for the renderer's wording), never shown as such. */
  entity: string;
  id: string;
  /** The readable noun of the message ("Personen"). */
  label: string;
};

/**
 * Why `row` may not be written by `owner` from the version the user saw, or null: it must exist (not
 * a tombstone), belong to `owner`, and, when `expectedVersion` is given, still be at that version.
 */
export function writeRefusal(row: StampedRow | undefined, subject: Subject, owner: string, expectedVersion?: number): Refusal | null {
  const { entity, id, label } = subject;
  if (!row || row.deleted_at !== null) {
    return { code: 'NOT_FOUND', message: `${label} finns inte`, detail: { key: 'record.notFound', params: { entity, id } } };
  }
  const other = foreignOwner(row, owner);
  if (other !== null) {
    return {
      code: 'FORBIDDEN',
      message: `${label} tillhör ${other} och kan bara läsas här`,
      detail: { key: 'record.readOnly', params: { entity, id, owner: other } },
    };
  }
  if (expectedVersion !== undefined && row.version !== expectedVersion) {
    return {
      code: 'CONFLICT',
      message: `${label} har ändrats av någon annan (version ${row.version}, du hade ${expectedVersion}); läs in den igen och försök på nytt`,
      detail: { key: 'record.stale', params: { entity, id, owner, version: row.version, expected: expectedVersion } },
    };
  }
  return null;
}

/** Throws the typed error of writeRefusal, if any. */
export function assertWriteAllowed(
  row: StampedRow | undefined,
  subject: Subject,
  owner: string,
  expectedVersion?: number,
): asserts row is StampedRow {
  const refusal = writeRefusal(row, subject, owner, expectedVersion);
  if (refusal) throw new DomainError(refusal.code, refusal.message, refusal.detail);
}
