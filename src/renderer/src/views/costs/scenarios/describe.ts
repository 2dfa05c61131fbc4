import { useTranslation } from 'react-i18next';
import type { ScenarioOverride } from '@shared/contract/cost/scenarios';
import { useCostHostings } from '../common/cost-lists';
import { formatBp } from '../common/format';
import { useRegionName } from '../common/Trace';

/** Labels of cost items seen in this session (a REMOVE_COST_ITEM override stores only the item's id). */
export const knownItemLabels = new Map<string, string>();

/** One line of text for an override, in the UI language. */
export function useDescribe(): (o: ScenarioOverride) => string {
  const { t } = useTranslation();
  const hostings = useCostHostings();
  const name = useRegionName();
  const hostingName = (id: string) => hostings?.find((h) => h.id === id)?.groupName ?? id;
  return (o) => {
    switch (o.kind) {
      case 'HOSTING_HOST':
        return t('costs.override.describe.HOSTING_HOST', {
          hosting: hostingName(o.hostingId),
          host: name(o.hostHealthcareRegionCode),
          year: o.fromYear,
        });
      case 'HOSTING_STATUS':
        return t('costs.override.describe.HOSTING_STATUS', {
          hosting: hostingName(o.hostingId),
          status: t(`costs.status.${o.status}`),
          year: o.fromYear,
        });
      case 'MEMBER_ALLOCATION':
        return t('costs.override.describe.MEMBER_ALLOCATION', {
          type: t(`groupType.${o.groupType}`),
          role: o.role ? t(`role.${o.role}`) : t('costs.override.allRoles'),
          share: formatBp(o.allocationBp),
          year: o.fromYear,
        });
      case 'PO_SURCHARGE':
        return t('costs.override.describe.PO_SURCHARGE', { po: formatBp(o.poSurchargeBp), year: o.year });
      case 'SALARY_INDEX':
        return t('roll.scenario.salaryIndex', { index: formatBp(o.indexBp), year: o.year });
      case 'ADD_COST_ITEM':
        return t('costs.override.describe.ADD_COST_ITEM', {
          hosting: hostingName(o.hostingId),
          label: o.item.label,
          from: o.fromYear,
          to: o.toYear,
        });
      case 'REMOVE_COST_ITEM': {
        const label = knownItemLabels.get(o.costItemId);
        return label ? t('costs.override.removeItemNamed', { label }) : t('costs.override.describe.REMOVE_COST_ITEM');
      }
    }
  };
}

/** One sentence for a whole scenario: what it changes against the plan, from its overrides. */
export function useScenarioSentence(): (overrides: readonly ScenarioOverride[]) => string {
  const { t } = useTranslation();
  const describe = useDescribe();
  return (overrides) =>
    overrides.length === 0 ? t('roll.scenario.nothing') : t('roll.scenario.sentence', { changes: overrides.map(describe).join('; ') });
}
