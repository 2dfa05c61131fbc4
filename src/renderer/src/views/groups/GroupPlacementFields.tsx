import { useTranslation } from 'react-i18next';
import { HOSTING_STATUSES } from '@shared/domain/enums';
import { SelectField, TextField } from '../../components/form/inputs';
import type { FieldErrors } from '../../components/form/validation';
import { ALLOWED_PARENTS, NATIONAL_TYPES, type GroupFormValues } from './group-form-model';
import { useGroupOptions, useReferenceData } from '../../api/lookups';

type Props = {
  values: GroupFormValues;
  set: (field: keyof GroupFormValues) => (value: string) => void;
  ids: Record<keyof GroupFormValues, string>;
  errors: FieldErrors;
  selfId: string | null;
};

/** The fields that depend on type and level: parent, region, host and hosting status, seat count. */
export function GroupPlacementFields({ values, set, ids, errors, selfId }: Props) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const groups = useGroupOptions() ?? [];
  const parentTypes = ALLOWED_PARENTS[values.type];
  const parents = parentTypes ? groups.filter((g) => parentTypes.includes(g.type) && g.id !== selfId) : [];
  const hrs = reference?.healthcareRegions ?? [];
  return (
    <>
      {parentTypes && (
        <SelectField
          id={ids.parentGroupId}
          label={t('groupForm.parentGroupId')}
          value={values.parentGroupId}
          onChange={set('parentGroupId')}
          error={errors['parentGroupId']}
          hint={t('groupForm.parentHint', { types: parentTypes.map((p) => t(`groupType.${p}`)).join(t('common.or')) })}
          optional={t('common.optional')}
        >
          <option value="">{t('groupForm.noParent')}</option>
          {parents.map((g) => (
            <option key={g.id} value={g.id}>{`${g.name} (${t(`groupType.${g.type}`)})`}</option>
          ))}
        </SelectField>
      )}
      {values.level === 'REGIONAL' && (
        <SelectField
          id={ids.regionCode}
          label={t('groupForm.regionCode')}
          value={values.regionCode}
          onChange={set('regionCode')}
          error={errors['regionCode']}
          optional={t('common.optional')}
        >
          <option value="">{t('common.notChosen')}</option>
          {(reference?.regions ?? []).map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      )}
      {values.level === 'HEALTHCARE_REGIONAL' && (
        <SelectField
          id={ids.healthcareRegionCode}
          label={t('groupForm.healthcareRegionCode')}
          value={values.healthcareRegionCode}
          onChange={set('healthcareRegionCode')}
          error={errors['healthcareRegionCode']}
          optional={t('common.optional')}
        >
          <option value="">{t('common.notChosen')}</option>
          {hrs.map((h) => (
            <option key={h.code} value={h.code}>
              {h.name}
            </option>
          ))}
        </SelectField>
      )}
      {values.level === 'NATIONAL' && (
        <>
          <SelectField
            id={ids.hostHealthcareRegionCode}
            label={t('groupForm.hostHealthcareRegionCode')}
            value={values.hostHealthcareRegionCode}
            onChange={set('hostHealthcareRegionCode')}
            error={errors['hostHealthcareRegionCode']}
            optional={t('common.optional')}
          >
            <option value="">{t('common.notChosen')}</option>
            {hrs.map((h) => (
              <option key={h.code} value={h.code}>
                {h.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={ids.hostingStatus}
            label={t('groupForm.hostingStatus')}
            value={values.hostingStatus}
            onChange={set('hostingStatus')}
            error={errors['hostingStatus']}
            optional={t('common.optional')}
          >
            <option value="">{t('common.notChosen')}</option>
            {HOSTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`hosting.${s}`)}
              </option>
            ))}
          </SelectField>
        </>
      )}
      {NATIONAL_TYPES.includes(values.type) ? (
        <p className="field__hint form__full">
          {t(values.type === 'PRIMARY_CARE_COUNCIL' ? 'groupForm.seatsTwoPerRegion' : 'groupForm.seatsOnePerRegion')}
        </p>
      ) : (
        <TextField
          id={ids.seatCount}
          label={t('groupForm.seatCount')}
          value={values.seatCount}
          onChange={set('seatCount')}
          error={errors['seatCount']}
          type="number"
          inputMode="numeric"
          size="short"
          hint={t('groupForm.seatCountHint')}
        />
      )}
    </>
  );
}
