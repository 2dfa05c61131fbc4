import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { groupCreateSchema, type GroupDetail } from '@shared/contract/register';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { fieldErrorsFromZod, type FieldErrors } from '../../components/form/validation';

export type GroupFormValues = {
  name: string;
  type: GroupType;
  level: GroupLevel;
  parentGroupId: string;
  healthcareRegionCode: string;
  regionCode: string;
  hostHealthcareRegionCode: string;
  hostingStatus: string;
  seatCount: string;
  description: string;
};

export const GROUP_FIELDS = [
  'name',
  'type',
  'level',
  'parentGroupId',
  'healthcareRegionCode',
  'regionCode',
  'hostHealthcareRegionCode',
  'hostingStatus',
  'seatCount',
  'description',
] as const;

/** National groups get their seats from the type (one or two per healthcare region). */
export const NATIONAL_TYPES: readonly GroupType[] = ['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'];
/** Which group a group may sit under: NPO → NAG; RPO or SOR → RPT. */
export const ALLOWED_PARENTS: Partial<Record<GroupType, GroupType[]>> = { NAG: ['NPO'], RPT: ['RPO', 'SOR'] };

export function levelFor(type: GroupType, current: GroupLevel): GroupLevel {
  if (NATIONAL_TYPES.includes(type)) return 'NATIONAL';
  if ((type === 'RPO' || type === 'RPT' || type === 'SOR') && current === 'NATIONAL') return 'REGIONAL';
  return current;
}

export function initialGroupValues(group: GroupDetail['group'] | null, ownRegion: string | null): GroupFormValues {
  return {
    name: group?.name ?? '',
    type: group?.type ?? 'RPT',
    level: group?.level ?? 'REGIONAL',
    parentGroupId: group?.parentGroupId ?? '',
    healthcareRegionCode: group?.healthcareRegionCode ?? '',
    regionCode: group ? (group.regionCode ?? '') : (ownRegion ?? ''),
    hostHealthcareRegionCode: group?.hostHealthcareRegionCode ?? '',
    hostingStatus: group?.hostingStatus ?? '',
    seatCount: group && !NATIONAL_TYPES.includes(group.type) ? String(group.seatCount) : '0',
    description: group?.description ?? '',
  };
}

type Checked = { ok: true; input: z.output<typeof groupCreateSchema> } | { ok: false; errors: FieldErrors };

/** Only the fields that fit the type and level are sent; the rest are null. */
export function checkGroup(v: GroupFormValues, t: TFunction): Checked {
  const national = v.level === 'NATIONAL';
  const seatCount = v.seatCount.trim() === '' ? 0 : Number(v.seatCount);
  const parsed = groupCreateSchema.safeParse({
    name: v.name,
    type: v.type,
    level: v.level,
    parentGroupId: ALLOWED_PARENTS[v.type] ? v.parentGroupId || null : null,
    healthcareRegionCode: v.level === 'HEALTHCARE_REGIONAL' ? v.healthcareRegionCode || null : null,
    regionCode: v.level === 'REGIONAL' ? v.regionCode || null : null,
    hostHealthcareRegionCode: national ? v.hostHealthcareRegionCode || null : null,
    hostingStatus: national ? v.hostingStatus || null : null,
    seatCount: NATIONAL_TYPES.includes(v.type) ? null : Number.isInteger(seatCount) ? seatCount : Number.NaN,
    description: v.description.trim() || null,
  });
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromZod(parsed.error, t) };
  return { ok: true, input: parsed.data };
}
