/**
 * Electron fuses of a release build (docs/security.md, "Fuses of a release build"). Fuses are bits
 * in the Electron binary: after a 32-byte sentinel come a version byte (1), a length byte and one
 * ASCII byte per fuse ('0' disabled, '1' enabled, 'r' removed), in the order of FUSE_ORDER. Pure:
 * scripts/fuses.ts reads and writes the binary, tests/unit/electron-fuses.test.ts checks this file.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse wire version 1, in wire order (newer Electron versions append fuses at the end). */
export const FUSE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
export type FuseName = (typeof FUSE_ORDER)[number];

/** What every release build must have; fuses not named here keep Electron's default. */
export const RELEASE_FUSES: Readonly<Partial<Record<FuseName, boolean>>> = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
});

export type FuseState = 'enabled' | 'disabled' | 'removed';
export type FuseWire = { readonly offset: number; readonly version: number; readonly states: readonly FuseState[] };

const STATE_BYTES: Record<number, FuseState> = { 0x30: 'disabled', 0x31: 'enabled', 0x72: 'removed' };

function indexOfSentinel(binary: Uint8Array): number {
  const sentinel = Array.from(FUSE_SENTINEL, (c) => c.charCodeAt(0));
  const first = sentinel[0];
  for (let i = binary.indexOf(first ?? 0); i >= 0 && i <= binary.length - sentinel.length; i = binary.indexOf(first ?? 0, i + 1)) {
    if (sentinel.every((byte, k) => binary[i + k] === byte)) return i;
  }
  return -1;
}

/** Finds and parses the fuse wire; throws one line when the bytes hold no valid version-1 wire. */
export function readFuseWire(binary: Uint8Array): FuseWire {
  const at = indexOfSentinel(binary);
  if (at < 0) throw new Error('no Electron fuse wire in this file (the sentinel is missing)');
  const offset = at + FUSE_SENTINEL.length;
  const version = binary[offset];
  const length = binary[offset + 1] ?? 0;
  if (version !== 1) throw new Error(`unknown fuse wire version ${String(version)}`);
  if (length < FUSE_ORDER.length || offset + 2 + length > binary.length) throw new Error(`fuse wire of length ${length} does not fit`);
  const states = Array.from(binary.subarray(offset + 2, offset + 2 + length), (byte) => {
    const state = STATE_BYTES[byte];
    if (!state) throw new Error(`unknown fuse state byte 0x${byte.toString(16)}`);
    return state;
  });
  return { offset, version, states };
}

/** One line per fuse that differs from `expected`; empty when the wire matches. */
export function fuseViolations(wire: FuseWire, expected: Readonly<Partial<Record<FuseName, boolean>>> = RELEASE_FUSES): string[] {
  return FUSE_ORDER.flatMap((name, i) => {
    const want = expected[name];
    if (want === undefined) return [];
    const actual = wire.states[i];
    return actual === (want ? 'enabled' : 'disabled') ? [] : [`${name} is ${String(actual)}, must be ${want ? 'enabled' : 'disabled'}`];
  });
}

/** A copy of the binary with the expected fuses set (a removed fuse cannot be set and is an error). */
export function flipFuseWire(binary: Uint8Array, expected: Readonly<Partial<Record<FuseName, boolean>>> = RELEASE_FUSES): Uint8Array {
  const wire = readFuseWire(binary);
  const copy = Uint8Array.from(binary);
  FUSE_ORDER.forEach((name, i) => {
    const want = expected[name];
    if (want === undefined) return;
    if (wire.states[i] === 'removed') throw new Error(`the fuse ${name} was removed from this Electron version`);
    copy[wire.offset + 2 + i] = want ? 0x31 : 0x30;
  });
  return copy;
}
