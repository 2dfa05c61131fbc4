import { capacitySettingsSchema, DEFAULT_CAPACITY_SETTINGS, type CapacitySettings } from '@shared/contract/planning/capacity';
import { all, qb, run, type Connection } from '../db/data';

/** Where the capacity bands live in the `settings` table (values as JSON numbers). */
export const CAPACITY_SETTING_KEYS: { readonly [K in keyof CapacitySettings]: string } = {
  highAtBp: 'capacity.high_at_bp',
  overAboveBp: 'capacity.over_above_bp',
};

/** The stored bands over the defaults; a stored pair that no longer validates falls back to the defaults. */
export function readCapacitySettings(conn: Connection): CapacitySettings {
  const rows = all(conn, qb.selectFrom('settings').selectAll().where('key', 'in', Object.values(CAPACITY_SETTING_KEYS)));
  const stored = new Map(rows.map((r) => [r.key, Number(r.value)]));
  const candidate = {
    highAtBp: stored.get(CAPACITY_SETTING_KEYS.highAtBp) ?? DEFAULT_CAPACITY_SETTINGS.highAtBp,
    overAboveBp: stored.get(CAPACITY_SETTING_KEYS.overAboveBp) ?? DEFAULT_CAPACITY_SETTINGS.overAboveBp,
  };
  const parsed = capacitySettingsSchema.safeParse(candidate);
  return parsed.success ? parsed.data : { ...DEFAULT_CAPACITY_SETTINGS };
}

export function writeCapacitySettings(conn: Connection, settings: CapacitySettings): void {
  for (const [name, key] of Object.entries(CAPACITY_SETTING_KEYS)) {
    const value = JSON.stringify(settings[name as keyof CapacitySettings]);
    run(
      conn,
      qb
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
    );
  }
}
