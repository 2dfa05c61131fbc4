import { all, first, qb, run, type Connection } from '../db/data';

export const SETTING_KEYS = {
  installationId: 'installation_id',
  ownerKind: 'owner_kind',
  ownerCode: 'owner_code',
  language: 'language',
  exampleLoadedAt: 'example_loaded_at',
  organisationNumbers: 'organisation_numbers',
  exchangeFolder: 'exchange_folder',
  exchangeAutoImport: 'exchange_auto_import',
  exchangeSendEveryHours: 'exchange_send_every_hours',
  userName: 'user_name',
  /** The last mapping a ledger import of actual outcomes was applied with (JSON, the contract's ledgerMappingSchema). */
  actualsImportMapping: 'actuals_import_mapping',
} as const;
export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** One setting on the synchronous data API, or null. */
export function readSetting(conn: Connection, key: SettingKey): string | null {
  return first(conn, qb.selectFrom('settings').select('value').where('key', '=', key))?.value ?? null;
}

/** Every setting by key (synchronous data API). */
export function readAllSettings(conn: Connection): Map<string, string> {
  return new Map(all(conn, qb.selectFrom('settings').selectAll()).map((r) => [r.key, r.value]));
}

/** Removes one setting (synchronous data API). */
export function clearSetting(conn: Connection, key: SettingKey): void {
  run(conn, qb.deleteFrom('settings').where('key', '=', key));
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

/** Removes one setting (synchronous data API); removing one not set is no error. */
export function removeSetting(conn: Connection, key: SettingKey): void {
  run(conn, qb.deleteFrom('settings').where('key', '=', key));
}
