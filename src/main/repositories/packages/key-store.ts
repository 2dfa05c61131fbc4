import type { Database as Sqlite } from 'better-sqlite3';
import { statement } from './statements';

/** The signer trust store (owner code ↔ key fingerprint) and this installation's public signing keys. */

export type TrustedKeyRow = { owner: string; fingerprint: string; public_key: string | null; trusted_at: string; trusted_by: string };
export type SigningKeyRow = { fingerprint: string; public_key: string; created_at: string };

export function trustedKeysOf(sqlite: Sqlite, owner: string): TrustedKeyRow[] {
  return statement(sqlite, 'SELECT * FROM trusted_keys WHERE owner = ? ORDER BY trusted_at').all(owner) as TrustedKeyRow[];
}

export function listTrustedKeys(sqlite: Sqlite): TrustedKeyRow[] {
  return statement(sqlite, 'SELECT * FROM trusted_keys ORDER BY owner, trusted_at').all() as TrustedKeyRow[];
}

/** Trusts a key for an owner; trusting it again keeps the first decision but learns the public key. */
export function insertTrustedKey(sqlite: Sqlite, row: TrustedKeyRow): boolean {
  const result = statement(
    sqlite,
    `INSERT INTO trusted_keys (owner, fingerprint, public_key, trusted_at, trusted_by)
     VALUES (@owner, @fingerprint, @public_key, @trusted_at, @trusted_by)
     ON CONFLICT (owner, fingerprint) DO UPDATE SET public_key = COALESCE(trusted_keys.public_key, excluded.public_key)
     WHERE trusted_keys.public_key IS NULL AND excluded.public_key IS NOT NULL`,
  ).run(row);
  return result.changes > 0;
}

export function listSigningKeys(sqlite: Sqlite): SigningKeyRow[] {
  return statement(sqlite, 'SELECT * FROM signing_keys ORDER BY created_at DESC, fingerprint').all() as SigningKeyRow[];
}

export function insertSigningKey(sqlite: Sqlite, row: SigningKeyRow): void {
  statement(sqlite, 'INSERT INTO signing_keys (fingerprint, public_key, created_at) VALUES (@fingerprint, @public_key, @created_at)').run(
    row,
  );
}
