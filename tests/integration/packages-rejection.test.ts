import { createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { GZIP_HEADER } from '../../src/main/domain/packages/format';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { decodeContainer } from '../../src/main/services/packages/codec';
import { verifyPackageBytes } from '../../src/main/services/packages/import-service';
import { caller } from '../helpers/call';
import { logicalDump } from '../helpers/temp';
import { personFields } from '../helpers/setup';
import {
  decodeDocument,
  encodeDocument,
  encodeText,
  exportPackageBytes,
  importInput,
  importPackageResult,
  startInstallation,
} from '../helpers/packages';

let sender: StartedApp;
let receiver: StartedApp;
let valid: Buffer;
let signed: Buffer;

beforeAll(async () => {
  sender = await startInstallation('23');
  receiver = await startInstallation('NORRA');
  const { ok } = caller(sender);
  await ok('persons:create', { ...personFields, name: 'Åsa Öberg', email: 'asa@example.org' });
  await ok('fixed-contributions:create', { regionCode: '23', year: 2026, recipient: 'RCC Norr', label: 'RCC', amountOre: 100 });
  valid = (await exportPackageBytes(sender, { scope: 'own' })).bytes;
  await ok('keys:generate', {});
  signed = (await exportPackageBytes(sender, { scope: 'own', sign: true })).bytes;
});
afterAll(async () => {
  await sender.opened.close();
  await receiver.opened.close();
});

/** Imports through the channel; the package must be refused with one line and the database unchanged. */
async function expectRejected(bytes: Buffer, pattern: RegExp): Promise<void> {
  const before = logicalDump(receiver);
  const result = await importPackageResult(receiver, importInput(bytes));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toMatch(pattern);
  expect(result.error.message.split('\n')).toHaveLength(1);
  expect(logicalDump(receiver)).toBe(before);
  const inspected = await caller(receiver).raw('packages:inspect', importInput(bytes));
  expect(inspected.ok).toBe(false);
}

/** A copy of the valid package's document, changed by `change`. */
function tampered(change: (doc: ReturnType<typeof decodeDocument>) => void, fixChecksum = true, from = valid): Buffer {
  const doc = decodeDocument(from);
  change(doc);
  return encodeDocument(doc, fixChecksum);
}

const person = (doc: ReturnType<typeof decodeDocument>) => doc.payload.persons![0]!;

describe('import of untrusted packages: every hostile case is refused, nothing changes', () => {
  it('the valid packages themselves verify', async () => {
    await expect(verifyPackageBytes(valid)).resolves.toBeDefined();
    await expect(verifyPackageBytes(signed)).resolves.toMatchObject({ signer: { fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it('a truncated file', async () => {
    await expectRejected(valid.subarray(0, Math.floor(valid.length / 2)), /damaged or truncated|does not match/);
    await expectRejected(valid.subarray(0, 12), /not a Samplan package/);
    await expectRejected(valid.subarray(0, valid.length - 1), /damaged or truncated|does not match/);
  });

  it('one changed byte anywhere: rejected, unless the byte carried no information at all', async () => {
    // Every byte of a small package, header and trailer included, flipped in its lowest and highest
    // bit. Only the unused padding bits after deflate's last block carry no information; a flip
    // there must leave the decompressed content identical (nothing was tampered with).
    for (const file of [valid, signed]) {
      const original = await decodeContainer(file);
      let harmless = 0;
      for (let i = 0; i < file.length; i++) {
        for (const mask of [0x01, 0x80]) {
          const copy = Buffer.from(file);
          copy[i]! ^= mask;
          const accepted = await verifyPackageBytes(copy).then(
            () => true,
            (error: Error) => {
              expect(error.message, `byte ${i} ^ ${mask}`).toMatch(/^Package rejected: /);
              return false;
            },
          );
          if (!accepted) continue;
          harmless += 1;
          expect(await decodeContainer(copy), `byte ${i} ^ ${mask}`).toBe(original);
          expect(i, 'only the last deflate byte may hold padding').toBe(file.length - 9);
        }
      }
      expect(harmless).toBeLessThanOrEqual(1);
    }
    const copy = Buffer.from(valid);
    copy[Math.floor(copy.length / 2)]! ^= 0x10;
    await expectRejected(copy, /Package rejected/);
  });

  it('changed content with valid gzip framing: the payload checksum', async () => {
    await expectRejected(
      tampered((doc) => (person(doc).name = 'Mallory'), false),
      /payload checksum does not match/,
    );
  });

  it('changed content with a recomputed checksum: the signature', async () => {
    await expectRejected(
      tampered((doc) => (person(doc).name = 'Mallory'), true, signed),
      /signature does not match/,
    );
    await expectRejected(
      tampered((doc) => ((doc.manifest as { sequence: number }).sequence = 99), false, signed),
      /signature does not match/,
    );
  });

  it('the payload of one package under the manifest of another (mix and match)', async () => {
    const other = decodeDocument(signed);
    const mixed = tampered((doc) => (doc.payload = { ...other.payload, persons: [] }), false);
    await expectRejected(mixed, /payload checksum does not match|counts/);
  });

  it('wrong format', async () => {
    await expectRejected(Buffer.from('PK\u0003\u0004 not a package'), /fixed gzip header/);
    await expectRejected(encodeText(JSON.stringify({ hello: 'world' })), /not a Samplan package/);
    await expectRejected(
      tampered((doc) => (doc.manifest.format = 'other-package')),
      /not a Samplan package/,
    );
    await expectRejected(encodeText('{"manifest": '), /not valid JSON|ends inside/);
    await expectRejected(Buffer.concat([GZIP_HEADER, Buffer.from([0x03, 0x00]), Buffer.alloc(8)]), /Package rejected/);
  });

  it('a newer format or schema version, with a clear message', async () => {
    await expectRejected(
      tampered((doc) => (doc.manifest.schemaVersion = LATEST_SCHEMA_VERSION + 1)),
      /newer Samplan \(database schema \d+, this version knows \d+\); update Samplan/,
    );
    await expectRejected(
      tampered((doc) => (doc.manifest.formatVersion = 2)),
      /package format version 2, this Samplan reads version 1; update Samplan/,
    );
  });

  it('unknown fields at any level', async () => {
    await expectRejected(
      tampered((doc) => (person(doc).nickname = 'Åsa')),
      /payload\.persons\[0\]: .*nickname/i,
    );
    await expectRejected(
      tampered((doc) => (doc.manifest.comment = 'hi')),
      /manifest: .*comment/i,
    );
    await expectRejected(
      tampered((doc) => ((doc.payload as Record<string, unknown>).secrets = [])),
      /exactly the record types/,
    );
    await expectRejected(
      tampered((doc) => (person(doc)['line\nbreak\u2028'] = 1)),
      /payload\.persons\[0\]: Unrecognized key: "line(\\u000a| )break/,
    );
  });

  it('wrong types, money that is not a whole number of öre, bad dates and ids', async () => {
    await expectRejected(
      tampered((doc) => (doc.payload.fixed_contributions![0]!.amountOre = 1.5), false),
      /may not hold/,
    );
    await expectRejected(
      tampered((doc) => (doc.payload.fixed_contributions![0]!.amountOre = '100')),
      /amountOre/,
    );
    await expectRejected(encodeText(decodeDocumentText(valid).replace('"amountOre":100', '"amountOre":1e309')), /may not hold|amountOre/);
    await expectRejected(
      tampered((doc) => (person(doc).createdAt = '2026-13-45')),
      /createdAt/,
    );
    await expectRejected(
      tampered((doc) => (person(doc).id = 'not-a-uuid')),
      /id/,
    );
  });

  it('prototype-pollution keys are rejected and Object.prototype stays clean', async () => {
    const text = decodeDocumentText(valid);
    const variants = [
      text.replace('"persons":[{', '"persons":[{"__proto__":{"polluted":true},'),
      text.replace('"persons":[{', '"persons":[{"constructor":{"prototype":{"polluted":true}},'),
      text.replace('"manifest":{', '"manifest":{"\\u005f_proto__":{"polluted":true},'),
      text.replace('{"manifest"', '{"prototype":1,"manifest"'),
    ];
    for (const variant of variants) await expectRejected(encodeText(variant), /is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('deep nesting, within 2 seconds', async () => {
    await expectRejected(encodeText(`{"manifest":${'['.repeat(65)}${']'.repeat(65)}}`), /nested deeper than 64/);
    await expectRejected(
      tampered((doc) => (person(doc).notes = JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) as string)),
      /nested deeper than 64/,
    );
    const started = Date.now();
    await expectRejected(
      encodeText(`{"manifest":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      /nested deeper than 64|expands more than/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('oversized strings and files', async () => {
    await expectRejected(
      tampered((doc) => (person(doc).notes = 'x'.repeat(10_001))),
      /longer than 10000 characters/,
    );
    await expectRejected(encodeText(`{"manifest":"${'x'.repeat(10 * 1024 * 1024)}"}`), /longer than 10000 characters|expands more than/);
    await expectRejected(encodeText(`{"manifest":${'1'.repeat(100)}}`), /number is longer/);
    const big = Buffer.concat([valid, Buffer.alloc(50 * 1024 * 1024)]);
    const result = await importPackageResult(receiver, importInput(big));
    expect(result.ok || result.error.message).toMatch(/större än 50 MB/);
    await expect(verifyPackageBytes(big)).rejects.toThrow(/larger than 50 MB/);
  });

  it('a decompression bomb is stopped early (ratio above 100:1)', async () => {
    const bomb = await zeroBomb(300);
    const started = Date.now();
    await expectRejected(bomb, /expands more than 100-fold/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('duplicate ids and counts that do not match', async () => {
    await expectRejected(
      tampered((doc) => {
        doc.payload.persons!.push({ ...person(doc) });
        (doc.manifest.counts as Record<string, number>).persons = 2;
      }),
      /appears twice in persons/,
    );
    await expectRejected(
      tampered((doc) => ((doc.manifest.counts as Record<string, number>).persons = 5)),
      /counts 5 persons/,
    );
  });

  it('extra bytes after the compressed data', async () => {
    await expectRejected(Buffer.concat([valid, Buffer.alloc(4)]), /Package rejected/);
    await expectRejected(Buffer.concat([valid, valid]), /Package rejected/);
  });
});

function decodeDocumentText(bytes: Buffer): string {
  return JSON.stringify(decodeDocument(bytes));
}

/** A container whose deflate data expands to `megabytes` MB of zeros (built in chunks, never held whole). */
async function zeroBomb(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.write(zeros);
  deflate.end();
  await done;
  return Buffer.concat([GZIP_HEADER, ...chunks, Buffer.alloc(8)]);
}
