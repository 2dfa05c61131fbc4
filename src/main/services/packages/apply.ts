import { refusal } from '@shared/contract/errors';
import { wordMessage } from '@shared/messages';
import { PACKAGE_RECORD_TYPES, type ImportOutcome, type Worded } from '@shared/contract/packages';
import { needsMassDeletionConfirmation } from '../../domain/packages/merge';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { highestSequence, insertPackageLog } from '../../repositories/packages/exchange-log';
import { insertTrustedKey } from '../../repositories/packages/key-store';
import { RecordStore } from '../../repositories/packages/record-store';
import { clearUndo, insertUndo } from '../../repositories/packages/undo-store';
import { purgeAllErasedTraces } from '../../repositories/person-erasures';
import { ImportRun } from './import-run';
import { RecordNames } from './record-names';
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { totalsOf } from './records';
import { memberRegionsOf, requireLocalOwner } from './local';
import type { VerifiedPackage } from './verify';

export type ApplyOptions = {
  /** Run everything, then roll back: the preview is exactly what the import would do. */
  readonly dryRun: boolean;
  readonly confirmMassDeletion: boolean;
  /** Import although the package is addressed to someone else (the user confirmed, both parties named). */
  readonly confirmRecipient?: boolean;
  /** Import although the package is older than one already received from its sender. */
  readonly confirmOlder?: boolean;
  /** Import the rest of a package some of whose records are rejected. */
  readonly acceptRejected?: boolean;
  /** Trust the package's signer for its origin, in the same transaction. */
  readonly trustSigner: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Progress and cancellation (worker jobs): a cancel rolls the whole transaction back. */
  readonly hooks?: ProgressHooks;
};

/** Thrown inside a dry run's transaction so it rolls back; carries the outcome out. */
class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run');
  }
}

type Notices = Pick<ImportOutcome, 'warnings' | 'notices' | 'confirmations'>;

/**
 * Notes a person should see before importing, regions by name: a package addressed to someone else or
 * older than one already received needs a confirmation naming both parties; a future date is only noted.
 */
function noticesFor(ctx: ServiceContext, pkg: VerifiedPackage, localOwner: string, names: RecordNames): Notices {
  const { manifest } = pkg;
  const result: Notices = { warnings: [], notices: [], confirmations: [] };
  const note = (english: string, notice: Worded, confirm?: { kind: 'recipient' | 'older'; message: Worded }) => {
    result.warnings.push(english);
    result.notices.push(notice);
    if (confirm) result.confirmations.push(confirm);
  };
  if (manifest.recipient !== null && manifest.recipient !== localOwner) {
    const params = { recipient: names.ownerName(manifest.recipient), local: names.ownerName(localOwner) };
    note(
      `The package is addressed to ${manifest.recipient}, not to ${localOwner}.`,
      { key: 'package.notice.recipient', params },
      { kind: 'recipient', message: { key: 'package.confirm.recipient', params } },
    );
  }
  const lastSeen = highestSequence(ctx.conn, 'IN', manifest.origin.owner);
  if (manifest.sequence < lastSeen) {
    const params = { origin: names.ownerName(manifest.origin.owner), sequence: manifest.sequence, last: lastSeen };
    note(
      `The package is older than one already received from ${manifest.origin.owner} (sequence ${manifest.sequence} < ${lastSeen}); newer data is kept.`,
      { key: 'package.notice.older', params },
      { kind: 'older', message: { key: 'package.confirm.older', params } },
    );
  }
  if (Date.parse(manifest.createdAt) > ctx.now().getTime() + 5 * 60_000) {
    note(`The package is dated in the future (${manifest.createdAt}); check the sender's clock.`, {
      key: 'package.notice.future',
      params: { createdAt: manifest.createdAt },
    });
  }
  return result;
}

function outcomeOf(run: ImportRun, notices: Notices): ImportOutcome {
  const owners = [...run.deletingByOwner.entries()].map(([owner, deleting]) => ({
    owner,
    held: run.heldByOwner.get(owner) ?? 0,
    deleting,
  }));
  return {
    byType: run.byType,
    totals: totalsOf(run.byType),
    rejections: run.rejections,
    moreRejections: run.moreRejections,
    ignored: [...run.ignored.values()],
    possibleDuplicates: run.duplicates,
    massDeletion: { required: owners.some((o) => needsMassDeletionConfirmation(o.held, o.deleting)), owners },
    ...notices,
    lines: run.lines.lines,
    moreLines: run.lines.more,
  };
}

/** Refuses (inside the transaction, which rolls back) an import whose notices were not confirmed. */
function assertConfirmed(outcome: ImportOutcome, options: ApplyOptions, names: RecordNames): void {
  for (const { kind, message } of outcome.confirmations) {
    if (kind === 'recipient' && !options.confirmRecipient) throw refusal('CONFLICT', 'package.confirm.recipientRequired', message.params);
    if (kind === 'older' && !options.confirmOlder) throw refusal('CONFLICT', 'package.confirm.olderRequired', message.params);
  }
  if (outcome.totals.rejected > 0 && !options.acceptRejected)
    throw refusal('CONFLICT', 'package.confirm.rejectedRequired', { count: outcome.totals.rejected });
  if (outcome.massDeletion.required && !options.confirmMassDeletion) {
    const list = outcome.massDeletion.owners
      .map((o) => wordMessage('sv', 'package.massDeletionOwner', { deleting: o.deleting, held: o.held, owner: names.ownerName(o.owner) }))
      .join(', ');
    throw refusal('CONFLICT', 'package.confirm.massDeletionRequired', { list });
  }
}

/** Logs the package and keeps the undo images (none when it erased a person: they would keep the erased data). */
function recordImport(ctx: ServiceContext, pkg: VerifiedPackage, run: ImportRun, outcome: ImportOutcome, nowIso: string): void {
  const { manifest } = pkg;
  clearUndo(ctx.conn);
  if (!run.erasedPersons) insertUndo(ctx.conn, run.undoEntries());
  else purgeAllErasedTraces(ctx.conn.sqlite);
  insertPackageLog(ctx.conn, {
    id: ctx.newId(),
    package_id: manifest.packageId,
    direction: 'IN',
    at: nowIso,
    origin_owner: manifest.origin.owner,
    recipient: manifest.recipient,
    scope: manifest.scope,
    sequence: manifest.sequence,
    sha256: pkg.fileSha256,
    counts_json: JSON.stringify(outcome.byType),
    status: outcome.totals.rejected > 0 ? 'PARTIAL' : 'APPLIED',
  });
}

/**
 * Applies a verified package in ONE synchronous transaction (or previews it by rolling back): the
 * records, provenance, audit entries, undo images, trust decision and package_log entry commit
 * together or not at all.
 */
export function applyVerifiedPackage(ctx: ServiceContext, pkg: VerifiedPackage, options: ApplyOptions): ImportOutcome {
  const nowIso = ctx.now().toISOString();
  const { manifest } = pkg;
  const applyOnce = (): ImportOutcome => {
    const localOwner = requireLocalOwner(ctx.conn);
    const audit = createAuditWriter(ctx.conn, ctx.actor, nowIso);
    if (options.trustSigner && pkg.signer) {
      insertTrustedKey(ctx.conn, {
        owner: manifest.origin.owner,
        fingerprint: pkg.signer.fingerprint,
        public_key: pkg.signer.publicKey,
        trusted_at: nowIso,
        trusted_by: ctx.actor,
      });
      audit.append({
        action: 'trust-key',
        entity: 'trusted_keys',
        recordId: pkg.signer.fingerprint,
        before: null,
        after: { owner: manifest.origin.owner },
      });
    }
    const memberRegions = manifest.scope === 'healthcare-region' ? memberRegionsOf(ctx.conn, manifest.origin.owner) : new Set<string>();
    const run = new ImportRun({
      conn: ctx.conn,
      store: new RecordStore(ctx.conn),
      audit,
      manifest,
      ownership: { origin: manifest.origin.owner, scope: manifest.scope, localOwner, memberRegions },
      nowIso,
      onProgress: options.onProgress,
      hooks: options.hooks,
    });
    run.run(pkg.payload);
    const names = new RecordNames(ctx.conn, new RecordStore(ctx.conn));
    const outcome = outcomeOf(run, noticesFor(ctx, pkg, localOwner, names));
    if (options.dryRun) throw new DryRunRollback(outcome);
    assertConfirmed(outcome, options, names);
    throwIfCancelled(options.hooks);
    recordImport(ctx, pkg, run, outcome, nowIso);
    const totals = PACKAGE_RECORD_TYPES.reduce((sum, type) => sum + manifest.counts[type], 0);
    audit.append({
      action: 'package-import',
      entity: 'package_log',
      recordId: manifest.packageId,
      before: null,
      after: {
        sha256: pkg.fileSha256,
        origin: manifest.origin.owner,
        scope: manifest.scope,
        sequence: manifest.sequence,
        records: totals,
        outcome: outcome.totals,
      },
    });
    return outcome;
  };
  try {
    return transaction(ctx.conn, applyOnce);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome;
    throw error;
  }
}
