import type { z } from 'zod';
import { DomainError, oneLine } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, type PackageRecordType } from '@shared/contract/packages';
import { canonicalJson } from '../../domain/packages/canonical';
import { manifestSchema, type Manifest, type Payload } from '../../domain/packages/document';
import { PACKAGE_LIMITS } from '../../domain/packages/format';
import { RECORD_SCHEMAS } from '../../domain/packages/record-schemas';
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
  const hashes = {} as Record<PackageRecordType, string[]>;
  const lists: string[] = [];
  for (const type of SORTED_TYPES) {
    const texts = payload[type].map((record) => canonicalJson(record));
    hashes[type] = texts.map((text) => sha256Hex(text));
    lists.push(`${JSON.stringify(type)}:[${texts.join(',')}]`);
  }
  return { text: `{${lists.join(',')}}`, hashes };
}

/** canonicalJson({ manifest, payload }) from the already written payload text ("manifest" sorts before "payload"). */
export function documentText(manifest: Manifest, payloadText: string): string {
  return `{"manifest":${canonicalJson(manifest)},"payload":${payloadText}}`;
}

function refuse(prefix: string, error: z.ZodError): never {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].join('.');
  throw new DomainError('VALIDATION', `A record cannot be exported: ${oneLine(`${path}: ${issue?.message ?? 'Invalid input'}`)}`);
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
      throw new DomainError('VALIDATION', `A record cannot be exported: payload.${type} holds more than ${PACKAGE_LIMITS.maxRecords} records`);
    }
    const schema = RECORD_SCHEMAS[type];
    for (let index = 0; index < records.length; index++) {
      const result = schema.safeParse(records[index]);
      if (!result.success) refuse(`payload.${type}.${index}`, result.error);
    }
  }
}
