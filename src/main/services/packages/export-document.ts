import { z } from 'zod';
import { DomainError, oneLine, type ErrorDetail } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, type PackageRecordType } from '@shared/contract/packages';
import { canonicalJson } from '../../domain/packages/canonical';
import { manifestSchema, type Manifest, type Payload } from '../../domain/packages/document';
import { PACKAGE_LIMITS } from '../../domain/packages/format';
import { compiledRecordSchema } from '../../domain/packages/record-schemas';
import { sha256Hex } from './codec';

/**
 * The text of an outgoing package, written once: every record's canonical JSON is computed one time
 * and gives its content hash, the payload text (and so the payload checksum) and the document text.
 */
export type EncodedPayload = {
  /** canonicalJson(payload), built from the records' texts. */
  readonly text: string;
  /** SHA-256 of each record's canonical JSON, in payload order. */
  readonly hashes: Readonly<Record<PackageRecordType, readonly string[]>>;
};

/** The record types in canonical key order (UTF-16 code units). */
const SORTED_TYPES: readonly PackageRecordType[] = [...PACKAGE_RECORD_TYPES].sort();

export function encodePayload(payload: Payload): EncodedPayload {
  const texts = Object.fromEntries(
    PACKAGE_RECORD_TYPES.map((type) => [type, payload[type].map((record) => canonicalJson(record))]),
  ) as Record<PackageRecordType, string[]>;
  return { text: payloadTextOf(texts), hashes: recordHashesOf(texts) };
}

/** Each record's canonical JSON by type, in payload order (written by SQLite for records read to export). */
export type RecordTexts = Readonly<Record<PackageRecordType, readonly string[]>>;

/** canonicalJson(payload) from each record's canonical JSON. */
export function payloadTextOf(texts: RecordTexts): string {
  return `{${SORTED_TYPES.map((type) => `${JSON.stringify(type)}:[${texts[type].join(',')}]`).join(',')}}`;
}

/** SHA-256 of each record's canonical JSON, in payload order. */
export function recordHashesOf(texts: RecordTexts): Record<PackageRecordType, string[]> {
  return Object.fromEntries(PACKAGE_RECORD_TYPES.map((type) => [type, texts[type].map((text) => sha256Hex(text))])) as Record<
    PackageRecordType,
    string[]
  >;
}

/** canonicalJson({ manifest, payload }) from the already written payload text ("manifest" sorts before "payload"). */
export function documentText(manifest: Manifest, payloadText: string): string {
  return `{"manifest":${canonicalJson(manifest)},"payload":${payloadText}}`;
}

/** The UTF-8 bytes of documentText(manifest, payload text), given the payload text's bytes (encoded once). */
export function documentBytes(manifest: Manifest, payloadBytes: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`{"manifest":${canonicalJson(manifest)},"payload":`, 'utf8'), payloadBytes, Buffer.from('}', 'utf8')]);
}

/** The English message keeps the path for logs; the person reads the record's name (a manifest problem is an internal error). */
function refuse(prefix: string, error: z.ZodError, record?: Readonly<Record<string, unknown>>): never {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].join('.');
  const name = record && typeof record.name === 'string' ? record.name : record && typeof record.label === 'string' ? record.label : '';
  const detail: ErrorDetail = record
    ? { key: 'package.export.invalidRecord', params: { record: name } }
    : { key: 'internal.error', params: {} };
  throw new DomainError('VALIDATION', `A record cannot be exported: ${oneLine(`${path}: ${issue?.message ?? 'Invalid input'}`)}`, detail);
}

/**
 * Checks the manifest and every record against the format before anything leaves (what
 * packageDocumentSchema checks, record by record, so the first bad record is named at once).
 */
export function assertExportable(manifest: Manifest, payload: Payload): void {
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) refuse('manifest', checked.error);
  for (const type of PACKAGE_RECORD_TYPES) {
    const records = payload[type];
    if (records.length > PACKAGE_LIMITS.maxRecords) {
      throw new DomainError(
        'VALIDATION',
        `A record cannot be exported: payload.${type} holds more than ${PACKAGE_LIMITS.maxRecords} records`,
        { key: 'package.export.tooManyRecords', params: { max: PACKAGE_LIMITS.maxRecords } },
      );
    }
    const schema = compiledRecordSchema(type);
    for (let index = 0; index < records.length; index++) {
      // z.validate answers from the compiled check without building a copy; safeParse names the problem.
      if (z.validate(schema, records[index])) continue;
      const result = schema.safeParse(records[index]);
      if (!result.success) refuse(`payload.${type}.${index}`, result.error, records[index]);
    }
  }
}
