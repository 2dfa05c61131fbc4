import type { z } from 'zod';
import type { vacanciesInputSchema, VacancyView } from '@shared/contract/register-insights';
import { buildVacancyView } from '../../domain/vacancies';
import type { ServiceContext } from '../../lib/context';
import { readRuleSettings } from '../../repositories/rule-settings';
import { loadInsightScope, requireKnownHealthcareRegion } from './scope';

type VacanciesInput = z.output<typeof vacanciesInputSchema>;

/** The vacancy matrix of the national groups, the own to-do list and the term-expiry forecast. */
export async function getVacancies(ctx: ServiceContext, input: VacanciesInput): Promise<VacancyView> {
  const scope = await loadInsightScope(ctx);
  const settings = await readRuleSettings(ctx.db);
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
