import { PACKAGE_RECORD_TYPES, type ExportInput, type PackageRecordType, type PackageSummary } from '@shared/contract/packages';
import { transaction } from '../../db/data';
import { schemaVersionOf } from '../../db/migrate';
import type { Manifest, Payload, UnsignedManifest } from '../../domain/packages/document';
import { PACKAGE_FILE_EXTENSION, PACKAGE_FORMAT_NAME, PACKAGE_FORMAT_VERSION } from '../../domain/packages/format';
import type { ServiceContext } from '../../lib/context';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import {
  highestSequence,
  insertPackageLog,
  insertRecipients,
  recordSent,
  sentStamps,
  type SentSet,
} from '../../repositories/packages/exchange-log';
import { RecordStore } from '../../repositories/packages/record-store';
import { encodeContainerAsync, sha256Hex } from './codec';
import { assertExportable, documentBytes, payloadTextOf, recordHashesOf } from './export-document';
import { changedSince, ownersOfScope, payloadOf, scopeSelection, withReferences } from './export-selection';
import { installationIdOf, requireLocalOwner } from './local';
import { RecordNames } from './record-names';
import { signText, type SigningKey } from './signing';
import { throwIfCancelled, type ProgressHooks } from '../../lib/progress';
import { signedManifestText, summaryOf } from './verify';

/** A built package not yet recorded as sent: the CLI writes the file first, then records it. */
export type PreparedExport = {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly manifest: Manifest;
  readonly summary: PackageSummary;
  readonly sent: SentSet;
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

/** The persons (and new candidates) whose data the package carries (GDPR Art. 19 recipient tracking). */
function personIdsOf(payload: Payload): Set<string> {
  const ids = new Set<string>();
  for (const p of payload.persons) ids.add(String(p.id));
  for (const m of payload.memberships) ids.add(String(m.personId));
  for (const s of payload.person_salaries) ids.add(String(s.personId));
  // A candidacy is the person's data; a new candidate (not in the register) is its own data subject, known by the candidate's id.
  for (const c of payload.nomination_candidates) ids.add(String(c.personId ?? c.id));
  return ids;
}

function manifestFor(
  ctx: ServiceContext,
  input: ExportInput,
  localOwner: string,
  payload: Payload,
  payloadSha256: string,
): UnsignedManifest {
  const counts = Object.fromEntries(PACKAGE_RECORD_TYPES.map((t) => [t, payload[t].length])) as Manifest['counts'];
  return {
    format: PACKAGE_FORMAT_NAME,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: schemaVersionOf(ctx.conn.sqlite),
    packageId: ctx.newId(),
    createdAt: ctx.now().toISOString(),
    origin: { owner: localOwner, installationId: installationIdOf(ctx.conn), appVersion: ctx.appVersion },
    scope: input.scope,
    recipient: input.recipient,
    sequence: highestSequence(ctx.conn, 'OUT', localOwner) + 1,
    counts,
    payloadSha256,
  };
}

/** What the package carries, with each record's content hash, in payload order. */
function sentSetOf(payload: Payload, hashes: Readonly<Record<PackageRecordType, readonly string[]>>): SentSet {
  const keys: string[] = [];
  const versions: number[] = [];
  for (const type of PACKAGE_RECORD_TYPES) {
    for (const record of payload[type]) {
      keys.push(`${type}/${String(record.id)}`);
      versions.push(Number(record.version));
    }
  }
  return { keys, versions, hashes: PACKAGE_RECORD_TYPES.flatMap((type) => hashes[type]) };
}

/** The records a package of the input's scope carries, each with its canonical text. */
function selectPayload(ctx: ServiceContext, input: ExportInput, localOwner: string, hooks?: ProgressHooks) {
  const store = new RecordStore(ctx.conn);
  const owners = ownersOfScope(ctx.conn, localOwner, input.scope, input.recipient);
  let selection = scopeSelection(store, input.scope, owners);
  if (input.sinceLast) selection = changedSince(selection, sentStamps(ctx.conn, input.recipient ?? UNADDRESSED, input.scope));
  throwIfCancelled(hooks);
  hooks?.onProgress?.(1, EXPORT_STEPS, 'references');
  // Every package carries what its records refer to, whatever the owner (a full package of the own scope
  // too: its memberships may name another owner's group), or is refused naming the example records it needs.
  const names = new RecordNames(ctx.conn, store);
  return payloadOf(withReferences(store, selection, owners, { recipient: input.recipient, names }));
}

function signed(unsigned: UnsignedManifest, signingKey: SigningKey | null): Manifest {
  if (!signingKey) return unsigned;
  return {
    ...unsigned,
    signature: { algorithm: 'Ed25519', publicKey: signingKey.publicKey, value: signText(signingKey, signedManifestText(unsigned)) },
  };
}

/**
 * Builds a package (reads only). Every record is checked against the format before it leaves; the
 * container is deflated on the thread pool meanwhile (nothing leaves before the check has passed).
 */
export async function prepareExport(
  ctx: ServiceContext,
  input: ExportInput,
  signingKey: SigningKey | null,
  hooks?: ProgressHooks,
): Promise<PreparedExport> {
  hooks?.onProgress?.(0, EXPORT_STEPS, 'select');
  const localOwner = requireLocalOwner(ctx.conn);
  const { payload, texts } = selectPayload(ctx, input, localOwner, hooks);
  throwIfCancelled(hooks);
  hooks?.onProgress?.(2, EXPORT_STEPS, 'build');
  // SQLite wrote each record's text; it is the record's canonical JSON once assertExportable (below,
  // before anything leaves) has seen every record hold only text, safe integers and nulls (RecordStore).
  // The payload text is encoded to UTF-8 once: its checksum and the container both read these bytes.
  const payloadBytes = Buffer.from(payloadTextOf(texts), 'utf8');
  const manifest = signed(manifestFor(ctx, input, localOwner, payload, sha256Hex(payloadBytes)), signingKey);
  const compressing = encodeContainerAsync(documentBytes(manifest, payloadBytes));
  compressing.catch(() => undefined); // awaited below; a refused record must not leave it unhandled
  assertExportable(manifest, payload);
  const sent = sentSetOf(payload, recordHashesOf(texts));
  throwIfCancelled(hooks);
  hooks?.onProgress?.(3, EXPORT_STEPS, 'compress');
  const bytes = await compressing;
  const summary = summaryOf({
    manifest,
    payload,
    fileSha256: sha256Hex(bytes),
    byteLength: bytes.length,
    signer: signingKey ? { publicKey: signingKey.publicKey, fingerprint: signingKey.fingerprint } : null,
  });
  return { fileName: fileNameOf(manifest), bytes, manifest, summary, sent, personIds: personIdsOf(payload) };
}

/** Records a package as sent, in one transaction: package_log, what each recipient got, whose data went where. */
export function recordExport(ctx: ServiceContext, prepared: PreparedExport): void {
  const { manifest } = prepared;
  const nowIso = ctx.now().toISOString();
  const recipient = manifest.recipient ?? UNADDRESSED;
  transaction(ctx.conn, () => {
    insertPackageLog(ctx.conn, {
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
    recordSent(ctx.conn, recipient, manifest.scope, manifest.packageId, prepared.sent);
    insertRecipients(ctx.conn, manifest.packageId, recipient, prepared.personIds, nowIso);
    createAuditWriter(ctx.conn, ctx.actor, nowIso).append({
      action: 'package-export',
      entity: 'package_log',
      recordId: manifest.packageId,
      before: null,
      after: {
        scope: manifest.scope,
        recipient,
        sequence: manifest.sequence,
        sha256: prepared.summary.fileSha256,
        records: prepared.summary.totalRecords,
      },
    });
  });
}

/** The package-export job (jobs/execute.ts): build, record as sent, hand the bytes to the UI to save. */
export async function exportPackage(ctx: ServiceContext, input: ExportInput, signingKey: SigningKey | null, hooks?: ProgressHooks) {
  const prepared = await prepareExport(ctx, input, signingKey, hooks);
  throwIfCancelled(hooks);
  hooks?.onProgress?.(4, EXPORT_STEPS, 'record');
  recordExport(ctx, prepared);
  hooks?.onProgress?.(EXPORT_STEPS, EXPORT_STEPS, 'record');
  return { fileName: prepared.fileName, contentBase64: prepared.bytes.toString('base64'), summary: prepared.summary };
}
