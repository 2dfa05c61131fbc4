import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONAL_OWNER } from '@shared/domain/enums';
import { useGroupOptions, useOrganisations, useReferenceData } from '../api/lookups';

export type Lookups = {
  regionName: (code: string | null) => string | null;
  healthcareRegionName: (code: string | null) => string | null;
  /** The healthcare regions a region belongs to (Halland: two). */
  healthcareRegionsOf: (regionCode: string | null) => string[];
  organisationName: (id: string | null) => string | null;
  groupName: (id: string | null) => string | null;
  /** A record owner: a region, a healthcare region or NATIONAL. */
  ownerName: (code: string) => string | null;
};

/** Names for the codes and ids records carry; loads the reference data and lists once. */
export function useLookups(): Lookups {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const organisations = useOrganisations();
  const groups = useGroupOptions();
  return useMemo(() => {
    const regions = new Map((reference?.regions ?? []).map((r) => [r.code, r]));
    const hrs = new Map((reference?.healthcareRegions ?? []).map((h) => [h.code, h.name]));
    const orgs = new Map((organisations ?? []).map((o) => [o.id, o.name]));
    const groupNames = new Map((groups ?? []).map((g) => [g.id, g.name]));
    return {
      regionName: (code) => (code === null ? null : (regions.get(code)?.name ?? code)),
      healthcareRegionName: (code) => (code === null ? null : (hrs.get(code) ?? code)),
      healthcareRegionsOf: (code) => (code === null ? [] : (regions.get(code)?.healthcareRegionCodes ?? [])),
      organisationName: (id) => (id === null ? null : (orgs.get(id) ?? id)),
      groupName: (id) => (id === null ? null : (groupNames.get(id) ?? id)),
      ownerName: (code) => (code === NATIONAL_OWNER ? t('provenance.nationalOwner') : (regions.get(code)?.name ?? hrs.get(code) ?? null)),
    };
  }, [reference, organisations, groups, t]);
}
