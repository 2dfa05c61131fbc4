import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { DomainError } from '@shared/contract/errors';
import { sha256Hex } from './codec';

/**
 * Ed25519 signing of packages. A public key travels as base64 of its raw 32 bytes (RFC 8032); its
 * fingerprint is the lowercase hex SHA-256 of those 32 bytes. Private keys are PKCS#8 PEM files.
 */

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function rawPublicKeyBase64(key: KeyObject): string {
  const der = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return der.subarray(SPKI_PREFIX.length).toString('base64');
}

export function fingerprintOf(publicKeyBase64: string): string {
  return sha256Hex(Buffer.from(publicKeyBase64, 'base64'));
}

export type SigningKey = { readonly privateKey: KeyObject; readonly publicKey: string; readonly fingerprint: string };

export function generateSigningKey(): SigningKey & { privateKeyPem: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKeyBase64(privateKey);
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey), privateKeyPem };
}

/** A signing key from a PKCS#8 PEM text; anything but an Ed25519 private key is refused. */
export function signingKeyFromPem(pem: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new DomainError('VALIDATION', 'The key file is not a PEM private key', { key: 'package.keys.notPem', params: {} });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new DomainError('VALIDATION', 'The key file does not hold an Ed25519 key', { key: 'package.keys.notEd25519', params: {} });
  const publicKey = rawPublicKeyBase64(privateKey);
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

/** True only for a valid signature by the key; malformed keys or signatures are simply invalid. */
export function verifyText(publicKeyBase64: string, text: string, signatureBase64: string): boolean {
  const raw = Buffer.from(publicKeyBase64, 'base64');
  const signature = Buffer.from(signatureBase64, 'base64');
  if (raw.length !== 32 || signature.length !== 64) return false;
  if (raw.toString('base64') !== publicKeyBase64 || signature.toString('base64') !== signatureBase64) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(text, 'utf8'), key, signature);
  } catch {
    return false;
  }
}
