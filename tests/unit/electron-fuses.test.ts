import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flipFuseWire, FUSE_ORDER, FUSE_SENTINEL, fuseViolations, readFuseWire, RELEASE_FUSES } from '../../src/main/electron/fuses';

/** A fake binary: noise, the sentinel, version 1, the length and one state byte per fuse, more noise. */
function binaryWith(states: string, version = 1): Uint8Array {
  const noise = Buffer.from('\u0000ELF dL7pKGdnNz796 partial sentinel \u0001\u0002');
  return Uint8Array.from(
    Buffer.concat([noise, Buffer.from(FUSE_SENTINEL), Buffer.from([version, states.length]), Buffer.from(states), noise]),
  );
}

/** Electron's defaults (fuse wire of an unpackaged binary): RunAsNode, cookies off, NODE_OPTIONS and --inspect on, … */
const ELECTRON_DEFAULTS = '101100011';

describe('the fuses of a release build', () => {
  it('are exactly the documented hardening', () => {
    expect(RELEASE_FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(Object.isFrozen(RELEASE_FUSES)).toBe(true);
  });

  it('match the table in docs/security.md', () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    for (const [name, on] of Object.entries(RELEASE_FUSES)) {
      expect(doc, name).toMatch(new RegExp(`\\| \`${name}\` \\| ${on ? 'on' : 'off'} \\|`));
    }
  });

  it('reads the wire after the sentinel, in wire order', () => {
    const wire = readFuseWire(binaryWith(ELECTRON_DEFAULTS));
    expect(wire.version).toBe(1);
    expect(wire.states.slice(0, FUSE_ORDER.length)).toEqual([
      'enabled',
      'disabled',
      'enabled',
      'enabled',
      'disabled',
      'disabled',
      'disabled',
      'enabled',
    ]);
  });

  it('an unfused binary fails the check on every hardened fuse', () => {
    const problems = fuseViolations(readFuseWire(binaryWith(ELECTRON_DEFAULTS)));
    expect(problems).toEqual([
      'RunAsNode is enabled, must be disabled',
      'EnableCookieEncryption is disabled, must be enabled',
      'EnableNodeOptionsEnvironmentVariable is enabled, must be disabled',
      'EnableNodeCliInspectArguments is enabled, must be disabled',
      'EnableEmbeddedAsarIntegrityValidation is disabled, must be enabled',
      'OnlyLoadAppFromAsar is disabled, must be enabled',
      'GrantFileProtocolExtraPrivileges is enabled, must be disabled',
    ]);
  });

  it('flipping sets every release fuse, leaves the others and the rest of the file alone', () => {
    const before = binaryWith(ELECTRON_DEFAULTS);
    const after = flipFuseWire(before);
    expect(fuseViolations(readFuseWire(after))).toEqual([]);
    expect(readFuseWire(after).states[6]).toBe('disabled');
    expect(readFuseWire(after).states[8]).toBe('enabled');
    expect(after.length).toBe(before.length);
    const changed = [...after].flatMap((byte, i) => (byte === before[i] ? [] : [i]));
    expect(changed.length).toBe(7);
    expect(fuseViolations(readFuseWire(flipFuseWire(after)))).toEqual([]);
  });

  it('a single weakened fuse is reported', () => {
    for (const [i, name] of FUSE_ORDER.entries()) {
      const want = RELEASE_FUSES[name];
      if (want === undefined) continue;
      const states = [...'010011001'];
      states[i] = want ? '0' : '1';
      expect(fuseViolations(readFuseWire(binaryWith(states.join(''))))).toEqual([
        `${name} is ${want ? 'disabled' : 'enabled'}, must be ${want ? 'enabled' : 'disabled'}`,
      ]);
    }
    expect(fuseViolations(readFuseWire(binaryWith('010011001')))).toEqual([]);
  });

  it('refuses files without a valid wire with one line', () => {
    expect(() => readFuseWire(Uint8Array.from(Buffer.from('not an electron binary')))).toThrow(/sentinel is missing/);
    expect(() => readFuseWire(binaryWith(ELECTRON_DEFAULTS, 2))).toThrow(/unknown fuse wire version 2/);
    expect(() => readFuseWire(binaryWith('0110'))).toThrow(/does not fit/);
    expect(() => readFuseWire(binaryWith('01101100x'))).toThrow(/unknown fuse state byte/);
    expect(() => flipFuseWire(binaryWith('r10011001'))).toThrow(/RunAsNode was removed/);
  });
});
