import type { z } from 'zod';
import type { vacanciesInputSchema, VacancyView } from '@shared/contract/register-insights';
import { buildVacancyView } from '../../domain/vacancies';
import { isoDay } from '@shared/calendar';
import type { ServiceContext } from '../../lib/context';
import { readRuleSettings } from '../../repositories/rule-settings';
import { loadInsightScope, requireKnownHealthcareRegion } from './scope';

type VacanciesInput = z.output<typeof vacanciesInputSchema>;

/**
 * The vacancy matrix of the national groups, the own to-do list and the term-expiry forecast; the last
 * view is remembered on the read model while the database is unchanged, for the same filters on the same day.
 */
export async function getVacancies(ctx: ServiceContext, input: VacanciesInput): Promise<VacancyView> {
  return ctx.readModel.vacancyViews.get(JSON.stringify([isoDay(ctx.now()), input]), () => computeVacancies(ctx, input));
}

async function computeVacancies(ctx: ServiceContext, input: VacanciesInput): Promise<VacancyView> {
  // only seat-holding memberships matter here: loading the rest of a national-scale register would cost seconds
  const scope = loadInsightScope(ctx, { seatedOnly: true });
  const settings = readRuleSettings(ctx.conn);
  if (input.healthcareRegionCode) requireKnownHealthcareRegion(scope, input.healthcareRegionCode);
  return buildVacancyView(scope.snapshot, {
    today: scope.today,
    endingWithinDays: input.endingWithinDays ?? settings.endingWithinDays,
    ownHealthcareRegionCodes: scope.ownHealthcareRegionCodes,
    expiryShareThresholdBp: settings.expiryShareThresholdBp,
    groupType: input.groupType ?? null,
    healthcareRegionCode: input.healthcareRegionCode ?? null,
    status: input.status ?? null,
  });
}
