import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_RULE_SETTINGS, ruleSettingsSchema, type RuleSettings } from '@shared/contract/rule-warnings';
import type { Database } from '../db/schema';

type Executor = Kysely<Database> | Transaction<Database>;

/** Where each rule setting lives in the `settings` table (key/value, values as JSON). */
export const RULE_SETTING_KEYS: { readonly [K in keyof RuleSettings]: string } = {
  endingWithinDays: 'rules.ending_within_days',
  overAllocationThresholdBp: 'rules.over_allocation_threshold_bp',
  expiryShareThresholdBp: 'rules.expiry_share_threshold_bp',
  chairMaxYears: 'rules.chair_max_years',
  leadershipScope: 'rules.leadership_scope',
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The stored settings over the defaults; a stored value that no longer validates falls back to its default. */
export async function readRuleSettings(db: Executor): Promise<RuleSettings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', Object.values(RULE_SETTING_KEYS)).execute();
  const stored = new Map(rows.map((r) => [r.key, parseJson(r.value)]));
  const settings: Record<string, unknown> = { ...DEFAULT_RULE_SETTINGS };
  for (const [name, key] of Object.entries(RULE_SETTING_KEYS)) {
    if (!stored.has(key)) continue;
    const candidate = { ...settings, [name]: stored.get(key) };
    if (ruleSettingsSchema.safeParse(candidate).success) settings[name] = stored.get(key);
  }
  return ruleSettingsSchema.parse(settings);
}

export async function writeRuleSettings(db: Executor, settings: RuleSettings): Promise<void> {
  for (const [name, key] of Object.entries(RULE_SETTING_KEYS)) {
    const value = JSON.stringify(settings[name as keyof RuleSettings]);
    await db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
