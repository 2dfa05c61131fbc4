import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import {
  ruleSettingsSchema,
  type Dismissal,
  type RuleSettings,
  type RulesList,
  type ruleSettingsUpdateSchema,
  type rulesListInputSchema,
} from '@shared/contract/rule-warnings';
import { evaluateRules, warningsFor } from '../../domain/rules/all-rules';
import { pairKey } from '../../domain/rules/duplicates';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { deleteDismissal, dismissedKeys, findDismissal, insertDismissal } from '../../repositories/rule-dismissals';
import { readRuleSettings, writeRuleSettings } from '../../repositories/rule-settings';
import { loadInsightScope } from './scope';

type ListInput = z.output<typeof rulesListInputSchema>;

/** Every rule warning over the live register (or those for one person / group), dismissed duplicates left out. */
export async function listRuleWarnings(ctx: ServiceContext, input: ListInput): Promise<RulesList> {
  const scope = await loadInsightScope(ctx);
  const settings = await readRuleSettings(ctx.db);
  const dismissed = await dismissedKeys(ctx.db, 'POSSIBLE_DUPLICATE_PERSON');
  const found = evaluateRules(scope.snapshot, {
    today: scope.today,
    settings,
    ownerCode: scope.ownerCode,
    ownHealthcareRegionCodes: scope.ownHealthcareRegionCodes,
    dismissedDuplicates: new Set(),
  });
  const relevant = warningsFor(found, { personId: input.personId ?? null, groupId: input.groupId ?? null });
  const warnings = relevant.filter((w) => w.dismissal === null || !dismissed.has(w.dismissal.key));
  return { asOf: scope.today, warnings, dismissedCount: relevant.length - warnings.length };
}

/** The pair key in its stored (sorted) form, after checking that both persons exist and differ. */
async function canonicalPair(ctx: ServiceContext, key: string): Promise<string> {
  const [a = '', b = ''] = key.toLowerCase().split('|');
  if (a === b) throw new DomainError('VALIDATION', 'A duplicate pair needs two different persons');
  const found = await ctx.db.selectFrom('persons').select('id').where('id', 'in', [a, b]).where('deleted_at', 'is', null).execute();
  if (found.length !== 2) throw new DomainError('NOT_FOUND', 'Person not found');
  return pairKey(a, b);
}

/** Records the user's decision "not the same person"; the pair is no longer reported. */
export async function dismissWarning(ctx: ServiceContext, input: Dismissal): Promise<{ ok: true }> {
  const key = await canonicalPair(ctx, input.key);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    if (await findDismissal(trx, input.rule, key)) return;
    const row = { rule: input.rule, key, dismissedAt: now, actor: ctx.actor };
    await insertDismissal(trx, row);
    await appendAudit(
      trx,
      { action: 'dismiss', entity: 'rule_dismissals', recordId: `${input.rule}:${key}`, before: null, after: row },
      ctx.actor,
      now,
    );
  });
  return { ok: true };
}

/** Takes a dismissal back: the pair is reported again while the rule still finds it. */
export async function undismissWarning(ctx: ServiceContext, input: Dismissal): Promise<{ ok: true }> {
  const [a = '', b = ''] = input.key.toLowerCase().split('|');
  const key = pairKey(a, b);
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findDismissal(trx, input.rule, key);
    if (!before) throw new DomainError('NOT_FOUND', 'No such dismissal');
    await deleteDismissal(trx, input.rule, key);
    await appendAudit(
      trx,
      { action: 'undismiss', entity: 'rule_dismissals', recordId: `${input.rule}:${key}`, before, after: null },
      ctx.actor,
      now,
    );
  });
  return { ok: true };
}

export async function getRuleSettings(ctx: ServiceContext): Promise<RuleSettings> {
  return readRuleSettings(ctx.db);
}

export async function updateRuleSettings(ctx: ServiceContext, input: z.output<typeof ruleSettingsUpdateSchema>): Promise<RuleSettings> {
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readRuleSettings(trx);
    const after = ruleSettingsSchema.parse({ ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) });
    await writeRuleSettings(trx, after);
    await appendAudit(trx, { action: 'update', entity: 'settings', recordId: 'rules', before, after }, ctx.actor, now);
    return after;
  });
}
