import type { Kysely, Transaction } from 'kysely';
import { all, first, qb, run, type Connection } from '../db/data';
import type { Database } from '../db/schema';

type Executor = Kysely<Database> | Transaction<Database>;

export const SETTING_KEYS = {
  installationId: 'installation_id',
  ownerKind: 'owner_kind',
  ownerCode: 'owner_code',
  language: 'language',
  exampleLoadedAt: 'example_loaded_at',
  organisationNumbers: 'organisation_numbers',
  /** The last mapping a ledger import of actual outcomes was applied with (JSON, the contract's ledgerMappingSchema). */
  actualsImportMapping: 'actuals_import_mapping',
} as const;
export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

export async function getSetting(db: Executor, key: SettingKey): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function getAllSettings(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function setSetting(db: Executor, key: SettingKey, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** One setting on the synchronous data API, or null. */
export function readSetting(conn: Connection, key: SettingKey): string | null {
  return first(conn, qb.selectFrom('settings').select('value').where('key', '=', key))?.value ?? null;
}

/** Every setting by key (synchronous data API). */
export function readAllSettings(conn: Connection): Map<string, string> {
  return new Map(all(conn, qb.selectFrom('settings').selectAll()).map((r) => [r.key, r.value]));
}

/** Stores one setting, replacing its value (synchronous data API). */
export function writeSetting(conn: Connection, key: SettingKey, value: string): void {
  run(
    conn,
    qb
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
  );
}
