/**
 * What this session may undo: the audit entries it appended, grouped into steps, one step per
 * committed transaction (one user action, e.g. the successor pair "end the holder, create the new
 * assignment"). Kept in memory on the open connection (Connection.undo), so per backend session and
 * gone with the connection, and only what committed: entries of a rolled-back transaction or savepoint
 * never reach it (Connection.afterCommit).
 */
import type { Connection } from '../db/data';

/** One user action: the audit seqs it appended, oldest first. */
export type UndoStep = { readonly seqs: readonly number[] };

/** Enough for a working day; older steps fall off the bottom. */
const STEPS_KEPT = 200;

/** The steps of one connection; each Connection holds one (db/data.ts). */
export class UndoJournal {
  readonly steps: { tx: number; seqs: number[] }[] = [];
  /** Above zero while an undo writes (its writes are no step of their own). */
  quiet = 0;
  /**
   * Per record (`entity:id`) the version this session's last undo of it wrote, and the versions whose
   * state it brought back: an older step of this session that left one of those may still be undone.
   */
  readonly undoneTo = new Map<string, { version: number; standsFor: ReadonlySet<number> }>();
  /** A write outside any transaction is a step of its own; these numbers (negative) never meet a transaction's. */
  private looseWrites = 0;

  nextLooseWrite(): number {
    this.looseWrites -= 1;
    return this.looseWrites;
  }
}

/** Notes an audit entry just appended on `conn`; it joins the step of its transaction once that commits. */
export function noteAuditEntry(conn: Connection, seq: number): void {
  const journal = conn.undo;
  if (journal.quiet > 0) return;
  const tx = conn.openTransaction ?? journal.nextLooseWrite();
  conn.afterCommit(() => {
    const top = journal.steps.at(-1);
    if (top !== undefined && top.tx === tx) top.seqs.push(seq);
    else journal.steps.push({ tx, seqs: [seq] });
    if (journal.steps.length > STEPS_KEPT) journal.steps.shift();
  });
}

/** The step an undo would take back, or null when this session has none left. */
export function lastStep(conn: Connection): UndoStep | null {
  const top = conn.undo.steps.at(-1);
  return top === undefined ? null : { seqs: [...top.seqs] };
}

/** Forgets the last step (it was undone). */
export function dropLastStep(conn: Connection): void {
  conn.undo.steps.pop();
}

/** Runs `work` without journaling what it writes: an undo is not itself a step to undo. */
export function unjournaled<T>(conn: Connection, work: () => T): T {
  const journal = conn.undo;
  journal.quiet += 1;
  try {
    return work();
  } finally {
    journal.quiet -= 1;
  }
}

/**
 * Notes that an undo wrote `version` of a record, bringing back the state of version `restored` (null:
 * no earlier state, e.g. a create taken back). What `restored` itself stood for carries over.
 */
export function noteUndoneVersion(conn: Connection, record: string, version: number, restored: number | null): void {
  const map = conn.undo.undoneTo;
  const earlier = map.get(record);
  const standsFor = new Set<number>(restored === null ? [] : [restored]);
  if (restored !== null && earlier?.version === restored) for (const v of earlier.standsFor) standsFor.add(v);
  map.set(record, { version, standsFor });
}

/** Whether the stored `version` of a record holds the state of version `wanted` (the same, or an undo of this session brought it back). */
export function holdsVersion(conn: Connection, record: string, version: number, wanted: number): boolean {
  if (version === wanted) return true;
  const undone = conn.undo.undoneTo.get(record);
  return undone !== undefined && undone.version === version && undone.standsFor.has(wanted);
}
