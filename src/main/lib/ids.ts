import { createHash, randomUUID } from 'node:crypto';

/** Namespace of Samplan's deterministic ids (a fixed random UUID). */
const SAMPLAN_NAMESPACE = '6f1c5a4e-2b7d-4f0e-9a51-3c8e2d7b9f60';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/**
 * RFC 4122 version-5 UUID of a name, so that every installation in the country gives reference
 * records (regions, national groups, their seats) the same id.
 */
export function deterministicId(name: string): string {
  const hash = createHash('sha1').update(uuidBytes(SAMPLAN_NAMESPACE)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomId(): string {
  return randomUUID();
}
