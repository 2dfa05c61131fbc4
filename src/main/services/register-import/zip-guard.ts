/**
 * A guard run over an uploaded .xlsx (a zip) before any spreadsheet code reads it: the central
 * directory must list few entries whose declared sizes stay within the bounds, the local entries must
 * follow each other exactly as listed (so a streaming reader, which walks the local headers, sees
 * nothing else), and every entry is inflated once, counting and discarding its bytes, so no entry
 * inflates to more than it declares. A zip bomb is refused after at most `maxDecompressedBytes` of
 * inflation, without holding any of it in memory.
 */
import { createInflateRaw } from 'node:zlib';

export type ZipBounds = { maxEntries: number; maxDecompressedBytes: number };

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; dataStart: number };

/** Why a zip is refused: `size` when it would inflate beyond the bounds, `shape` when it is not a plain zip. */
export class ZipRefusal extends Error {
  constructor(readonly reason: 'size' | 'shape') {
    super(reason === 'size' ? 'the workbook unpacks to more than allowed' : 'the file is not a plain zip archive');
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function endOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  throw new ZipRefusal('shape');
}

function readCentralEntry(bytes: Buffer, at: number): { entry: Omit<ZipEntry, 'dataStart'>; localAt: number; flags: number; next: number } {
  if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipRefusal('shape');
  const flags = bytes.readUInt16LE(at + 8);
  const method = bytes.readUInt16LE(at + 10);
  const compressedSize = bytes.readUInt32LE(at + 20);
  const size = bytes.readUInt32LE(at + 24);
  const nameLength = bytes.readUInt16LE(at + 28);
  const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  const localAt = bytes.readUInt32LE(at + 42);
  if (compressedSize === 0xffffffff || size === 0xffffffff || localAt === 0xffffffff) throw new ZipRefusal('shape'); // zip64
  if (method !== STORED && method !== DEFLATED) throw new ZipRefusal('shape');
  if ((flags & 0x1) !== 0) throw new ZipRefusal('shape'); // encrypted
  const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
  return { entry: { name, method, compressedSize, size }, localAt, flags, next };
}

/** Where the entry's data starts; the local header must agree with the central directory. */
function localDataStart(bytes: Buffer, localAt: number, entry: Omit<ZipEntry, 'dataStart'>, flags: number): number {
  if (localAt + 30 > bytes.length || bytes.readUInt32LE(localAt) !== LOCAL) throw new ZipRefusal('shape');
  const nameLength = bytes.readUInt16LE(localAt + 26);
  const dataStart = localAt + 30 + nameLength + bytes.readUInt16LE(localAt + 28);
  const sameName = bytes.toString('utf8', localAt + 30, localAt + 30 + nameLength) === entry.name;
  const sameMethod = bytes.readUInt16LE(localAt + 8) === entry.method;
  const sizesLater = (flags & 0x8) !== 0;
  const sameSizes =
    sizesLater || (bytes.readUInt32LE(localAt + 18) === entry.compressedSize && bytes.readUInt32LE(localAt + 22) === entry.size);
  if (!sameName || !sameMethod || !sameSizes || dataStart + entry.compressedSize > bytes.length) throw new ZipRefusal('shape');
  return dataStart;
}

/** The length of the data descriptor after an entry's data (flag bit 3), with or without its signature. */
function descriptorLength(bytes: Buffer, at: number, flags: number): number {
  if ((flags & 0x8) === 0) return 0;
  return at + 4 <= bytes.length && bytes.readUInt32LE(at) === 0x08074b50 ? 16 : 12;
}

/** The entries of the zip, checked against the bounds by what they declare and by where they lie. */
export function zipEntries(bytes: Buffer, bounds: ZipBounds): ZipEntry[] {
  const eocd = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const centralAt = bytes.readUInt32LE(eocd + 16);
  if (count > bounds.maxEntries) throw new ZipRefusal('size');
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = centralAt;
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    const { entry, localAt, flags, next } = readCentralEntry(bytes, at);
    declared += entry.size;
    if (declared > bounds.maxDecompressedBytes) throw new ZipRefusal('size');
    // The local entries lie back to back in the order listed: nothing hides between or around them.
    if (localAt !== expectedLocal) throw new ZipRefusal('shape');
    const dataStart = localDataStart(bytes, localAt, entry, flags);
    expectedLocal = dataStart + entry.compressedSize + descriptorLength(bytes, dataStart + entry.compressedSize, flags);
    entries.push({ ...entry, dataStart });
    at = next;
  }
  if (expectedLocal !== centralAt) throw new ZipRefusal('shape');
  return entries;
}

/** Inflates one entry, counting and discarding; refuses as soon as it yields more than it declares. */
function checkInflatedSize(bytes: Buffer, entry: ZipEntry): Promise<void> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) return entry.size === data.length ? Promise.resolve() : Promise.reject(new ZipRefusal('shape'));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.size) {
        inflate.destroy();
        reject(new ZipRefusal('size'));
      }
    });
    inflate.on('error', () => reject(new ZipRefusal('shape')));
    inflate.on('end', () => (produced === entry.size ? resolve() : reject(new ZipRefusal('shape'))));
    inflate.end(data);
  });
}

/** The whole guard: declared sizes, layout, then the true inflated size of every entry. */
export async function guardZip(bytes: Buffer, bounds: ZipBounds): Promise<ZipEntry[]> {
  const entries = zipEntries(bytes, bounds);
  for (const entry of entries) await checkInflatedSize(bytes, entry);
  return entries;
}
