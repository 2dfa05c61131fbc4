import { DomainError, type ErrorDetail } from '@shared/contract/errors';
import type { ReceivedPackage } from '@shared/contract/exchange';
import { MAX_PACKAGE_BYTES, type ImportOutcome, type Signer } from '@shared/contract/packages';
import type { ServiceContext } from '../../lib/context';
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { highestSequence, importsOf } from '../../repositories/packages/exchange-log';
import { pickupBySha, savePickup, setPickupStatus, type Pickup, type PickupStatus } from '../../repositories/packages/exchange-pickups';
import { applyVerifiedPackage } from '../packages/apply';
import { sha256Hex } from '../packages/codec';
import { alreadyImported, importPackageBytes, signerOf, verifyPackageBytes } from '../packages/import-service';
import { requireLocalOwner } from '../packages/local';
import type { VerifiedPackage } from '../packages/verify';
import { exchangeSettingsOf, exchangeTransportOf, transportRefusal } from './exchange-settings';
import { BOX_TO_ALL, boxOf, type ExchangeTransport, type TransportEntry } from './transport';

export type ReceiveInput = { readonly dryRun: boolean; readonly confirm: boolean };

const STATUS_OF_PICKUP: Record<PickupStatus, ReceivedPackage['status']> = {
  PENDING: 'needs-confirmation',
  APPLIED: 'applied',
  ALREADY: 'already-imported',
  REJECTED: 'rejected',
  DISMISSED: 'rejected',
};

const detail = (key: ErrorDetail['key'], params: ErrorDetail['params'] = {}): ErrorDetail => ({ key, params });

/** Why a verified package may not be imported without the user's word (wrong recipient, older, rejected records …). */
function confirmations(ctx: ServiceContext, pkg: VerifiedPackage, preview: ImportOutcome, localOwner: string): ErrorDetail[] {
  const { manifest } = pkg;
  const reasons: ErrorDetail[] = [];
  if (manifest.recipient !== null && manifest.recipient !== localOwner)
    reasons.push(detail('exchange.reason.otherRecipient', { recipient: manifest.recipient, own: localOwner }));
  const last = highestSequence(ctx.conn, 'IN', manifest.origin.owner);
  if (manifest.sequence < last)
    reasons.push(detail('exchange.reason.older', { sender: manifest.origin.owner, sequence: manifest.sequence, last }));
  if (preview.totals.rejected > 0) reasons.push(detail('exchange.reason.rejectedRecords', { count: preview.totals.rejected }));
  for (const o of preview.massDeletion.owners) reasons.push(detail('exchange.reason.massDeletion', { owner: o.owner }));
  return reasons;
}

type Receiver = { ctx: ServiceContext; input: ReceiveInput; localOwner: string; autoImport: boolean; nowIso: string };

function reported(entry: TransportEntry, sha256: string, pkg: VerifiedPackage | null, status: ReceivedPackage['status']) {
  return {
    sha256,
    fileName: entry.name,
    box: entry.box,
    packageId: pkg?.manifest.packageId ?? null,
    sender: pkg?.manifest.origin.owner ?? null,
    status,
  };
}

function remember(
  r: Receiver,
  entry: TransportEntry,
  sha256: string,
  pkg: VerifiedPackage | null,
  status: PickupStatus,
  extra: Partial<Pickup> = {},
) {
  if (r.input.dryRun) return;
  savePickup(r.ctx.conn, {
    sha256,
    packageId: pkg?.manifest.packageId ?? '',
    originOwner: pkg?.manifest.origin.owner ?? '',
    fileName: entry.name,
    pickedAt: r.nowIso,
    status,
    reasonsJson: null,
    countsJson: null,
    ...extra,
  });
}

/** One file of a box: verified, previewed, then applied, left waiting, or refused; null when it is not for us (our own). */
async function receiveOne(r: Receiver, entry: TransportEntry, bytes: Uint8Array): Promise<ReceivedPackage | null> {
  const sha256 = sha256Hex(bytes);
  const known = pickupBySha(r.ctx.conn, sha256);
  if (known && (known.status !== 'PENDING' || (!r.input.confirm && !r.autoImport))) {
    const counts = known.countsJson === null ? null : (JSON.parse(known.countsJson) as Pick<ReceivedPackage, 'byType' | 'totals'>);
    const reasons = known.reasonsJson === null ? [] : (JSON.parse(known.reasonsJson) as ErrorDetail[]);
    const imported = known.status === 'PENDING' && importsOf(r.ctx.conn, known.packageId).some((e) => e.status !== 'UNDONE');
    if (imported && !r.input.dryRun) setPickupStatus(r.ctx.conn, sha256, 'APPLIED', known.countsJson);
    const status = known.status === 'APPLIED' || imported ? 'already-imported' : STATUS_OF_PICKUP[known.status];
    return {
      sha256,
      fileName: entry.name,
      box: entry.box,
      packageId: known.packageId || null,
      sender: known.originOwner || null,
      status,
      reasons: status === 'already-imported' ? [] : known.status === 'DISMISSED' ? [detail('exchange.reason.dismissed')] : reasons,
      byType: counts?.byType ?? null,
      totals: counts?.totals ?? null,
    };
  }
  let pkg: VerifiedPackage | null = null;
  try {
    pkg = await verifyPackageBytes(bytes);
    if (pkg.manifest.origin.owner === r.localOwner) return null; // our own package in till-alla
    const signer = signerOf(r.ctx, pkg);
    if (alreadyImported(r.ctx, pkg)) {
      remember(r, entry, sha256, pkg, 'ALREADY');
      return { ...reported(entry, sha256, pkg, 'already-imported'), reasons: [], byType: null, totals: null };
    }
    return await decide(r, entry, sha256, pkg, bytes, signer);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error; // a failure of this machine, not of the package: try again next time
    const reason = error.detail; // every refusal carries its worded key (the type requires it)
    remember(r, entry, sha256, pkg, 'REJECTED', { reasonsJson: JSON.stringify([reason]) });
    return { ...reported(entry, sha256, pkg, 'rejected'), reasons: [reason], byType: null, totals: null };
  }
}

async function decide(r: Receiver, entry: TransportEntry, sha256: string, pkg: VerifiedPackage, bytes: Uint8Array, signer: Signer) {
  const preview = applyVerifiedPackage(r.ctx, pkg, { dryRun: true, confirmMassDeletion: false, trustSigner: false });
  const reasons = confirmations(r.ctx, pkg, preview, r.localOwner);
  const untrusted = signer.status === 'untrusted';
  if (untrusted)
    reasons.push(detail('exchange.reason.untrustedSigner', { sender: pkg.manifest.origin.owner, fingerprint: signer.fingerprint ?? '' }));
  const automatic = r.autoImport && signer.status === 'trusted' && reasons.length === 0;
  const apply = !r.input.dryRun && !untrusted && (automatic || r.input.confirm);
  if (!apply) {
    if (!automatic && reasons.length === 0) reasons.push(detail('exchange.reason.manual'));
    remember(r, entry, sha256, pkg, 'PENDING', {
      reasonsJson: JSON.stringify(reasons),
      countsJson: JSON.stringify({ byType: preview.byType, totals: preview.totals }),
    });
    return { ...reported(entry, sha256, pkg, 'needs-confirmation'), reasons, byType: preview.byType, totals: preview.totals };
  }
  const result = await importPackageBytes(r.ctx, bytes, { confirmMassDeletion: r.input.confirm, trustSigner: false });
  const outcome = result.outcome ?? preview;
  const status = result.status === 'applied' ? 'APPLIED' : 'ALREADY';
  remember(r, entry, sha256, pkg, status, { countsJson: JSON.stringify({ byType: outcome.byType, totals: outcome.totals }) });
  return { ...reported(entry, sha256, pkg, result.status), reasons: [], byType: outcome.byType, totals: outcome.totals };
}

/**
 * Picks up the packages in the installation's own box and `till-alla`: each new file is verified and
 * previewed; it is imported at once when the user chose automatic import and its sender is trusted and
 * signed and nothing in it needs a confirmation (or when `confirm` says the user confirms). Everything
 * else waits as "Paket att granska". What was picked up is remembered by content hash, so a file seen
 * again (under any name) is never applied twice. Temporary, foreign and vanished files are passed over.
 * It runs as a job (jobs/execute.ts, `exchange-receive`), off the backend's request loop: progress is
 * files done of files listed; a cancel stops before the next file (each file's outcome is its own).
 */
export async function receivePackages(
  ctx: ServiceContext,
  input: ReceiveInput,
  transport: ExchangeTransport = exchangeTransportOf(ctx.conn),
  hooks?: ProgressHooks,
): Promise<{ packages: ReceivedPackage[] }> {
  const localOwner = requireLocalOwner(ctx.conn);
  const r: Receiver = {
    ctx,
    input,
    localOwner,
    autoImport: exchangeSettingsOf(ctx.conn).autoImportTrusted,
    nowIso: ctx.now().toISOString(),
  };
  let entries: TransportEntry[];
  try {
    entries = [...(await transport.list(boxOf(localOwner))), ...(await transport.list(BOX_TO_ALL))];
  } catch (error) {
    throw transportRefusal(ctx.conn, error);
  }
  const packages: ReceivedPackage[] = [];
  for (const [done, entry] of entries.entries()) {
    hooks?.onProgress?.(done, entries.length, 'pick-up');
    throwIfCancelled(hooks);
    let bytes: Uint8Array | null;
    try {
      bytes = await transport.read(entry, MAX_PACKAGE_BYTES);
    } catch (error) {
      throw transportRefusal(ctx.conn, error);
    }
    if (bytes === null) continue; // removed while listed, or not a package we take
    const received = await receiveOne(r, entry, bytes);
    if (received) packages.push(received);
  }
  hooks?.onProgress?.(entries.length, entries.length, 'pick-up');
  return { packages };
}
