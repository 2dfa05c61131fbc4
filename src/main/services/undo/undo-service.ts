/**
 * Undo of the user's own last change in this session: the before images of the step's audit entries
 * are written back through the one record writer, as new versions that travel like any change (a
 * create is undone by a tombstone, a delete by a revive, an update by the before values). The step is
 * undone whole or not at all; an erasure, a package import or anything outside the travelling records
 * is refused, and so is a record someone or something changed since.
 */
import { refusal } from '@shared/contract/errors';
import type { UndoKind, UndoPeek, UndoResult, UndoStep } from '@shared/contract/undo';
import type { MessageKey } from '@shared/messages';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { requireOwner } from '../../repositories/records';
import { isTravellingTable, storedRecord, write, type TravellingTable } from '../../repositories/record-writer';
import { dropLastStep, holdsVersion, lastStep, noteUndoneVersion, unjournaled } from '../../repositories/undo-journal';
import {
  allocationKeyNameOf,
  carePathwayNameOf,
  groupNameOf,
  hostingGroupIdOf,
  packageImportedAfter,
  personNameOf,
  requestGroupIdOf,
  stepEntries,
  type StepEntry,
} from '../../repositories/undo';

/** The writer's own columns: an undo writes back the user's values, the writer stamps the rest. */
const SYNC_COLUMNS = new Set(['id', 'owner', 'version', 'created_at', 'updated_at', 'deleted_at']);
/** Columns an undo never reports as changed fields. */
const QUIET_COLUMNS = new Set([...SYNC_COLUMNS, 'is_example']);

const isErasure = (e: StepEntry) => e.erased || e.action.startsWith('erase') || e.entity === 'person_erasures';
const isPackage = (e: StepEntry) => e.action.startsWith('import-') || e.action.startsWith('package-') || e.entity === 'package_log';

function kindOf(entries: StepEntry[]): UndoKind {
  if (entries.some(isErasure)) return 'erasure';
  if (entries.some(isPackage)) return 'package';
  if (entries.some((e) => !isTravellingTable(e.entity) || e.recordId === null)) return 'other';
  if (entries.some((e) => e.action === 'end-successor')) return 'successor';
  const main = entries[0]!;
  if (main.before === null) return 'create';
  if (main.after === null) return 'delete';
  if (main.before.deleted_at !== null && main.before.deleted_at !== undefined) return 'revive';
  return main.action === 'end' ? 'end' : 'update';
}

function changedFields(entry: StepEntry): string[] {
  if (entry.before === null || entry.after === null) return [];
  const { before, after } = entry;
  return Object.keys(after).filter((k) => !QUIET_COLUMNS.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The group a record belongs to: its own group, its hosting's or its nomination request's. */
function groupIdOf(conn: Connection, entity: string, image: Record<string, unknown>): string | null {
  if (entity === 'groups') return null;
  const own = text(image.group_id);
  if (own) return own;
  const hostingId = text(image.hosting_id);
  if (hostingId) return hostingGroupIdOf(conn, hostingId);
  const requestId = text(image.request_id);
  return requestId ? requestGroupIdOf(conn, requestId) : null;
}

/** A record's own readable name: its name or label, a new candidate's name, its care pathway's or allocation key's name. */
function ownNameOf(conn: Connection, image: Record<string, unknown>): string | null {
  const own = text(image.name) ?? text(image.label) ?? text(image.new_name);
  if (own) return own;
  const pathwayId = text(image.care_pathway_id);
  if (pathwayId) return carePathwayNameOf(conn, pathwayId);
  const keyId = text(image.allocation_key_id);
  return keyId ? allocationKeyNameOf(conn, keyId) : null;
}

/**
 * The one display name of a record (its person's, else its own, else its group's) and the group it sits
 * in when the name is not the group's: what the undo button and the "changed since" refusal both say.
 */
function displayNameOf(conn: Connection, entry: StepEntry): { name: string | null; groupName: string | null } {
  const image = entry.after ?? entry.before ?? {};
  const own = ownNameOf(conn, image);
  const personId = entry.entity === 'persons' ? null : text(image.person_id);
  const groupId = groupIdOf(conn, entry.entity, image);
  const person = entry.entity === 'persons' ? own : personId ? personNameOf(conn, personId) : null;
  const group = entry.entity === 'groups' ? own : groupId ? groupNameOf(conn, groupId) : null;
  const name = person ?? own ?? group;
  return { name, groupName: name !== null && name !== group ? group : null };
}

/** "… the record of NAME (in GROUP) has changed since", by the step's display name, else without a name (never a hole). */
function changedSince(conn: Connection, entry: StepEntry): Refusal {
  const { name, groupName } = displayNameOf(conn, entry);
  if (name === null) return { key: 'undo.changedSinceUnnamed', params: {} };
  return groupName ? { key: 'undo.changedSinceIn', params: { name, group: groupName } } : { key: 'undo.changedSince', params: { name } };
}

/** The version a record must still have for the entry to be undone: the one the entry left. */
function versionLeft(entry: StepEntry): number | null {
  const left = entry.after?.version ?? (entry.before ? Number(entry.before.version) + 1 : null);
  return typeof left === 'number' && Number.isFinite(left) ? left : null;
}

function storedVersion(conn: Connection, entry: StepEntry): { version: number; owner: string } | undefined {
  return storedRecord(conn, entry.entity as TravellingTable, entry.recordId!);
}

type Refusal = { key: MessageKey; params: Record<string, string | number> };

function refusalOf(conn: Connection, kind: UndoKind, entries: StepEntry[], owner: string | null): Refusal | null {
  if (kind === 'erasure') return { key: 'undo.erasure', params: {} };
  if (kind === 'package') return { key: 'undo.packageImport', params: {} };
  if (kind === 'other') return { key: 'undo.notUndoable', params: {} };
  const seen = new Set<string>();
  for (const entry of [...entries].reverse()) {
    const key = `${entry.entity}:${entry.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stored = storedVersion(conn, entry);
    const left = versionLeft(entry);
    if (!stored || stored.owner !== owner || left === null || !holdsVersion(conn, key, stored.version, left)) {
      return changedSince(conn, entry);
    }
  }
  return null;
}

function describe(conn: Connection, entries: StepEntry[], owner: string | null): UndoStep {
  const kind = kindOf(entries);
  // the successor pair is described by the new assignment (the holder's end is its consequence)
  const main = kind === 'successor' ? (entries.find((e) => e.before === null) ?? entries[0]!) : entries[0]!;
  const records = new Set(entries.map((e) => `${e.entity}:${e.recordId}`)).size;
  return {
    kind,
    entity: main.entity,
    records,
    fields: kind === 'update' || kind === 'end' ? changedFields(main) : [],
    ...displayNameOf(conn, main),
    at: main.at,
    refusal: refusalOf(conn, kind, entries, owner),
  };
}

/** Whether an entry is bookkeeping beside the register (a setting, a backup, a key): never a step to undo. */
const isBookkeeping = (e: StepEntry) => !isErasure(e) && !isPackage(e) && (!isTravellingTable(e.entity) || e.recordId === null);

/** The last step of this session that changed records; steps of bookkeeping only are passed over (and forgotten). */
function currentStep(conn: Connection): { entries: StepEntry[]; step: UndoStep } | null {
  let entries: StepEntry[] = [];
  for (let journaled = lastStep(conn); journaled !== null; journaled = lastStep(conn)) {
    entries = stepEntries(conn, journaled.seqs);
    if (entries.some((e) => !isBookkeeping(e))) break;
    dropLastStep(conn);
    entries = [];
  }
  if (entries.length === 0) return null;
  const owner = requireOwnerOrNull(conn);
  const step = describe(conn, entries, owner);
  // a package imported since (a job has its own connection) is the last thing done: it has its own undo
  if (step.refusal === null && packageImportedAfter(conn, entries.at(-1)!.seq)) {
    return { entries, step: { ...step, refusal: { key: 'undo.packageImport', params: {} } } };
  }
  return { entries, step };
}

function requireOwnerOrNull(conn: Connection): string | null {
  try {
    return requireOwner(conn);
  } catch {
    return null;
  }
}

/** What "Ångra" would take back, or null when this session has nothing to undo. */
export async function peekUndo(ctx: ServiceContext): Promise<UndoPeek> {
  return { step: currentStep(ctx.conn)?.step ?? null };
}

/** The version the undo writes over: the stored one when it holds what the entry left (else the left one, which conflicts). */
function expectedVersionOf(conn: Connection, entry: StepEntry): number | undefined {
  const left = versionLeft(entry);
  if (left === null) return undefined;
  const stored = storedVersion(conn, entry);
  return stored && holdsVersion(conn, `${entry.entity}:${entry.recordId}`, stored.version, left) ? stored.version : left;
}

/** Writes one entry's before image back (or a tombstone for a create) as a new version. */
function restore(ctx: ServiceContext, entry: StepEntry, how: { actor: string; now: string; owner: string }, checked: boolean): void {
  const table = entry.entity as TravellingTable;
  const id = entry.recordId!;
  const expectedVersion = checked ? expectedVersionOf(ctx.conn, entry) : undefined;
  const options = { ...how, auditAction: 'undo' };
  if (entry.before === null) {
    write(ctx.conn, table, { id, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }, {}, { ...options, action: 'delete' });
    return;
  }
  const values = Object.fromEntries(Object.entries(entry.before).filter(([k]) => !SYNC_COLUMNS.has(k)));
  const wasDeleted = entry.before.deleted_at !== null && entry.before.deleted_at !== undefined;
  if (wasDeleted) {
    // the entry revived a tombstone: its undo deletes the record again
    write(ctx.conn, table, { id, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }, values, { ...options, action: 'delete' });
    return;
  }
  const stored = storedRecord(ctx.conn, table, id) as { deleted_at: string | null } | undefined;
  const revive = stored?.deleted_at !== null && stored?.deleted_at !== undefined;
  const target = revive ? { id, revive: true } : { id, ...(expectedVersion !== undefined ? { expectedVersion } : {}) };
  write(ctx.conn, table, target, values, { ...options, action: 'update' });
}

/** Notes, per record of an undone step, the version its undo wrote and the version whose state it brought back (the oldest entry's before). */
function noteRestored(conn: Connection, entries: StepEntry[]): void {
  const noted = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.entity}:${entry.recordId}`;
    if (noted.has(key)) continue;
    noted.add(key);
    const stored = storedVersion(conn, entry);
    const before = entry.before === null ? null : Number(entry.before.version);
    if (stored) noteUndoneVersion(conn, key, stored.version, before !== null && Number.isFinite(before) ? before : null);
  }
}

/**
 * Undoes this session's last step in one transaction, newest entry first; a record the step wrote twice
 * is checked once (against what the step left). The undo itself is not a step to undo.
 */
export async function undoLast(ctx: ServiceContext): Promise<UndoResult> {
  const found = currentStep(ctx.conn);
  if (found === null) throw refusal('NOT_FOUND', 'undo.nothing');
  const { entries, step } = found;
  if (step.refusal !== null) {
    const code = step.refusal.key.startsWith('undo.changedSince') ? 'CONFLICT' : 'VALIDATION';
    throw refusal(code, step.refusal.key as MessageKey, step.refusal.params);
  }
  const how = { actor: ctx.actor, now: ctx.now().toISOString(), owner: requireOwner(ctx.conn) };
  transaction(ctx.conn, () =>
    unjournaled(ctx.conn, () => {
      const done = new Set<string>();
      for (const entry of [...entries].reverse()) {
        const key = `${entry.entity}:${entry.recordId}`;
        restore(ctx, entry, how, !done.has(key));
        done.add(key);
      }
    }),
  );
  // the records now hold the state the step started from: an older step that left it can be undone next
  noteRestored(ctx.conn, entries);
  dropLastStep(ctx.conn);
  return { undone: step, entities: [...new Set(entries.map((e) => e.entity))] };
}
