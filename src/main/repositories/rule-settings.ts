import { DEFAULT_RULE_SETTINGS, ruleSettingsSchema, type RuleSettings } from '@shared/contract/rule-warnings';
import { all, qb, run, type Connection } from '../db/data';

/** Where each rule setting lives in the `settings` table (key/value, values as JSON). */
export const RULE_SETTING_KEYS: { readonly [K in keyof RuleSettings]: string } = {
  endingWithinDays: 'rules.ending_within_days',
  overAllocationThresholdBp: 'rules.over_allocation_threshold_bp',
  expiryShareThresholdBp: 'rules.expiry_share_threshold_bp',
  chairMaxYears: 'rules.chair_max_years',
  leadershipScope: 'rules.leadership_scope',
  horizonMonths: 'rules.horizon_months',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The stored settings over the defaults; a stored value that no longer validates falls back to its default. */
export function readRuleSettings(conn: Connection): RuleSettings {
  const rows = all(conn, qb.selectFrom('settings').selectAll().where('key', 'in', Object.values(RULE_SETTING_KEYS)));
  const stored = new Map(rows.map((r) => [r.key, parseJson(r.value)]));
  const settings: Record<string, unknown> = { ...DEFAULT_RULE_SETTINGS };
  for (const [name, key] of Object.entries(RULE_SETTING_KEYS)) {
    if (!stored.has(key)) continue;
    const candidate = { ...settings, [name]: stored.get(key) };
    if (ruleSettingsSchema.safeParse(candidate).success) settings[name] = stored.get(key);
  }
  return ruleSettingsSchema.parse(settings);
}

export function writeRuleSettings(conn: Connection, settings: RuleSettings): void {
  for (const [name, key] of Object.entries(RULE_SETTING_KEYS)) {
    const value = JSON.stringify(settings[name as keyof RuleSettings]);
    run(
      conn,
      qb
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
    );
  }
}
