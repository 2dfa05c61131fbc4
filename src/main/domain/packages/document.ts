import { z } from 'zod';
import { DomainError, type ErrorDetail } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, PACKAGE_SCOPES, type PackageRecordType } from '@shared/contract/packages';
import { PACKAGE_FORMAT_NAME, PACKAGE_FORMAT_VERSION, PACKAGE_LIMITS } from './format';
import { canonicalJson } from './canonical';
import { compiledRecordSchema, ownerCode, RECORD_SCHEMAS, timestamp } from './record-schemas';
import type { WireRecord } from './wire';

/** The manifest and the document around it (docs/package-format.md, docs/package-format.schema.json). */

const count = z.number().int().min(0).max(PACKAGE_LIMITS.maxRecords);
const byType = <V>(value: (type: PackageRecordType) => V) =>
  Object.fromEntries(PACKAGE_RECORD_TYPES.map((type) => [type, value(type)])) as { [T in PackageRecordType]: V };

export const signatureSchema = z
  .strictObject({
    algorithm: z.literal('Ed25519'),
    /** Base64 of the raw 32-byte Ed25519 public key (RFC 8032). */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'base64 of a 32-byte Ed25519 public key'),
    /** Base64 of the 64-byte signature over the canonical manifest without `signature`. */
    value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'base64 of a 64-byte Ed25519 signature'),
  })
  .meta({ id: 'signature', description: 'Ed25519 signature over the canonical JSON of the manifest without its signature field.' });

export const manifestSchema = z
  .strictObject({
    format: z.literal(PACKAGE_FORMAT_NAME),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    schemaVersion: z.number().int().min(1).max(100_000),
    packageId: z.uuid(),
    createdAt: timestamp,
    origin: z.strictObject({ owner: ownerCode, installationId: z.uuid(), appVersion: z.string().min(1).max(50) }),
    scope: z.enum(PACKAGE_SCOPES),
    recipient: ownerCode.nullable(),
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    counts: z.strictObject(byType(() => count)),
    payloadSha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
    signature: signatureSchema.optional(),
  })
  .meta({ id: 'manifest', description: 'What the package is, who wrote it, for whom, and the checksum of the payload.' });
export type Manifest = z.infer<typeof manifestSchema>;
export type UnsignedManifest = Omit<Manifest, 'signature'>;

export const payloadSchema = z
  .strictObject(byType((type) => z.array(RECORD_SCHEMAS[type]).max(PACKAGE_LIMITS.maxRecords)))
  .meta({ id: 'payload', description: 'Every record type, each a list of records (possibly empty).' });
/** The whole document; the JSON Schema file is generated from this. */
export const packageDocumentSchema = z.strictObject({ manifest: manifestSchema, payload: payloadSchema });

export type Payload = { readonly [T in PackageRecordType]: readonly WireRecord[] };

/**
 * Rejects the whole package with one readable line (control characters from the file are blanked) and,
 * when given, a detail the renderer words in the user's language.
 */
export function rejectPackage(message: string, detail: ErrorDetail = { key: 'package.rejected.invalid', params: {} }): never {
  const line = message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  throw new DomainError('VALIDATION', `Package rejected: ${line.length > 500 ? `${line.slice(0, 500)}…` : line}`, detail);
}

/** `payload.persons[3].email: Invalid …` for the first issue of a zod error. */
function issueText(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return `${prefix}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Clear messages for the cases a person can act on, before the strict schema speaks. */
function checkVersions(manifest: Record<string, unknown>, latestSchemaVersion: number): void {
  if (manifest.format !== PACKAGE_FORMAT_NAME)
    rejectPackage('this is not a Samplan package (the format name is missing or wrong)', {
      key: 'package.rejected.notPackage',
      params: {},
    });
  const { formatVersion, schemaVersion } = manifest;
  if (typeof formatVersion === 'number' && formatVersion > PACKAGE_FORMAT_VERSION) {
    rejectPackage(`it uses package format version ${formatVersion}, this Samplan reads version ${PACKAGE_FORMAT_VERSION}; update Samplan`, {
      key: 'package.rejected.newerVersion',
      params: {},
    });
  }
  if (typeof schemaVersion === 'number' && schemaVersion > latestSchemaVersion) {
    rejectPackage(
      `it was written by a newer Samplan (database schema ${schemaVersion}, this version knows ${latestSchemaVersion}); update Samplan`,
      { key: 'package.rejected.newerVersion', params: {} },
    );
  }
}

/**
 * Record types added to format version 1 after it was published, with the database schema version that
 * added them: a package written by an older Samplan has neither their counts nor their lists, and is read
 * as if they were empty.
 */
export const LATER_RECORD_TYPES: Readonly<Partial<Record<PackageRecordType, number>>> = {
  nomination_requests: 17,
  nomination_candidates: 17,
};

/** The record types a package of this schema version may lack. */
function typesAbsentIn(schemaVersion: unknown): PackageRecordType[] {
  if (typeof schemaVersion !== 'number') return [];
  return PACKAGE_RECORD_TYPES.filter((type) => (LATER_RECORD_TYPES[type] ?? 0) > schemaVersion);
}

/** An older package's manifest with zero counts for the record types it cannot know. */
function withLaterCounts(manifest: Record<string, unknown>): Record<string, unknown> {
  const absent = typesAbsentIn(manifest.schemaVersion);
  const counts = manifest.counts;
  if (absent.length === 0 || !isObject(counts)) return manifest;
  return { ...manifest, counts: { ...Object.fromEntries(absent.map((type) => [type, 0])), ...counts } };
}

/**
 * Step one of verification: the document's shape and its manifest. The payload is returned unread, with
 * the text the signature covers: the canonical manifest as written, without its `signature`.
 */
export function readManifest(
  document: unknown,
  latestSchemaVersion: number,
): { manifest: Manifest; rawPayload: unknown; signedText: string } {
  if (!isObject(document) || !isObject(document.manifest))
    rejectPackage('this is not a Samplan package (no manifest)', { key: 'package.rejected.notPackage', params: {} });
  checkVersions(document.manifest, latestSchemaVersion);
  const keys = Object.keys(document).sort().join(',');
  if (keys !== 'manifest,payload') rejectPackage(`the document must hold exactly "manifest" and "payload", not ${keys}`);
  const parsed = manifestSchema.safeParse(withLaterCounts(document.manifest));
  if (!parsed.success) rejectPackage(issueText('manifest', parsed.error));
  const { signature: _signature, ...unsigned } = document.manifest;
  return { manifest: parsed.data, rawPayload: document.payload, signedText: canonicalJson(unsigned) };
}

function readRecords(type: PackageRecordType, raw: unknown, expected: number): WireRecord[] {
  if (!Array.isArray(raw)) rejectPackage(`payload.${type} must be a list`);
  if (raw.length !== expected) rejectPackage(`the manifest counts ${expected} ${type}, the payload holds ${raw.length}`);
  const schema = compiledRecordSchema(type);
  const ids = new Set<string>();
  return raw.map((record: unknown, index) => {
    // z.validate answers from the compiled check without building a copy (nothing is transformed, so
    // the record as parsed is the record validated); safeParse names the first problem.
    if (!z.validate(schema, record)) {
      const parsed = schema.safeParse(record);
      if (!parsed.success) rejectPackage(issueText(`payload.${type}[${index}]`, parsed.error));
    }
    const wire = record as WireRecord;
    const id = wire.id as string;
    if (ids.has(id)) rejectPackage(`the id ${id} appears twice in ${type}`);
    ids.add(id);
    return wire;
  });
}

/** Step two, after the checksum and signature: every record strictly, counts, duplicate ids. */
export function readPayload(manifest: Manifest, rawPayload: unknown): Payload {
  if (!isObject(rawPayload)) rejectPackage('the payload is missing');
  const absent = new Set(typesAbsentIn(manifest.schemaVersion).filter((type) => !(type in rawPayload)));
  const expected = PACKAGE_RECORD_TYPES.filter((type) => !absent.has(type))
    .sort()
    .join(',');
  const keys = Object.keys(rawPayload).sort().join(',');
  if (keys !== expected) rejectPackage(`the payload must hold exactly the record types ${expected}`);
  const total = PACKAGE_RECORD_TYPES.reduce((sum, type) => sum + manifest.counts[type], 0);
  if (total > PACKAGE_LIMITS.maxRecords) rejectPackage(`it holds ${total} records, more than ${PACKAGE_LIMITS.maxRecords}`);
  return byType((type) => readRecords(type, absent.has(type) ? [] : rawPayload[type], manifest.counts[type]));
}
