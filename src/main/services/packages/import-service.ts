import path from 'node:path';
import { refusal } from '@shared/contract/errors';
import { ownerName } from '../../repositories/regions';
import type { ImportResult, PackageInspection, Signer } from '@shared/contract/packages';
import { createVerifiedBackup } from '../../db/backup';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import type { ServiceContext } from '../../lib/context';
import { importsOf } from '../../repositories/packages/exchange-log';
import { trustedKeysOf } from '../../repositories/packages/key-store';
import { afterErasures } from '../privacy/erasure-effects';
import { applyVerifiedPackage } from './apply';
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { readPackage, summaryOf, type VerifiedPackage } from './verify';

/** Verifies the bytes of a package file (container, limits, schema, checksum, signature). */
export function verifyPackageBytes(bytes: Uint8Array): Promise<VerifiedPackage> {
  return readPackage(bytes, LATEST_SCHEMA_VERSION);
}

/**
 * Whether the signer is trusted for the package's origin. Once a key is trusted for an owner, that
 * owner's packages must be signed by a trusted key: an unsigned one is refused (no downgrade).
 */
export function signerOf(ctx: ServiceContext, pkg: VerifiedPackage): Signer {
  const origin = pkg.manifest.origin.owner;
  const trusted = trustedKeysOf(ctx.conn, origin);
  if (!pkg.signer) {
    if (trusted.length > 0) {
      throw refusal('VALIDATION', 'package.rejected.mustBeSigned', { origin: ownerNameOf(ctx, origin) });
    }
    return { status: 'unsigned', fingerprint: null, publicKey: null };
  }
  const known = trusted.some((k) => k.fingerprint === pkg.signer?.fingerprint);
  return { status: known ? 'trusted' : 'untrusted', fingerprint: pkg.signer.fingerprint, publicKey: pkg.signer.publicKey };
}

/** True when the package was imported before (and not undone); the same id with other bytes is refused. */
export function alreadyImported(ctx: ServiceContext, pkg: VerifiedPackage): boolean {
  const earlier = importsOf(ctx.conn, pkg.manifest.packageId);
  if (earlier.some((e) => e.sha256 !== pkg.fileSha256 && e.status !== 'UNDONE')) {
    throw refusal('VALIDATION', 'package.rejected.sameIdDifferent');
  }
  return earlier[0]?.status === 'APPLIED';
}

export async function inspectPackage(ctx: ServiceContext, input: { fileName: string; contentBase64: string }): Promise<PackageInspection> {
  const pkg = await verifyPackageBytes(Buffer.from(input.contentBase64, 'base64'));
  const signer = signerOf(ctx, pkg);
  const already = alreadyImported(ctx, pkg);
  const preview = applyVerifiedPackage(ctx, pkg, { dryRun: true, confirmMassDeletion: false, trustSigner: false });
  return { fileName: input.fileName, summary: summaryOf(pkg), signer, alreadyImported: already, preview };
}

export type ImportOptions = {
  readonly confirmMassDeletion: boolean;
  readonly confirmRecipient?: boolean;
  readonly confirmOlder?: boolean;
  readonly acceptRejected?: boolean;
  readonly trustSigner: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Progress and cancellation (worker jobs); a cancel leaves the database unchanged. */
  readonly hooks?: ProgressHooks;
};

function untrusted(ctx: ServiceContext, pkg: VerifiedPackage, signer: Signer) {
  return refusal('FORBIDDEN', 'package.rejected.untrustedKey', {
    origin: ownerNameOf(ctx, pkg.manifest.origin.owner),
    fingerprint: signer.fingerprint ?? '',
  });
}

/** A region's or healthcare region's name for a refusal (the code only when no name is known). */
function ownerNameOf(ctx: ServiceContext, code: string): string {
  return ownerName(ctx.conn, /^\d{2}$/.test(code) ? 'REGION' : 'HEALTHCARE_REGION', code) ?? code;
}

/**
 * Imports a package file: verify, refuse an untrusted signer, skip a package already imported, take
 * a verified backup, then apply everything in one transaction.
 */
export async function importPackageBytes(ctx: ServiceContext, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  options.hooks?.onProgress?.(0, 0, 'verify');
  const pkg = await verifyPackageBytes(bytes);
  throwIfCancelled(options.hooks);
  const signer = signerOf(ctx, pkg);
  if (signer.status === 'untrusted' && !options.trustSigner) throw untrusted(ctx, pkg, signer);
  if (alreadyImported(ctx, pkg))
    return { status: 'already-imported', summary: summaryOf(pkg), signer, outcome: null, backupFileName: null };
  options.hooks?.onProgress?.(0, 0, 'backup');
  const backup = await createVerifiedBackup(ctx.conn.sqlite, ctx.dbPath, 'import', ctx.now());
  throwIfCancelled(options.hooks);
  const outcome = applyVerifiedPackage(ctx, pkg, {
    dryRun: false,
    confirmMassDeletion: options.confirmMassDeletion,
    confirmRecipient: options.confirmRecipient,
    confirmOlder: options.confirmOlder,
    acceptRejected: options.acceptRejected,
    trustSigner: signer.status === 'untrusted' && options.trustSigner,
    onProgress: options.onProgress,
    hooks: options.hooks,
  });
  // A received erasure: into the erasure journal (a restore re-applies it), and the erased content out of the -wal file
  // too (secure_delete zeroes the rest).
  if (outcome.byType.person_erasures.new > 0) afterErasures(ctx);
  const finalSigner: Signer = signer.status === 'untrusted' ? { ...signer, status: 'trusted' } : signer;
  return { status: 'applied', summary: summaryOf(pkg), signer: finalSigner, outcome, backupFileName: path.basename(backup) };
}

export function importPackage(
  ctx: ServiceContext,
  input: {
    contentBase64: string;
    confirmMassDeletion: boolean;
    trustSigner: boolean;
    confirmRecipient?: boolean;
    confirmOlder?: boolean;
    acceptRejected?: boolean;
  },
  hooks?: ProgressHooks,
): Promise<ImportResult> {
  return importPackageBytes(ctx, Buffer.from(input.contentBase64, 'base64'), { ...input, hooks });
}
