import type { Connection } from '../../db/data';
import { statement } from './statements';

/** The signer trust store (owner code ↔ key fingerprint) and this installation's public signing keys. */

export type TrustedKeyRow = { owner: string; fingerprint: string; public_key: string | null; trusted_at: string; trusted_by: string };
export type SigningKeyRow = { fingerprint: string; public_key: string; created_at: string };

export function trustedKeysOf(conn: Connection, owner: string): TrustedKeyRow[] {
  return statement(conn, 'SELECT * FROM trusted_keys WHERE owner = ? ORDER BY trusted_at').all(owner) as TrustedKeyRow[];
}

export function listTrustedKeys(conn: Connection): TrustedKeyRow[] {
  return statement(conn, 'SELECT * FROM trusted_keys ORDER BY owner, trusted_at').all() as TrustedKeyRow[];
}

/** Trusts a key for an owner; trusting it again keeps the first decision but learns the public key. */
export function insertTrustedKey(conn: Connection, row: TrustedKeyRow): boolean {
  const result = statement(
    conn,
    `INSERT INTO trusted_keys (owner, fingerprint, public_key, trusted_at, trusted_by)
     VALUES (@owner, @fingerprint, @public_key, @trusted_at, @trusted_by)
     ON CONFLICT (owner, fingerprint) DO UPDATE SET public_key = COALESCE(trusted_keys.public_key, excluded.public_key)
     WHERE trusted_keys.public_key IS NULL AND excluded.public_key IS NOT NULL`,
  ).run(row);
  return result.changes > 0;
}

export function listSigningKeys(conn: Connection): SigningKeyRow[] {
  return statement(conn, 'SELECT * FROM signing_keys ORDER BY created_at DESC, fingerprint').all() as SigningKeyRow[];
}

export function insertSigningKey(conn: Connection, row: SigningKeyRow): void {
  statement(conn, 'INSERT INTO signing_keys (fingerprint, public_key, created_at) VALUES (@fingerprint, @public_key, @created_at)').run(
    row,
  );
}
