import type { Connection } from '../../db/data';
import { foreignOwner } from '../../domain/record-checks';
import { PACKAGE_RECORD_TYPES, type PackageRecordType, type PossibleDuplicate, type Worded } from '@shared/contract/packages';
import type { Manifest, Payload } from '../../domain/packages/document';
import { decide, ignoreKind, ignoreReason, type OwnershipContext, type Verdict } from '../../domain/packages/merge';
import { referencePairs } from '../../domain/packages/record-schemas';
import { blankCandidate, blankPerson, rowToWire, wireToRow, type DbRow, type WireRecord } from '../../domain/packages/wire';
import type { AuditWriter } from '../../repositories/packages/audit-writer';
import type { RecordStore } from '../../repositories/packages/record-store';
import { DuplicateFinder } from './import-duplicates';
import { subjectCandidates } from '../../repositories/person-erasures';
import { upsertOrigins, type OriginRow, type UndoEntry } from '../../repositories/packages/undo-store';
import { sha256Hex } from './codec';
import { ImportLookups } from './import-lookups';
import { isConstraintError } from '../../db/errors';
import { bump, contentHash, countsByType, parentsFirst, stampOf, stampWithoutHash } from './records';
import { progressEvery, type ProgressHooks } from '../../lib/progress';
import { PreviewLines, referenceCopies } from './preview-lines';
import { RecordNames } from './record-names';

/** The first rejections are listed with their reasons; the rest are only counted. */
const MAX_LISTED = 500;

export type RunContext = {
  readonly conn: Connection;
  readonly store: RecordStore;
  readonly audit: AuditWriter;
  readonly manifest: Manifest;
  readonly ownership: OwnershipContext;
  readonly nowIso: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** Progress and cancellation for a worker job; a cancel throws inside the transaction, which rolls back. */
  readonly hooks?: ProgressHooks;
};

/** Why a record is rejected: in English for logs, and worded for a person with the records named. */
type Problem = { reason: string; message: Worded };

type Touch = { type: PackageRecordType; id: string; before: DbRow | null; originBefore: OriginRow | null };

/**
 * One pass of an import over a verified payload, inside the caller's synchronous transaction: every
 * record is ignored, rejected, unchanged or written (with provenance, audit entry and undo image).
 */
export class ImportRun {
  readonly byType = countsByType();
  readonly rejections: { recordType: PackageRecordType; id: string; reason: string; label: Worded; message: Worded }[] = [];
  moreRejections = 0;
  readonly ignored = new Map<string, { owner: string; ownerName: string; reason: string; message: Worded; count: number }>();
  readonly deletingByOwner = new Map<string, number>();
  readonly heldByOwner = new Map<string, number>();
  /** Set when the import erased a person: its undo images would keep the erased data, so none are kept. */
  erasedPersons = false;
  private readonly touches = new Map<string, Touch>();
  /** Records that get this package as provenance, written in one statement per type when the run ends. */
  private readonly provenance = new Map<PackageRecordType, string[]>();
  private lookups: ImportLookups | null = null;
  private names: RecordNames | null = null;
  private preview: PreviewLines | null = null;
  /** Other owners' records the sender's records refer to: taken when not held here (preview-lines.ts). */
  private copies = new Set<string>();

  private readonly duplicateFinder: DuplicateFinder;

  constructor(private readonly ctx: RunContext) {
    this.duplicateFinder = new DuplicateFinder(ctx.conn, MAX_LISTED);
  }

  /** New persons who may be someone held here already (by e-mail, or by name in the same organisation). */
  get duplicates(): PossibleDuplicate[] {
    return this.duplicateFinder.found;
  }

  run(payload: Payload): void {
    this.lookups = new ImportLookups(this.ctx.conn, this.ctx.store, payload);
    this.names = new RecordNames(this.ctx.conn, this.ctx.store, payload);
    this.preview = new PreviewLines(this.names);
    this.copies = referenceCopies(payload, this.ctx.ownership);
    this.countHeld(payload);
    const total = PACKAGE_RECORD_TYPES.reduce((sum, type) => sum + payload[type].length, 0);
    let done = 0;
    const tick = progressEvery(this.ctx.hooks, total, 'apply', 250);
    for (const type of PACKAGE_RECORD_TYPES) {
      const records = type === 'groups' ? parentsFirst(payload.groups) : payload[type];
      for (const record of records) {
        this.receive(type, record);
        done += 1;
        tick(done);
        if (done % 1000 === 0) this.ctx.onProgress?.(done, total);
      }
    }
    this.writeProvenance();
    this.ctx.onProgress?.(total, total);
  }

  private get look(): ImportLookups {
    if (this.lookups === null) throw new Error('the import run has not started');
    return this.lookups;
  }

  private get name(): RecordNames {
    if (this.names === null) throw new Error('the import run has not started');
    return this.names;
  }

  /** The preview's records by name (PreviewLines). */
  get lines(): PreviewLines {
    if (this.preview === null) throw new Error('the import run has not started');
    return this.preview;
  }

  private writeProvenance(): void {
    const { manifest, nowIso } = this.ctx;
    for (const [type, ids] of this.provenance) {
      upsertOrigins(this.ctx.conn, type, ids, {
        origin_owner: manifest.origin.owner,
        package_id: manifest.packageId,
        received_at: nowIso,
      });
    }
  }

  /** Live local records per owner present in the package, before anything is written (mass-deletion check). */
  private countHeld(payload: Payload): void {
    const owners = new Set(PACKAGE_RECORD_TYPES.flatMap((type) => payload[type].map((r) => r.owner as string)));
    for (const owner of owners) {
      if (ignoreReason(owner, this.ctx.ownership) !== null) continue;
      this.heldByOwner.set(
        owner,
        PACKAGE_RECORD_TYPES.reduce((sum, type) => sum + this.ctx.store.countLive(type, owner), 0),
      );
    }
  }

  private receive(type: PackageRecordType, incoming: WireRecord): void {
    const id = incoming.id as string;
    const owner = incoming.owner as string;
    const reason = ignoreReason(owner, this.ctx.ownership);
    const copy = reason !== null && this.copies.has(`${type}/${id}`) && !this.look.exists(type, id);
    if (reason !== null && !copy) return this.ignore(type, incoming, reason);
    const local = this.look.get(type, id);
    const holder = foreignOwner(local, owner);
    if (holder !== null) return this.reject(type, incoming, this.idTaken(holder));
    const wire = this.erasedIfMarked(type, incoming);
    const verdict = local ? decide(stampOf(rowToWire(type, local)), stampOf(wire)) : decide(null, stampWithoutHash(wire));
    if (verdict === 'unchanged') return this.count(type, 'unchanged', incoming);
    const problem = this.missingReference(type, wire) ?? (type === 'person_erasures' ? this.erasureProblem(wire) : null);
    if (problem !== null) return this.reject(type, incoming, problem);
    if (type === 'persons' && verdict === 'new' && wire.deletedAt === null) this.duplicateFinder.flag(wire);
    const written = this.write(type, wire, local, verdict);
    if (written !== null) return this.reject(type, incoming, written);
    if (wire !== incoming) this.erasedPersons = true;
    if (verdict === 'deleted' && local && local.deleted_at === null)
      this.deletingByOwner.set(owner, (this.deletingByOwner.get(owner) ?? 0) + 1);
    this.count(type, verdict, wire, local);
    if (type === 'person_erasures') this.applyErasure(wire);
  }

  private count(type: PackageRecordType, outcome: Verdict, record: WireRecord, local?: DbRow): void {
    bump(this.byType, type, outcome);
    const changes = () => (local ? this.name.changesOf(type, rowToWire(type, local), record) : []);
    this.lines.add(outcome, type, record, changes, null);
  }

  private idTaken(holder: string): Problem {
    return {
      reason: `the id is already used by a record of ${holder}`,
      message: { key: 'package.reason.idTaken', params: { owner: this.name.ownerName(holder) } },
    };
  }

  /** Writes one record; returns a rejection reason when the database refuses it. */
  private write(type: PackageRecordType, wire: WireRecord, local: DbRow | undefined, verdict: Verdict | 'erased'): Problem | null {
    const id = wire.id as string;
    const originBefore = this.look.originBefore(type, id);
    try {
      // `local` was read in this transaction: with no row there, a plain INSERT does what the upsert would.
      if (local) this.ctx.store.upsert(type, wireToRow(type, wire));
      else this.ctx.store.insertWire(type, wire);
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      return { reason: `the database refused it (${error.message})`, message: { key: 'package.reason.refusedByDatabase', params: {} } };
    }
    this.look.wrote(type, id);
    const key = `${type}/${id}`;
    if (!this.touches.has(key)) {
      this.touches.set(key, { type, id, before: local ?? null, originBefore });
      const ids = this.provenance.get(type) ?? [];
      if (ids.length === 0) this.provenance.set(type, ids);
      ids.push(id);
    }
    const { manifest } = this.ctx;
    this.ctx.audit.append({
      action: `import-${verdict}`,
      entity: type,
      recordId: id,
      before: local ? { version: local.version, deleted: local.deleted_at !== null } : null,
      after: { version: wire.version, deleted: wire.deletedAt !== null, packageId: manifest.packageId, origin: manifest.origin.owner },
    });
    return null;
  }

  /** A reference to a record neither here nor written earlier in this package: named when the package carries it (ignored). */
  private missingReference(type: PackageRecordType, wire: WireRecord): Problem | null {
    for (const [field, target] of referencePairs(type)) {
      const value = wire[field];
      if (typeof value !== 'string' || this.look.exists(target, value)) continue;
      // Not here, so a name can only come from the package: the target travels but was rejected or ignored.
      const targetName = this.name.nameOf(target, value);
      const message: Worded =
        targetName === null
          ? { key: `package.reason.missing.${target}`, params: {} }
          : { key: 'package.reason.targetNotTaken', params: { target: targetName } };
      return { reason: `${field} refers to ${target} ${value}, which is not here`, message };
    }
    return null;
  }

  /** An erasure marker must concern a person (or a new candidate) of the marker's owner (when it is here). */
  private erasureProblem(marker: WireRecord): Problem | null {
    const id = marker.id as string;
    const subject = this.look.get('persons', id) ?? this.look.get('nomination_candidates', id);
    const holder = foreignOwner(subject, String(marker.owner));
    if (holder === null) return null;
    return {
      reason: `it erases a person of ${holder}`,
      message: { key: 'package.reason.erasesForeign', params: { owner: this.name.ownerName(holder) } },
    };
  }

  /** A person, or a candidacy of a person or new candidate, whose erasure is known here arrives blanked. */
  private erasedIfMarked(type: PackageRecordType, record: WireRecord): WireRecord {
    if (type !== 'persons' && type !== 'nomination_candidates') return record;
    const marker = this.look.get('person_erasures', record.id as string) ?? this.markerOfCandidatePerson(type, record);
    if (!marker) return record;
    return type === 'persons' ? blankPerson(record, String(marker.erased_at)) : blankCandidate(record, String(marker.erased_at));
  }

  private markerOfCandidatePerson(type: PackageRecordType, record: WireRecord): DbRow | undefined {
    return type === 'nomination_candidates' && typeof record.personId === 'string'
      ? this.look.get('person_erasures', record.personId)
      : undefined;
  }

  /** A received erasure blanks the local copies of the person and of their candidacies (or of the new candidate) at once, whatever their version. */
  private applyErasure(marker: WireRecord): void {
    const id = marker.id as string;
    const erasedAt = String(marker.erasedAt);
    const person = this.look.get('persons', id);
    if (person) this.blankLocal('persons', person, (wire) => blankPerson(wire, erasedAt));
    for (const candidate of subjectCandidates(this.ctx.conn, id))
      this.blankLocal('nomination_candidates', candidate, (wire) => blankCandidate(wire, erasedAt));
  }

  private blankLocal(type: 'persons' | 'nomination_candidates', local: DbRow, blank: (wire: WireRecord) => WireRecord): void {
    const wire = rowToWire(type, local);
    const blanked = blank(wire);
    if (contentHash(blanked) === contentHash(wire)) return;
    this.erasedPersons = true;
    const refused = this.write(type, blanked, local, 'erased');
    if (refused !== null) throw new Error(`erasing ${type} ${String(local.id)} failed: ${refused.reason}`);
  }

  private ignore(type: PackageRecordType, record: WireRecord, reason: string): void {
    const owner = String(record.owner);
    bump(this.byType, type, 'ignored');
    const key = `${owner}|${reason}`;
    let group = this.ignored.get(key);
    if (!group) {
      const kind = ignoreKind(owner, this.ctx.ownership) ?? 'notSender';
      const params = { owner: this.name.ownerName(owner), sender: this.name.ownerName(this.ctx.ownership.origin) };
      group = { owner, ownerName: params.owner, reason, message: { key: `package.reason.ignored.${kind}`, params }, count: 0 };
      this.ignored.set(key, group);
    }
    group.count += 1;
    this.lines.add('ignored', type, record, () => [], group.message);
  }

  private reject(type: PackageRecordType, record: WireRecord, problem: Problem): void {
    bump(this.byType, type, 'rejected');
    const label = this.lines.add('rejected', type, record, () => [], problem.message);
    const id = String(record.id);
    if (this.rejections.length < MAX_LISTED)
      this.rejections.push({ recordType: type, id, reason: problem.reason, label, message: problem.message });
    else this.moreRejections += 1;
  }

  /** Undo images of every touched row, with the hash of the row as the import left it (read back in bulk). */
  undoEntries(): UndoEntry[] {
    const idsByType = new Map<PackageRecordType, string[]>();
    for (const t of this.touches.values()) {
      const ids = idsByType.get(t.type) ?? [];
      if (ids.length === 0) idsByType.set(t.type, ids);
      ids.push(t.id);
    }
    const after = new Map([...idsByType].map(([type, ids]) => [type, this.ctx.store.rowTextsByIds(type, ids)]));
    return [...this.touches.values()].map((t) => {
      const text = after.get(t.type)?.get(t.id);
      if (text === undefined) throw new Error(`${t.type} ${t.id} vanished during the import`);
      return {
        package_id: this.ctx.manifest.packageId,
        entity: t.type,
        record_id: t.id,
        row_before_json: t.before === null ? null : JSON.stringify(t.before),
        origin_before_json: t.originBefore === null ? null : JSON.stringify(t.originBefore),
        row_after_sha256: sha256Hex(text),
      };
    });
  }
}
