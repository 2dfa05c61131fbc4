/** Constants of the package format, version 1 (docs/package-format.md). */

export const PACKAGE_FORMAT_NAME = 'samplan-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_FILE_EXTENSION = '.samplan';

/**
 * The ten fixed bytes every package starts with: a gzip member header with no flags, MTIME 0, XFL 0
 * and OS 255 (what Python's `gzip.compress(data, compresslevel=6, mtime=0)` writes). gzip's CRC does
 * not cover its header, so the header is fixed and a changed header byte is a rejected package.
 */
export const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff);

/** Limits checked before and while a package is parsed (reliability checklist I1). */
export const PACKAGE_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxDecompressedBytes: 200 * 1024 * 1024,
  /** Decompressed size may not exceed this multiple of the file size (decompression bombs). */
  maxCompressionRatio: 100,
  /** Tiny files may always expand to this many bytes, whatever the ratio. */
  minDecompressedAllowance: 64 * 1024,
  maxDepth: 64,
  maxStringLength: 10_000,
  maxNumberLength: 32,
  maxRecords: 500_000,
  /** Objects besides records: the top level, the manifest and its parts, the payload. */
  maxOtherObjects: 64,
} as const;

/** Keys that never appear in a package: rejected anywhere so no object can reach a prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Name a blanked (erased) person keeps; every other personal field becomes null. */
export const ERASED_PERSON_NAME = '[raderad]';

/** A package deleting more than this share of an owner's records (or more than the count) needs confirmation. */
export const MASS_DELETION = { shareNumerator: 1, shareDenominator: 2, maxCount: 100 } as const;

/** Local owner code of national reference data; packages never change it. */
export const NATIONAL = 'NATIONAL';
