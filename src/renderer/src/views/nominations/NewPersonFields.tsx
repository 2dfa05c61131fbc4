import { useTranslation } from 'react-i18next';
import { newCandidateSchema, type NewCandidate } from '@shared/contract/nominations';
import { GENDERS } from '@shared/domain/enums';
import { useOrganisations, useReferenceData } from '../../api/lookups';
import { SelectField, TextField } from '../../components/form/inputs';
import { fieldErrorsFromZod, type FieldErrors } from '../../components/form/validation';
import type { TFunction } from 'i18next';

export type NewPersonValues = {
  name: string;
  regionCode: string;
  email: string;
  profession: string;
  gender: string;
  organisationId: string;
};

export const EMPTY_NEW_PERSON: NewPersonValues = { name: '', regionCode: '', email: '', profession: '', gender: '', organisationId: '' };

export function valuesOfNewPerson(p: NewCandidate): NewPersonValues {
  return {
    name: p.name,
    regionCode: p.regionCode,
    email: p.email ?? '',
    profession: p.profession ?? '',
    gender: p.gender ?? '',
    organisationId: p.organisationId ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The new candidate as the contract has it, or the fields' errors. */
export function checkNewPerson(v: NewPersonValues, t: TFunction): { ok: true; value: NewCandidate } | { ok: false; errors: FieldErrors } {
  const parsed = newCandidateSchema.safeParse({
    name: v.name,
    regionCode: v.regionCode,
    email: orNull(v.email),
    profession: orNull(v.profession),
    gender: orNull(v.gender),
    organisationId: orNull(v.organisationId),
  });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrorsFromZod(parsed.error, t) };
}

type Props = { idPrefix: string; values: NewPersonValues; onChange: (values: NewPersonValues) => void; errors: FieldErrors };

/** A candidate who is not in the register yet: the few facts a nomination needs (a person is created when appointed). */
export function NewPersonFields({ idPrefix, values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const organisations = useOrganisations();
  const set = (field: keyof NewPersonValues) => (value: string) => onChange({ ...values, [field]: value });
  const optional = t('common.optional');
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('nominations.person.name')}
        value={values.name}
        onChange={set('name')}
        error={errors['name']}
        required
      />
      <SelectField
        id={`${idPrefix}-regionCode`}
        label={t('nominations.person.region')}
        value={values.regionCode}
        onChange={set('regionCode')}
        error={errors['regionCode']}
        required
      >
        <option value="">{t('nominations.person.chooseRegion')}</option>
        {(reference?.regions ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-email`}
        label={t('nominations.person.email')}
        type="email"
        value={values.email}
        onChange={set('email')}
        error={errors['email']}
        optional={optional}
      />
      <TextField
        id={`${idPrefix}-profession`}
        label={t('nominations.person.profession')}
        value={values.profession}
        onChange={set('profession')}
        error={errors['profession']}
        optional={optional}
      />
      <SelectField
        id={`${idPrefix}-gender`}
        label={t('nominations.person.gender')}
        value={values.gender}
        onChange={set('gender')}
        optional={optional}
      >
        <option value="">{t('nominations.person.notRecorded')}</option>
        {GENDERS.map((g) => (
          <option key={g} value={g}>
            {t(`gender.${g}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${idPrefix}-organisationId`}
        label={t('nominations.person.organisation')}
        value={values.organisationId}
        onChange={set('organisationId')}
        optional={optional}
      >
        <option value="">{t('nominations.person.noOrganisation')}</option>
        {(organisations ?? [])
          .filter((o) => !values.regionCode || o.regionCode === null || o.regionCode === values.regionCode)
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({t(`organisationType.${o.type}`)})
            </option>
          ))}
      </SelectField>
    </>
  );
}
