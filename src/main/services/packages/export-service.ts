import { PACKAGE_RECORD_TYPES, type ExportInput, type PackageRecordType, type PackageSummary } from '@shared/contract/packages';
import { schemaVersionOf } from '../../db/migrate';
import type { Manifest, Payload, UnsignedManifest } from '../../domain/packages/document';
import { PACKAGE_FILE_EXTENSION, PACKAGE_FORMAT_NAME, PACKAGE_FORMAT_VERSION } from '../../domain/packages/format';
import type { WireRecord } from '../../domain/packages/wire';
import type { ServiceContext } from '../../lib/context';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { highestSequence, insertPackageLog, insertRecipients, recordSent, sentStamps, type SentRecord } from '../../repositories/packages/exchange-log';
import { RecordStore } from '../../repositories/packages/record-store';
import { encodeContainer, sha256Hex } from './codec';
import { assertExportable, documentText, encodePayload, type EncodedPayload } from './export-document';
import { changedSince, ownersOfScope, payloadOf, scopeSelection, withReferences } from './export-selection';
import { installationIdOf, requireLocalOwner } from './local';
import { signText, type SigningKey } from './signing';
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { signedManifestText, summaryOf } from './verify';

/** A built package not yet recorded as sent: the CLI writes the file first, then records it. */
export type PreparedExport = {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly manifest: Manifest;
  readonly summary: PackageSummary;
  readonly sent: readonly SentRecord[];
  readonly personIds: ReadonlySet<string>;
};

/** Steps an export reports as progress: select, references, build, compress, record. */
const EXPORT_STEPS = 5;

/** `*` stands for a package addressed to no one in particular. */
export const UNADDRESSED = '*';

function fileNameOf(manifest: UnsignedManifest): string {
  const day = manifest.createdAt.slice(0, 10).replace(/-/g, '');
  const to = manifest.recipient ?? 'all';
  return `samplan-${manifest.origin.owner}-${manifest.scope}-${to}-${String(manifest.sequence).padStart(6, '0')}-${day}${PACKAGE_FILE_EXTENSION}`;
}

/** The persons whose data the package carries (GDPR Art. 19 recipient tracking). */
function personIdsOf(payload: Record<PackageRecordType, WireRecord[]>): Set<string> {
  const ids = new Set<string>();
  for (const p of payload.persons) ids.add(String(p.id));
  for (const m of payload.memberships) ids.add(String(m.personId));
  for (const s of payload.person_salaries) ids.add(String(s.personId));
  return ids;
}

function manifestFor(ctx: ServiceContext, input: ExportInput, localOwner: string, payload: Payload, payloadSha256: string): UnsignedManifest {
  const counts = Object.fromEntries(PACKAGE_RECORD_TYPES.map((t) => [t, payload[t].length])) as Manifest['counts'];
  return {
    format: PACKAGE_FORMAT_NAME,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: schemaVersionOf(ctx.sqlite),
    packageId: ctx.newId(),
    createdAt: ctx.now().toISOString(),
    origin: { owner: localOwner, installationId: installationIdOf(ctx.sqlite), appVersion: ctx.appVersion },
    scope: input.scope,
    recipient: input.recipient,
    sequence: highestSequence(ctx.sqlite, 'OUT', localOwner) + 1,
    counts,
    payloadSha256,
  };
}

/** What the package carries, with the content hashes already computed for its text. */
function sentRecords(payload: Payload, encoded: EncodedPayload): SentRecord[] {
  return PACKAGE_RECORD_TYPES.flatMap((type) => {
    const hashes = encoded.hashes[type];
    return payload[type].map((r, i) => ({ entity: type, recordId: String(r.id), version: Number(r.version), hash: hashes[i]! }));
  });
}

/** Builds a package (reads only). Every record is checked against the format before it leaves. */
export function prepareExport(ctx: ServiceContext, input: ExportInput, signingKey: SigningKey | null, hooks?: ProgressHooks): PreparedExport {
  hooks?.onProgress?.(0, EXPORT_STEPS, 'select');
  const localOwner = requireLocalOwner(ctx.sqlite);
  const store = new RecordStore(ctx.sqlite);
  const owners = ownersOfScope(ctx.sqlite, localOwner, input.scope, input.recipient);
  let selection = scopeSelection(store, input.scope, owners);
  if (input.sinceLast) selection = changedSince(selection, sentStamps(ctx.sqlite, input.recipient ?? UNADDRESSED, input.scope));
  throwIfCancelled(hooks);
  hooks?.onProgress?.(1, EXPORT_STEPS, 'references');
  const payload = payloadOf(withReferences(store, selection, owners));
  throwIfCancelled(hooks);
  hooks?.onProgress?.(2, EXPORT_STEPS, 'build');
  const encoded = encodePayload(payload);
  const unsigned = manifestFor(ctx, input, localOwner, payload, sha256Hex(encoded.text));
  const manifest: Manifest = signingKey
    ? { ...unsigned, signature: { algorithm: 'Ed25519', publicKey: signingKey.publicKey, value: signText(signingKey, signedManifestText(unsigned)) } }
    : unsigned;
  assertExportable(manifest, payload);
  throwIfCancelled(hooks);
  hooks?.onProgress?.(3, EXPORT_STEPS, 'compress');
  const bytes = encodeContainer(documentText(manifest, encoded.text));
  const sent = sentRecords(payload, encoded);
  const summary = summaryOf({ manifest, payload, fileSha256: sha256Hex(bytes), byteLength: bytes.length, signer: signingKey ? { publicKey: signingKey.publicKey, fingerprint: signingKey.fingerprint } : null });
  return { fileName: fileNameOf(manifest), bytes, manifest, summary, sent, personIds: personIdsOf(payload) };
}

/** Records a package as sent, in one transaction: package_log, what each recipient got, whose data went where. */
export function recordExport(ctx: ServiceContext, prepared: PreparedExport): void {
  const { manifest } = prepared;
  const nowIso = ctx.now().toISOString();
  const recipient = manifest.recipient ?? UNADDRESSED;
  ctx.sqlite.transaction(() => {
    insertPackageLog(ctx.sqlite, {
      id: ctx.newId(),
      package_id: manifest.packageId,
      direction: 'OUT',
      at: nowIso,
      origin_owner: manifest.origin.owner,
      recipient: manifest.recipient,
      scope: manifest.scope,
      sequence: manifest.sequence,
      sha256: prepared.summary.fileSha256,
      counts_json: JSON.stringify(manifest.counts),
      status: 'SENT',
    });
    recordSent(ctx.sqlite, recipient, manifest.scope, manifest.packageId, prepared.sent);
    insertRecipients(ctx.sqlite, manifest.packageId, recipient, prepared.personIds, nowIso);
    createAuditWriter(ctx.sqlite, ctx.actor, nowIso).append({
      action: 'package-export',
      entity: 'package_log',
      recordId: manifest.packageId,
      before: null,
      after: { scope: manifest.scope, recipient, sequence: manifest.sequence, sha256: prepared.summary.fileSha256, records: prepared.summary.totalRecords },
    });
  })();
}

/** The `packages:export` channel: build, record as sent, hand the bytes to the UI to save. */
export function exportPackage(ctx: ServiceContext, input: ExportInput, signingKey: SigningKey | null, hooks?: ProgressHooks) {
  const prepared = prepareExport(ctx, input, signingKey, hooks);
  throwIfCancelled(hooks);
  hooks?.onProgress?.(4, EXPORT_STEPS, 'record');
  recordExport(ctx, prepared);
  hooks?.onProgress?.(EXPORT_STEPS, EXPORT_STEPS, 'record');
  return { fileName: prepared.fileName, contentBase64: prepared.bytes.toString('base64'), summary: prepared.summary };
}
