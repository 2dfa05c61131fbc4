import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '@shared/contract/errors';
import type { KeysList } from '@shared/contract/packages';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { insertSigningKey, insertTrustedKey, listSigningKeys, listTrustedKeys } from '../../repositories/packages/key-store';
import { generateSigningKey, signingKeyFromPem, type SigningKey } from './signing';

/**
 * This installation's signing keys and the trust store. A private key is a PKCS#8 PEM file (mode
 * 0600) in the `keys` folder beside the database, never in the database or its backups; the
 * database keeps the public key and fingerprint.
 */

export function keysDirOf(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'keys');
}

function keyFileOf(dbPath: string, fingerprint: string): string {
  return path.join(keysDirOf(dbPath), `signing-${fingerprint.slice(0, 16)}.pem`);
}

/** Writes a private key file readable by the user only; an existing file is never overwritten. */
export function writePrivateKeyFile(file: string, pem: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
}

export function readSigningKeyFile(file: string): SigningKey {
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DomainError('NOT_FOUND', `Cannot read the key file ${file} (${error instanceof Error ? error.message : String(error)})`, {
      key: 'package.keys.unreadable',
      params: { file },
    });
  }
  return signingKeyFromPem(pem);
}

export function listKeys(ctx: ServiceContext): KeysList {
  return {
    own: listSigningKeys(ctx.conn).map((k) => ({ fingerprint: k.fingerprint, publicKey: k.public_key, createdAt: k.created_at })),
    trusted: listTrustedKeys(ctx.conn).map((k) => ({
      owner: k.owner,
      fingerprint: k.fingerprint,
      publicKey: k.public_key,
      trustedAt: k.trusted_at,
      trustedBy: k.trusted_by,
    })),
  };
}

/** A new installation key: the newest one signs from now on. */
export function generateInstallationKey(ctx: ServiceContext): { fingerprint: string; publicKey: string; createdAt: string } {
  const key = generateSigningKey();
  const createdAt = ctx.now().toISOString();
  writePrivateKeyFile(keyFileOf(ctx.dbPath, key.fingerprint), key.privateKeyPem);
  transaction(ctx.conn, () => {
    insertSigningKey(ctx.conn, { fingerprint: key.fingerprint, public_key: key.publicKey, created_at: createdAt });
    createAuditWriter(ctx.conn, ctx.actor, createdAt).append({
      action: 'generate-key',
      entity: 'signing_keys',
      recordId: key.fingerprint,
      before: null,
      after: { publicKey: key.publicKey },
    });
  });
  return { fingerprint: key.fingerprint, publicKey: key.publicKey, createdAt };
}

export function installationSigningKey(ctx: ServiceContext): SigningKey {
  const [newest] = listSigningKeys(ctx.conn);
  if (!newest)
    throw new DomainError('NOT_FOUND', 'This installation has no signing key yet; generate one first', {
      key: 'package.keys.noKey',
      params: {},
    });
  const key = readSigningKeyFile(keyFileOf(ctx.dbPath, newest.fingerprint));
  if (key.fingerprint !== newest.fingerprint)
    throw new DomainError('CONFLICT', 'The signing key file does not match the key recorded in the database', {
      key: 'package.keys.mismatch',
      params: {},
    });
  return key;
}

/** Trusts a key (by fingerprint, checked with the sender out of band) for an owner's packages. */
export function trustKey(ctx: ServiceContext, input: { owner: string; fingerprint: string }): KeysList {
  const nowIso = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const added = insertTrustedKey(ctx.conn, {
      owner: input.owner,
      fingerprint: input.fingerprint,
      public_key: null,
      trusted_at: nowIso,
      trusted_by: ctx.actor,
    });
    if (added)
      createAuditWriter(ctx.conn, ctx.actor, nowIso).append({
        action: 'trust-key',
        entity: 'trusted_keys',
        recordId: input.fingerprint,
        before: null,
        after: { owner: input.owner },
      });
  });
  return listKeys(ctx);
}
