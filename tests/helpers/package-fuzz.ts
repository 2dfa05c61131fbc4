import zlib, { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { GZIP_HEADER } from '../../src/main/domain/packages/format';
import { encodeContainer } from '../../src/main/services/packages/codec';
import { decodeDocument, encodeDocument } from './packages';
import type { Prng } from '../../src/main/services/generator/prng';

/**
 * Generators of damaged and hostile package files for tests/integration/fuzz-packages.test.ts. Each
 * case says whether it can never be a valid package (`strict`) or may, by chance, decode to exactly
 * the original document (a flipped padding bit, a whitespace edit): those are checked by content.
 */
export type FuzzCase = { readonly kind: string; readonly bytes: Buffer; readonly strict: boolean; readonly source: Buffer };

type Doc = ReturnType<typeof decodeDocument>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every path in the document (objects and arrays included), with the value found there. */
function pathsOf(value: Json, prefix: Path = [], out: { path: Path; value: Json }[] = []): { path: Path; value: Json }[] {
  out.push({ path: prefix, value });
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
}

/** Re-encodes a tampered document, recomputing its checksum when asked and when the payload allows it. */
function encode(doc: Doc, fixChecksum: boolean): Buffer {
  try {
    return encodeDocument(doc, fixChecksum);
  } catch {
    return encodeDocument(doc, false);
  }
}

const WRONG_VALUES: readonly Json[] = [
  0,
  -1,
  1.5,
  2 ** 53,
  'x',
  '',
  '1',
  'null',
  'true',
  true,
  false,
  [],
  [1],
  ['a'],
  {},
  { a: 1 },
  { id: 'x' },
];

/** The manifest's payload checksum is recomputed after tampering, so a change there would be undone. */
const isChecksum = (path: Path) => path.length === 2 && path[1] === 'payloadSha256';

function wrongType(rng: Prng, doc: Doc): Buffer {
  const fixChecksum = rng.next() < 0.7;
  const candidates = pathsOf(doc as unknown as Json).filter(
    (p) => p.path.length > 0 && p.value !== null && !(fixChecksum && isChecksum(p.path)),
  );
  const target = rng.pick(candidates);
  const replacement = rng.pick(WRONG_VALUES.filter((v) => kindOf(v) !== kindOf(target.value)));
  setAt(doc as unknown as Json, target.path, replacement);
  return encode(doc, fixChecksum);
}

function stringPath(rng: Prng, doc: Doc): Path {
  const strings = pathsOf(doc as unknown as Json).filter((p) => typeof p.value === 'string' && !isChecksum(p.path));
  return rng.pick(strings).path;
}

function hugeString(rng: Prng, doc: Doc): Buffer {
  const length = rng.int(10_001, 400_000);
  const unit = rng.pick(['x', 'å', '🧑‍⚕️', '\\', '"', 'ab']);
  setAt(doc as unknown as Json, stringPath(rng, doc), unit.repeat(Math.ceil(length / unit.length)));
  return encode(doc, true);
}

function deepNesting(rng: Prng, doc: Doc, text: string): Buffer {
  const depth = rng.int(65, 30_000);
  const [open, close] = rng.pick([
    ['[', ']'],
    ['{"a":', '}'],
    ['[{"b":', '}]'],
  ] as const);
  const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
  if (rng.next() < 0.5) return encodeContainer(nested);
  const marker = JSON.stringify(doc.manifest.packageId);
  return encodeContainer(text.replace(marker, nested));
}

const POLLUTION = ['"__proto__"', '"constructor"', '"prototype"', '"\\u005f_proto__"', '"__pro\\u0074o__"', '"construc\\u0074or"'];

function pollutionKey(rng: Prng, text: string): Buffer {
  const openings = [...text.matchAll(/\{/g)].map((m) => m.index);
  const at = rng.pick(openings) + 1;
  const value = rng.pick(['{"polluted":true}', '1', 'null', '{"prototype":{"polluted":true}}', '[]']);
  return encodeContainer(`${text.slice(0, at)}${rng.pick(POLLUTION)}:${value},${text.slice(at)}`);
}

function recordLists(doc: Doc): [string, Record<string, unknown>[]][] {
  return Object.entries(doc.payload).filter(([, list]) => list.length > 0);
}

function duplicateId(rng: Prng, doc: Doc): Buffer {
  const [type, list] = rng.pick(recordLists(doc));
  const copy = { ...rng.pick(list), ...(rng.next() < 0.5 ? {} : { version: rng.int(1, 1000) }) };
  list.splice(rng.int(0, list.length), 0, copy);
  const counts = doc.manifest.counts as Record<string, number>;
  if (rng.next() < 0.8) counts[type] = list.length;
  return encode(doc, true);
}

function wrongCounts(rng: Prng, doc: Doc): Buffer {
  const counts = doc.manifest.counts as Record<string, number>;
  const type = rng.pick(Object.keys(counts));
  counts[type] = (counts[type] ?? 0) + rng.pick([1, -1, 2, 1000, -1000]);
  return encode(doc, true);
}

/** A record's owner changed to one the sender may not write for; verified, but every such record must be ignored. */
export function wrongOwner(rng: Prng, source: Buffer, owners: readonly string[]): { bytes: Buffer; owner: string } {
  const doc = decodeDocument(source);
  const [, list] = rng.pick(recordLists(doc));
  const owner = rng.pick(owners);
  rng.pick(list).owner = owner;
  return { bytes: encode(doc, true), owner };
}

let largeBomb: Buffer | null = null;

/** 256 MB of zeros deflated once (about 250 kB): more than the 200 MB limit, far above the ratio limit. */
function largeBombBody(): Buffer {
  if (largeBomb === null) {
    // Non-final blocks ending in a sync flush; their back-references stay inside each copy, so copies
    // chain into one valid stream, closed by an empty final block.
    const part = zlib.deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    largeBomb = Buffer.concat([...Array.from({ length: 16 }, () => part), Buffer.from([0x03, 0x00])]);
  }
  return largeBomb;
}

function bomb(rng: Prng): Buffer {
  if (rng.next() < 0.025) return Buffer.concat([GZIP_HEADER, largeBombBody(), Buffer.alloc(8)]);
  const size = rng.int(512, 4096) * 1024;
  const unit = Buffer.from(rng.pick(['\u0000', ' ', '[', 'a', '{"a":[', '"x",']));
  const data = Buffer.alloc(size, unit);
  const body = deflateRawSync(data, { level: rng.pick([1, 6, 9]) });
  const trailer = Buffer.alloc(8);
  if (rng.next() < 0.5) trailer.writeUInt32LE(size, 4);
  return Buffer.concat([GZIP_HEADER, body, trailer]);
}

function flipBytes(rng: Prng, source: Buffer): Buffer {
  const copy = Buffer.from(source);
  for (let n = rng.int(1, 4); n > 0; n--) copy[rng.int(0, copy.length - 1)]! ^= rng.int(1, 255);
  return copy;
}

function mutateText(rng: Prng, text: string): string {
  const at = rng.int(0, text.length - 1);
  const glyph = rng.pick(['"', '{', '}', '[', ']', ',', ':', '0', '9', 'a', ' ', '\\', '\u0000', '\uD800', 'é']);
  const op = rng.int(0, 2);
  if (op === 0) return text.slice(0, at) + text.slice(at + rng.int(1, 8));
  if (op === 1) return text.slice(0, at) + glyph + text.slice(at);
  return text.slice(0, at) + glyph + text.slice(at + 1);
}

const randomJson = fc.jsonValue({ maxDepth: 6 });

/** One hostile case of the given class, built from the valid packages. */
export function makeCase(kind: string, rng: Prng, packages: readonly Buffer[]): FuzzCase {
  const source = rng.pick(packages);
  const text = JSON.stringify(decodeDocument(source));
  const strict = (bytes: Buffer): FuzzCase => ({ kind, bytes, strict: true, source });
  switch (kind) {
    case 'byte-flip':
      return { kind, bytes: flipBytes(rng, source), strict: false, source };
    case 'truncation':
      return strict(source.subarray(0, rng.int(0, source.length - 1)));
    case 'trailing-bytes':
      return strict(
        Buffer.concat([
          source,
          Buffer.from(fc.sample(fc.uint8Array({ minLength: 1, maxLength: 64 }), { seed: rng.int(0, 2 ** 30), numRuns: 1 })[0] ?? [0]),
        ]),
      );
    case 'text-edit': {
      // Signed packages only: without a signature the manifest is not protected (see docs/package-format.md).
      const signed = packages[packages.length - 1] ?? source;
      return { kind, bytes: encodeContainer(mutateText(rng, JSON.stringify(decodeDocument(signed)))), strict: false, source: signed };
    }
    case 'wrong-type':
      return strict(wrongType(rng, decodeDocument(source)));
    case 'huge-string':
      return strict(hugeString(rng, decodeDocument(source)));
    case 'deep-nesting':
      return strict(deepNesting(rng, decodeDocument(source), text));
    case 'decompression-bomb':
      return strict(bomb(rng));
    case 'pollution-key':
      return strict(pollutionKey(rng, text));
    case 'duplicate-id':
      return strict(duplicateId(rng, decodeDocument(source)));
    case 'wrong-counts':
      return strict(wrongCounts(rng, decodeDocument(source)));
    case 'random-json':
      return strict(encodeContainer(JSON.stringify(fc.sample(randomJson, { seed: rng.int(0, 2 ** 30), numRuns: 1 })[0] ?? null)));
    case 'random-bytes': {
      const noise = Buffer.from(fc.sample(fc.uint8Array({ maxLength: 4096 }), { seed: rng.int(0, 2 ** 30), numRuns: 1 })[0] ?? []);
      return strict(rng.next() < 0.5 ? noise : Buffer.concat([GZIP_HEADER, noise]));
    }
    default:
      throw new Error(`unknown fuzz class ${kind}`);
  }
}

/** How many cases of each class make up one run of `total` (the CI setting is 10 000). */
export function classPlan(total: number): [string, number][] {
  const shares: [string, number][] = [
    ['byte-flip', 20],
    ['truncation', 8],
    ['trailing-bytes', 4],
    ['text-edit', 14],
    ['wrong-type', 15],
    ['huge-string', 4],
    ['deep-nesting', 5],
    ['decompression-bomb', 2],
    ['pollution-key', 7],
    ['duplicate-id', 5],
    ['wrong-counts', 3],
    ['random-json', 6],
    ['random-bytes', 7],
  ];
  const sum = shares.reduce((s, [, n]) => s + n, 0);
  return shares.map(([kind, n]) => [kind, Math.ceil((total * n) / sum)]);
}
