/**
 * What this session may undo: the audit entries it appended, grouped into steps, one step per
 * committed transaction (one user action, e.g. the successor pair "end the holder, create the new
 * assignment"). Kept in memory per database handle, so per backend session, and only what committed:
 * entries of a rolled-back transaction or savepoint never reach it (Connection.afterCommit).
 */
import type { Database as Sqlite } from 'better-sqlite3';
import type { Connection } from '../db/data';

/** One user action: the audit seqs it appended, oldest first. */
export type UndoStep = { readonly seqs: readonly number[] };

/** Enough for a working day; older steps fall off the bottom. */
const STEPS_KEPT = 200;

type Journal = { steps: { tx: number; seqs: number[] }[]; quiet: number };
const journals = new WeakMap<Sqlite, Journal>();
/** A write outside any transaction is a step of its own; these numbers never meet a transaction's. */
let looseWrites = 0;

function journalOf(conn: Connection): Journal {
  let journal = journals.get(conn.sqlite);
  if (!journal) {
    journal = { steps: [], quiet: 0 };
    journals.set(conn.sqlite, journal);
  }
  return journal;
}

/** Notes an audit entry just appended on `conn`; it joins the step of its transaction once that commits. */
export function noteAuditEntry(conn: Connection, seq: number): void {
  const journal = journalOf(conn);
  if (journal.quiet > 0) return;
  const tx = conn.openTransaction ?? --looseWrites;
  conn.afterCommit(() => {
    const top = journal.steps.at(-1);
    if (top !== undefined && top.tx === tx) top.seqs.push(seq);
    else journal.steps.push({ tx, seqs: [seq] });
    if (journal.steps.length > STEPS_KEPT) journal.steps.shift();
  });
}

/** The step an undo would take back, or null when this session has none left. */
export function lastStep(conn: Connection): UndoStep | null {
  const top = journalOf(conn).steps.at(-1);
  return top === undefined ? null : { seqs: [...top.seqs] };
}

/** Forgets the last step (it was undone). */
export function dropLastStep(conn: Connection): void {
  journalOf(conn).steps.pop();
}

/** Runs `work` without journaling what it writes: an undo is not itself a step to undo. */
export function unjournaled<T>(conn: Connection, work: () => T): T {
  const journal = journalOf(conn);
  journal.quiet += 1;
  try {
    return work();
  } finally {
    journal.quiet -= 1;
  }
}
