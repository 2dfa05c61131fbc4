import type { TFunction } from 'i18next';

const HEALTHCARE_REGIONS = ['NORRA', 'MELLANSVERIGE', 'STOCKHOLM_GOTLAND', 'SYDOSTRA', 'SODRA', 'VASTRA'] as const;

/** A short healthcare-region name for narrow columns (`Norra`, `Stockholm-Gotland`); the full name otherwise. */
export function shortHealthcareRegionName(code: string, fullName: string, t: TFunction): string {
  const known = HEALTHCARE_REGIONS.find((c) => c === code);
  return known ? t(`healthcareRegionShort.${known}`) : fullName;
}

/** A seat label from main (`NORRA`, `NORRA 2`, `3`) with the healthcare region's short name (any `t` that words those keys). */
export function seatLabelText(label: string, t: (key: `healthcareRegionShort.${(typeof HEALTHCARE_REGIONS)[number]}`) => string): string {
  const [first, ...rest] = label.split(' ');
  const known = HEALTHCARE_REGIONS.find((c) => c === first);
  return known ? [t(`healthcareRegionShort.${known}`), ...rest].join(' ') : label;
}

/** Sorts by the usual order of the healthcare regions (Norra first), then by label. */
export function healthcareRegionRank(code: string | null): number {
  const index = HEALTHCARE_REGIONS.findIndex((c) => c === code);
  return index === -1 ? HEALTHCARE_REGIONS.length : index;
}
