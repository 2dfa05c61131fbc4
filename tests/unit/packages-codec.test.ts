import { generateKeyPairSync } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_HEADER } from '../../src/main/domain/packages/format';
import { decodeContainer, encodeContainer } from '../../src/main/services/packages/codec';
import { fingerprintOf, generateSigningKey, signingKeyFromPem, signText, verifyText } from '../../src/main/services/packages/signing';

const limits = { maxFileBytes: 10_000, maxDecompressedBytes: 100_000, maxCompressionRatio: 100, minDecompressedAllowance: 1000 };

describe('package container', () => {
  it('round-trips UTF-8 text behind the fixed header', async () => {
    const text = '{"namn":"Åsa Öberg 😀"}';
    const file = encodeContainer(text);
    expect([...file.subarray(0, 10)]).toEqual([...GZIP_HEADER]);
    expect(await decodeContainer(file)).toBe(text);
  });

  it('enforces file size, decompressed size and ratio while streaming', async () => {
    await expect(decodeContainer(Buffer.alloc(10_001), limits)).rejects.toThrow(/larger than 10000 bytes/);
    await expect(decodeContainer(encodeContainer('x'.repeat(150_000)), limits)).rejects.toThrow(/expands more than 100-fold/);
    const random = Array.from({ length: 120_000 }, (_, i) => String.fromCharCode((33 + ((i * 7919) % 89)) ^ (i % 13))).join('');
    await expect(decodeContainer(encodeContainer(random), { ...limits, maxFileBytes: 1_000_000 })).rejects.toThrow(
      /decompresses to more than 100000 bytes/,
    );
  });

  it('rejects other containers, invalid UTF-8 and bad trailers', async () => {
    const file = encodeContainer('{}');
    const header = Buffer.from(file);
    header[9] = 0x03;
    await expect(decodeContainer(header)).rejects.toThrow(/fixed gzip header/);
    const crc = Buffer.from(file);
    crc[crc.length - 8]! ^= 1;
    await expect(decodeContainer(crc)).rejects.toThrow(/CRC-32/);
    const size = Buffer.from(file);
    size[size.length - 1]! ^= 1;
    await expect(decodeContainer(size)).rejects.toThrow(/length field/);
    const latin1 = encodeContainer('x');
    const bad = Buffer.concat([latin1.subarray(0, 10), deflateRawSync(Buffer.from([0xff, 0xfe])), Buffer.alloc(8)]);
    await expect(decodeContainer(bad)).rejects.toThrow(/Package rejected/);
  });
});

describe('Ed25519 signing', () => {
  it('signs and verifies; any change, other key or malformed input fails', () => {
    const key = generateSigningKey();
    expect(fingerprintOf(key.publicKey)).toBe(key.fingerprint);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    const signature = signText(key, 'manifest');
    expect(verifyText(key.publicKey, 'manifest', signature)).toBe(true);
    expect(verifyText(key.publicKey, 'manifesT', signature)).toBe(false);
    expect(verifyText(generateSigningKey().publicKey, 'manifest', signature)).toBe(false);
    expect(verifyText('AAAA', 'manifest', signature)).toBe(false);
    expect(verifyText(key.publicKey, 'manifest', 'AAAA')).toBe(false);
    expect(signingKeyFromPem(key.privateKeyPem).fingerprint).toBe(key.fingerprint);
  });

  it('refuses key files that are not Ed25519 private keys', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => signingKeyFromPem(rsa)).toThrow(/Ed25519/);
    expect(() => signingKeyFromPem('hello')).toThrow(/not a PEM private key/);
  });
});
