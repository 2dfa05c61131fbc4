import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GENDERS,
  GROUP_LEVELS,
  GROUP_TYPES,
  HOSTING_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_TYPES,
} from '@shared/domain/enums';
import { formatPercentBp } from '../format';
import { useLookups } from './useLookups';

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** A stored value (a code, an id, basis points) as a person reads it. */
export function useValueLabel(): (field: string, value: unknown) => string {
  const { t } = useTranslation();
  const lookups = useLookups();
  return useCallback(
    (field: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return t('common.none');
      // an audit value is a scalar; anything else is shown as JSON rather than as [object Object]
      const scalar = typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
      const text = typeof value === 'string' ? value : scalar ? String(value) : JSON.stringify(value);
      switch (field) {
        case 'gender':
          return oneOf(GENDERS, value) ? t(`gender.${value}`) : text;
        case 'type':
          if (oneOf(ORGANISATION_TYPES, value)) return t(`organisationType.${value}`);
          return oneOf(GROUP_TYPES, value) ? t(`groupType.${value}`) : text;
        case 'level':
          return oneOf(GROUP_LEVELS, value) ? t(`groupLevel.${value}`) : text;
        case 'hosting_status':
          return oneOf(HOSTING_STATUSES, value) ? t(`hosting.${value}`) : text;
        case 'role':
          return oneOf(MEMBERSHIP_ROLES, value) ? t(`role.${value}`) : text;
        case 'status':
          return oneOf(MEMBERSHIP_STATUSES, value) ? t(`membershipStatus.${value}`) : text;
        case 'allocation_bp':
          return typeof value === 'number' ? formatPercentBp(value) : text;
        case 'region_code':
          return lookups.regionName(text) ?? text;
        case 'healthcare_region_code':
        case 'host_healthcare_region_code':
          return lookups.healthcareRegionName(text) ?? text;
        case 'organisation_id':
          return lookups.organisationName(text) ?? text;
        case 'group_id':
        case 'parent_group_id':
          return lookups.groupName(text) ?? text;
        default:
          return text;
      }
    },
    [t, lookups],
  );
}
