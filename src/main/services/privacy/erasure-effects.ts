/**
 * What follows every erasure made or received, kept apart from the privacy service (which loads the
 * PDF writer) so the package import and its job worker stay light.
 */
import { appendErasureJournal, type JournalEntry } from '../../db/erasure-journal';
import type { ServiceContext } from '../../lib/context';
import { truncateWal } from '../../db/wal';
import { listErasureRows, type ErasureRow } from '../../repositories/person-erasures';
import { purgeSearchIndexes } from '../../repositories/register-search';

const journalEntry = (row: Pick<ErasureRow, 'id' | 'owner' | 'erased_at' | 'legal_basis'>): JournalEntry => ({
  id: row.id,
  owner: row.owner,
  erasedAt: row.erased_at,
  legalBasis: row.legal_basis,
});

/**
 * After erasures were made or received: every live marker is in the journal beside the database,
 * the search indexes forget the erased text, and the WAL is moved into the file and truncated.
 */
export function afterErasures(ctx: ServiceContext): void {
  journalErasures(ctx);
  purgeSearchIndexes(ctx.sqlite);
  truncateWal(ctx.conn);
}

/** Adds the database's erasure markers the journal lacks (markers are never removed from it). */
export function journalErasures(ctx: Pick<ServiceContext, 'conn' | 'dbPath'>): number {
  return appendErasureJournal(ctx.dbPath, listErasureRows(ctx.conn).map(journalEntry));
}

/** Journal entries as erasure rows to re-apply (who erased and from where is in the audit log, not the journal). */
export function erasuresOfJournal(entries: readonly JournalEntry[]): ErasureRow[] {
  return entries.map((e) => ({
    id: e.id,
    owner: e.owner,
    erased_at: e.erasedAt,
    legal_basis: e.legalBasis,
    erased_by: null,
    origin_owner: null,
  }));
}
