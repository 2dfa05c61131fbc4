import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValidationError } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, type PackageRecordType } from '@shared/contract/packages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { packageDocumentSchema, type Manifest, type Payload } from '../../src/main/domain/packages/document';
import { fieldColumns, rowToWire, type WireRecord } from '../../src/main/domain/packages/wire';
import { sha256Hex } from '../../src/main/services/packages/codec';
import { assertExportable, documentText, encodePayload } from '../../src/main/services/packages/export-document';

/** The definition of docs/package-format.md, written plainly: what the fast paths must equal. */
function reference(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical JSON holds only safe integers, not ${String(value)}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  throw new Error(`canonical JSON cannot hold a ${typeof value}`);
}

function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '1', '10', '9', 'a1', '__proto__', 'toJSON', 'Z', 'å', '\u{1F600}'));
const flat = fc.oneof(fc.string(), fc.integer(), fc.maxSafeInteger(), fc.constant(null), fc.boolean(), fc.double(), fc.constant(undefined));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, flat, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 6 })),
})).node;

describe('canonical JSON fast paths', () => {
  it('equal the plain definition for any value, also with integer-like, __proto__ and unsafe members', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(() => canonicalJson(v))).toBe(outcome(() => reference(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keep the cases JSON.stringify alone would get wrong', () => {
    const cases: unknown[] = [
      JSON.parse('{"__proto__":1,"a":2}'),
      { b: 1, a: 2 },
      { a: 1, 10: 2, 9: 3 },
      { toJSON: () => 'x', a: 1 },
      new Date(0),
      { a: undefined, b: 'x' },
      { a: 1.5 },
      { a: () => 1 },
      { a: [1, { d: 1, c: 2 }] },
      { '\u{1F600}': 1, '\uFFFF': 2 },
    ];
    for (const c of cases) expect(outcome(() => canonicalJson(c))).toBe(outcome(() => reference(c)));
  });

  it('rowToWire writes the fields in canonical order', () => {
    for (const type of PACKAGE_RECORD_TYPES) {
      const row = Object.fromEntries(fieldColumns(type).map(([, column], i) => [column, i % 3 === 0 ? null : i % 3 === 1 ? `v${i}` : i]));
      const wire = rowToWire(type, row);
      expect(Object.keys(wire)).toEqual(Object.keys(wire).sort());
      expect(JSON.stringify(wire)).toBe(reference(wire));
    }
  });
});

describe('the outgoing package text', () => {
  const records = fc.array(
    fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxKeys: 5 }),
    { maxLength: 4 },
  );

  it('is canonicalJson of the payload and the document, and each record hash is of its canonical JSON', () => {
    fc.assert(
      fc.property(fc.tuple(...PACKAGE_RECORD_TYPES.map(() => records)), (lists) => {
        const payload = Object.fromEntries(PACKAGE_RECORD_TYPES.map((type, i) => [type, lists[i]])) as unknown as Payload;
        const encoded = encodePayload(payload);
        expect(encoded.text).toBe(reference(payload));
        for (const type of PACKAGE_RECORD_TYPES) {
          expect(encoded.hashes[type]).toEqual(payload[type].map((r) => createHash('sha256').update(reference(r)).digest('hex')));
        }
        const manifest = { format: 'samplan-package', packageId: 'x', counts: { a: 1 } } as unknown as Manifest;
        expect(documentText(manifest, encoded.text)).toBe(reference({ manifest, payload }));
      }),
      { numRuns: 200 },
    );
    expect(sha256Hex('å')).toBe(createHash('sha256').update('å', 'utf8').digest('hex'));
  });

  it('refuses a record that breaks the format, naming it as the document schema did', () => {
    const empty = Object.fromEntries(PACKAGE_RECORD_TYPES.map((type) => [type, [] as WireRecord[]])) as Record<
      PackageRecordType,
      WireRecord[]
    >;
    const manifest: Manifest = {
      format: 'samplan-package',
      formatVersion: 1,
      schemaVersion: 8,
      packageId: '0b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f',
      createdAt: '2026-11-23T10:00:00.000Z',
      origin: { owner: '23', installationId: '1b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f', appVersion: '1.0.0' },
      scope: 'own',
      recipient: null,
      sequence: 1,
      counts: Object.fromEntries(PACKAGE_RECORD_TYPES.map((type) => [type, 0])) as Manifest['counts'],
      payloadSha256: '0'.repeat(64),
    };
    expect(() => assertExportable(manifest, empty)).not.toThrow();
    expect(() => assertExportable({ ...manifest, sequence: 0 }, empty)).toThrow(/^A record cannot be exported: manifest\.sequence: /);
    const organisation = {
      id: '2b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f',
      owner: '23',
      version: 1,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
      deletedAt: null,
      name: 'Region',
      type: 'COUNTY_HOSPITAL',
      regionCode: '23',
    };
    expect(() => assertExportable(manifest, { ...empty, organisations: [organisation] })).not.toThrow();
    const bad = { ...empty, organisations: [organisation, { ...organisation, regionCode: 'x' }] };
    expect(() => assertExportable(manifest, bad)).toThrow(/^A record cannot be exported: payload\.organisations\.1\.regionCode: /);
    const whole = packageDocumentSchema.safeParse({ manifest, payload: bad });
    expect(whole.success).toBe(false);
    expect(() => assertExportable(manifest, bad)).toThrow(`A record cannot be exported: ${describeValidationError(whole.error!)}`);
  });
});
