import { z } from 'zod';
import { packageDocumentSchema } from './document';
import { PACKAGE_FORMAT_VERSION } from './format';

/**
 * The JSON Schema (draft 2020-12) of the decompressed package document, generated from the zod
 * schemas the importer uses, so the published file (docs/package-format.schema.json) cannot drift.
 * Rules JSON Schema cannot state (checksum, signature, counts, unique ids, cross-field rules) are in
 * docs/package-format.md.
 */
export function packageJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(packageDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: `urn:samplan:package-format:${PACKAGE_FORMAT_VERSION}`,
    title: `Samplan package, format version ${PACKAGE_FORMAT_VERSION}`,
    description:
      'The decompressed content of a *.samplan file: one JSON document {manifest, payload}. See docs/package-format.md for the container (gzip), canonical JSON, the checksum, the signature and the merge rules.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
