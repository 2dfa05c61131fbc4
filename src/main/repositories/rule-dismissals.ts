import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Executor = Kysely<Database> | Transaction<Database>;

export type DismissalRow = { rule: string; key: string; dismissedAt: string; actor: string };

export async function dismissedKeys(db: Executor, rule: string): Promise<Set<string>> {
  const rows = await db.selectFrom('rule_dismissals').select('key').where('rule', '=', rule).execute();
  return new Set(rows.map((r) => r.key));
}

export async function findDismissal(db: Executor, rule: string, key: string): Promise<DismissalRow | null> {
  const row = await db.selectFrom('rule_dismissals').selectAll().where('rule', '=', rule).where('key', '=', key).executeTakeFirst();
  return row ? { rule: row.rule, key: row.key, dismissedAt: row.dismissed_at, actor: row.actor } : null;
}

/** Stores a decision once; dismissing the same finding again keeps the first decision. */
export async function insertDismissal(db: Executor, row: DismissalRow): Promise<void> {
  await db
    .insertInto('rule_dismissals')
    .values({ rule: row.rule, key: row.key, dismissed_at: row.dismissedAt, actor: row.actor })
    .onConflict((oc) => oc.columns(['rule', 'key']).doNothing())
    .execute();
}

export async function deleteDismissal(db: Executor, rule: string, key: string): Promise<void> {
  await db.deleteFrom('rule_dismissals').where('rule', '=', rule).where('key', '=', key).execute();
}
