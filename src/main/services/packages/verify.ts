import { PACKAGE_RECORD_TYPES, type PackageSummary } from '@shared/contract/packages';
import { canonicalJson } from '../../domain/packages/canonical';
import { readManifest, readPayload, rejectPackage, type Manifest, type Payload } from '../../domain/packages/document';
import { IllFormedTextError, JsonLimitError, safeJsonParse } from '../../domain/packages/safe-json';
import { decodeContainer, sha256Hex } from './codec';
import { fingerprintOf, verifyText } from './signing';

/** A package whose container, limits, schema, checksum and (if present) signature are all valid. */
export type VerifiedPackage = {
  readonly manifest: Manifest;
  readonly payload: Payload;
  readonly fileSha256: string;
  readonly byteLength: number;
  /** The signer's key when the package is signed (the signature is valid; trust is decided elsewhere). */
  readonly signer: { readonly publicKey: string; readonly fingerprint: string } | null;
};

/** The bytes the signature covers: the canonical manifest without its `signature` field. */
export function signedManifestText(manifest: Manifest): string {
  const { signature: _signature, ...unsigned } = manifest;
  return canonicalJson(unsigned);
}

function payloadChecksum(rawPayload: unknown): string {
  try {
    return sha256Hex(canonicalJson(rawPayload));
  } catch {
    rejectPackage('the payload holds a value a package may not hold (only text, safe integers, null, lists and objects)');
  }
}

/**
 * Verification in the order of the format: container and limits, bounded parse, manifest, payload
 * checksum, signature, then every record strictly. Throws a one-line DomainError on the first failure.
 */
export async function readPackage(file: Uint8Array, latestSchemaVersion: number): Promise<VerifiedPackage> {
  const text = await decodeContainer(file);
  let document: unknown;
  try {
    document = safeJsonParse(text);
  } catch (error) {
    rejectPackage(
      error instanceof JsonLimitError ? error.message : 'not valid JSON',
      error instanceof IllFormedTextError
        ? error.detail
        : { key: error instanceof JsonLimitError ? 'package.rejected.limits' : 'package.rejected.damaged', params: {} },
    );
  }
  const { manifest, rawPayload, signedText } = readManifest(document, latestSchemaVersion);
  if (payloadChecksum(rawPayload) !== manifest.payloadSha256) {
    rejectPackage('the payload checksum does not match the manifest: the package was changed or damaged', {
      key: 'package.rejected.damaged',
      params: {},
    });
  }
  let signer: VerifiedPackage['signer'] = null;
  if (manifest.signature) {
    const { publicKey, value } = manifest.signature;
    if (!verifyText(publicKey, signedText, value)) {
      rejectPackage('the signature does not match: the package was changed after it was signed', {
        key: 'package.rejected.signatureMismatch',
        params: {},
      });
    }
    signer = { publicKey, fingerprint: fingerprintOf(publicKey) };
  }
  const payload = readPayload(manifest, rawPayload);
  return { manifest, payload, fileSha256: sha256Hex(file), byteLength: file.length, signer };
}

export function summaryOf(pkg: VerifiedPackage): PackageSummary {
  const { manifest } = pkg;
  return {
    packageId: manifest.packageId,
    createdAt: manifest.createdAt,
    formatVersion: manifest.formatVersion,
    schemaVersion: manifest.schemaVersion,
    originOwner: manifest.origin.owner,
    originInstallationId: manifest.origin.installationId,
    appVersion: manifest.origin.appVersion,
    scope: manifest.scope,
    recipient: manifest.recipient,
    sequence: manifest.sequence,
    counts: { ...manifest.counts },
    totalRecords: PACKAGE_RECORD_TYPES.reduce((sum, type) => sum + manifest.counts[type], 0),
    payloadSha256: manifest.payloadSha256,
    fileSha256: pkg.fileSha256,
    byteLength: pkg.byteLength,
    signerFingerprint: pkg.signer?.fingerprint ?? null,
  };
}
