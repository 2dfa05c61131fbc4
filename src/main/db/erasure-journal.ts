/**
 * The erasure journal: every person erasure this installation made or received, one JSON line each,
 * in a file next to the database (`samplan.db.erasures.jsonl`). It lives outside the database file so
 * that restoring a backup taken before an erasure, even when the live file is damaged or gone, can
 * make the erasure again (backup-service). A line holds only the person's id, the owner, the time
 * and the legal basis: no personal data. Appends are flushed; a torn last line is ignored.
 */
import fs from 'node:fs';
import path from 'node:path';

export type JournalEntry = { id: string; owner: string; erasedAt: string; legalBasis: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function erasureJournalPath(dbPath: string): string {
  return path.join(path.dirname(dbPath), `${path.basename(dbPath)}.erasures.jsonl`);
}

function entryOf(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as Partial<Record<keyof JournalEntry, unknown>>;
    const { id, owner, erasedAt, legalBasis } = value;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    if (typeof owner !== 'string' || typeof erasedAt !== 'string' || typeof legalBasis !== 'string') return null;
    return { id, owner, erasedAt, legalBasis };
  } catch {
    return null;
  }
}

/** The journal's entries, the first line per person; none when there is no journal yet. */
export function readErasureJournal(dbPath: string): JournalEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(erasureJournalPath(dbPath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const seen = new Map<string, JournalEntry>();
  for (const line of text.split('\n')) {
    const entry = line.trim() === '' ? null : entryOf(line);
    if (entry && !seen.has(entry.id)) seen.set(entry.id, entry);
  }
  return [...seen.values()];
}

/** Adds the entries the journal does not hold yet and flushes the file to disk. Returns how many were added. */
export function appendErasureJournal(dbPath: string, entries: readonly JournalEntry[]): number {
  const known = new Set(readErasureJournal(dbPath).map((e) => e.id));
  const added = entries.filter((e) => !known.has(e.id) && known.add(e.id));
  if (added.length === 0) return 0;
  const file = erasureJournalPath(dbPath);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  // A torn last line (a crash mid-append) is closed first, so the next entry starts on its own line.
  const lead = existing === '' || existing.endsWith('\n') ? '' : '\n';
  const text =
    lead + added.map((e) => JSON.stringify({ id: e.id, owner: e.owner, erasedAt: e.erasedAt, legalBasis: e.legalBasis })).join('\n');
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${text}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return added.length;
}
