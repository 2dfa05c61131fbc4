/** The nomination reminders (`nominations:reminders`) of this installation, most urgent first. */
import type { z } from 'zod';
import type { NominationReminder, nominationRemindersInputSchema } from '@shared/contract/nominations';
import { isoDay } from '@shared/calendar';
import { nominationReminders } from '../../domain/nomination-reminders';
import type { ServiceContext } from '../../lib/context';
import { candidateViews, requestSummaries } from '../../repositories/nominations';
import { ownerCodeOf } from '../../repositories/records';
import { readRuleSettings } from '../../repositories/rule-settings';
import { loadInsightScope } from '../insights/scope';

type RemindersInput = z.output<typeof nominationRemindersInputSchema>;

/**
 * The reminders, remembered on the read model while the change log's sequence and the day are unchanged
 * (the start page asks on every visit); a write of any register or nomination record makes the next call compute anew.
 */
export async function getNominationReminders(ctx: ServiceContext, input: RemindersInput): Promise<NominationReminder[]> {
  return ctx.readModel.nominationReminders.get(JSON.stringify([isoDay(ctx.now()), input]), async () => computeReminders(ctx, input));
}

function computeReminders(ctx: ServiceContext, input: RemindersInput): NominationReminder[] {
  // seat holders and chairs are all the register part needs (chairs sit on seats or as co-opted members)
  const scope = loadInsightScope(ctx);
  const owner = ownerCodeOf(ctx.conn);
  const requests = requestSummaries(ctx.conn, { open: true }, scope.today, owner);
  const candidates = candidateViews(ctx.conn, {}, scope.today, owner);
  return nominationReminders(scope.snapshot, requests, candidates, {
    today: scope.today,
    horizonDays: input.horizonDays,
    dueSoonDays: input.dueSoonDays,
    ownHealthcareRegionCodes: scope.ownHealthcareRegionCodes,
    chairMaxYears: readRuleSettings(ctx.conn).chairMaxYears,
  });
}
