import { DomainError } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, type ImportOutcome } from '@shared/contract/packages';
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
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { totalsOf } from './records';
import { memberRegionsOf, requireLocalOwner } from './local';
import type { VerifiedPackage } from './verify';

export type ApplyOptions = {
  /** Run everything, then roll back: the preview is exactly what the import would do. */
  readonly dryRun: boolean;
  readonly confirmMassDeletion: boolean;
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

/** Notes a person should see before importing; none of them blocks the import. */
function warningsFor(ctx: ServiceContext, pkg: VerifiedPackage, localOwner: string): string[] {
  const { manifest } = pkg;
  const warnings: string[] = [];
  if (manifest.recipient !== null && manifest.recipient !== localOwner)
    warnings.push(`The package is addressed to ${manifest.recipient}, not to ${localOwner}.`);
  const lastSeen = highestSequence(ctx.conn, 'IN', manifest.origin.owner);
  if (manifest.sequence < lastSeen) {
    warnings.push(
      `The package is older than one already received from ${manifest.origin.owner} (sequence ${manifest.sequence} < ${lastSeen}); newer data is kept.`,
    );
  }
  if (Date.parse(manifest.createdAt) > ctx.now().getTime() + 5 * 60_000)
    warnings.push(`The package is dated in the future (${manifest.createdAt}); check the sender's clock.`);
  return warnings;
}

function outcomeOf(run: ImportRun, warnings: string[]): ImportOutcome {
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
    warnings,
  };
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
    const outcome = outcomeOf(run, warningsFor(ctx, pkg, localOwner));
    if (options.dryRun) throw new DryRunRollback(outcome);
    if (outcome.massDeletion.required && !options.confirmMassDeletion) {
      const worst = outcome.massDeletion.owners.map((o) => `${o.deleting} of ${o.held} records of ${o.owner}`).join(', ');
      throw new DomainError('CONFLICT', `The package would delete ${worst}; confirm the mass deletion to import it`);
    }
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
