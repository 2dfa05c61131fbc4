import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import {
  ruleSettingsSchema,
  type AllocationPreview,
  type allocationPreviewInputSchema,
  type Dismissal,
  type RuleSettings,
  type RulesList,
  type ruleSettingsUpdateSchema,
  type rulesListInputSchema,
} from '@shared/contract/rule-warnings';
import { evaluateRules, warningsFor } from '../../domain/rules/all-rules';
import { pairKey } from '../../domain/rules/duplicates';
import { horizonFrom } from '../../domain/rules/horizon';
import { overAllocated } from '../../domain/rules/over-allocation';
import type { ServiceContext } from '../../lib/context';
import { transaction } from '../../db/data';
import { appendAuditEntry } from '../../repositories/audit';
import { deleteDismissal, dismissedKeys, findDismissal, insertDismissal, livePersonsOfPair } from '../../repositories/rule-dismissals';
import { readRuleSettings, writeRuleSettings } from '../../repositories/rule-settings';
import { loadInsightScope } from './scope';

type ListInput = z.output<typeof rulesListInputSchema>;

/** Every rule warning over the live register (or those for one person / group), dismissed duplicates left out. */
export async function listRuleWarnings(ctx: ServiceContext, input: ListInput): Promise<RulesList> {
  const scope = loadInsightScope(ctx);
  const stored = readRuleSettings(ctx.conn);
  const settings = { ...stored, horizonMonths: input.horizonMonths ?? stored.horizonMonths };
  const dismissed = dismissedKeys(ctx.conn, 'POSSIBLE_DUPLICATE_PERSON');
  const found = evaluateRules(scope.snapshot, {
    today: scope.today,
    settings,
    ownerCode: scope.ownerCode,
    ownHealthcareRegionCodes: scope.ownHealthcareRegionCodes,
    dismissedDuplicates: new Set(),
  });
  const relevant = warningsFor(found, { personId: input.personId ?? null, groupId: input.groupId ?? null });
  const warnings = relevant.filter((w) => w.dismissal === null || !dismissed.has(w.dismissal.key));
  return { asOf: scope.today, horizonMonths: settings.horizonMonths, warnings, dismissedCount: relevant.length - warnings.length };
}

const PREVIEW_ID = 'preview';

/** The over-allocation an assignment not yet saved would bring to its person within the horizon, or null. */
export async function previewAllocation(
  ctx: ServiceContext,
  input: z.output<typeof allocationPreviewInputSchema>,
): Promise<AllocationPreview> {
  const scope = loadInsightScope(ctx);
  const settings = readRuleSettings(ctx.conn);
  const { snapshot } = scope;
  const person = snapshot.persons.find((p) => p.id === input.personId);
  if (!person) return { warning: null };
  const planned = { id: PREVIEW_ID, personId: person.id, groupId: '', seatId: null, role: 'MEMBER' as const, status: 'DECIDED' as const };
  const own = snapshot.memberships.filter((m) => m.personId === person.id);
  const only = { ...snapshot, persons: [person], memberships: [...own, { ...planned, ...input }] };
  const [found] = overAllocated(only, horizonFrom(scope.today, settings.horizonMonths), settings.overAllocationThresholdBp);
  if (!found) return { warning: null };
  const warning = {
    ...found,
    groupIds: found.groupIds.filter((g) => g !== ''),
    membershipIds: found.membershipIds.filter((m) => m !== PREVIEW_ID),
  };
  return { warning };
}

/** The pair key in its stored (sorted) form, after checking that both persons exist and differ. */
function canonicalPair(ctx: ServiceContext, key: string): string {
  const [a = '', b = ''] = key.toLowerCase().split('|');
  if (a === b) throw refusal('VALIDATION', 'duplicate.samePerson');
  if (livePersonsOfPair(ctx.conn, [a, b]).length !== 2) throw refusal('NOT_FOUND', 'person.notFound');
  return pairKey(a, b);
}

/** Records the user's decision "not the same person"; the pair is no longer reported. */
export async function dismissWarning(ctx: ServiceContext, input: Dismissal): Promise<{ ok: true }> {
  const key = canonicalPair(ctx, input.key);
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    if (findDismissal(ctx.conn, input.rule, key)) return;
    const row = { rule: input.rule, key, dismissedAt: now, actor: ctx.actor };
    insertDismissal(ctx.conn, row);
    appendAuditEntry(
      ctx.conn,
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
  transaction(ctx.conn, () => {
    const before = findDismissal(ctx.conn, input.rule, key);
    if (!before) throw refusal('NOT_FOUND', 'dismissal.notFound');
    deleteDismissal(ctx.conn, input.rule, key);
    appendAuditEntry(
      ctx.conn,
      { action: 'undismiss', entity: 'rule_dismissals', recordId: `${input.rule}:${key}`, before, after: null },
      ctx.actor,
      now,
    );
  });
  return { ok: true };
}

export async function getRuleSettings(ctx: ServiceContext): Promise<RuleSettings> {
  return readRuleSettings(ctx.conn);
}

export async function updateRuleSettings(ctx: ServiceContext, input: z.output<typeof ruleSettingsUpdateSchema>): Promise<RuleSettings> {
  const now = ctx.now().toISOString();
  return transaction(ctx.conn, () => {
    const before = readRuleSettings(ctx.conn);
    const after = ruleSettingsSchema.parse({ ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) });
    writeRuleSettings(ctx.conn, after);
    appendAuditEntry(ctx.conn, { action: 'update', entity: 'settings', recordId: 'rules', before, after }, ctx.actor, now);
    return after;
  });
}
