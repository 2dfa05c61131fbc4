import type { z } from 'zod';
import type { PersonDetail } from '@shared/contract/register';
import { personCreateSchema } from '@shared/contract/register';

export type PersonFormValues = {
  name: string;
  email: string;
  phone: string;
  regionCode: string;
  organisationId: string;
  profession: string;
  gender: string;
  notes: string;
};

export const PERSON_FIELDS = ['name', 'email', 'phone', 'regionCode', 'organisationId', 'profession', 'gender', 'notes'] as const;

export function initialPersonValues(person: PersonDetail | null, defaultRegion: string | null): PersonFormValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    regionCode: person ? (person.regionCode ?? '') : (defaultRegion ?? ''),
    organisationId: person?.organisationId ?? '',
    profession: person?.profession ?? '',
    gender: person?.gender ?? '',
    notes: person?.notes ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The form's text as the contract's input, checked with the contract's own schema. */
export function parsePersonValues(values: PersonFormValues) {
  return personCreateSchema.safeParse({
    name: values.name,
    email: orNull(values.email),
    phone: orNull(values.phone),
    regionCode: orNull(values.regionCode),
    organisationId: orNull(values.organisationId),
    profession: orNull(values.profession),
    gender: orNull(values.gender),
    notes: orNull(values.notes),
  });
}

export type PersonInput = z.output<typeof personCreateSchema>;
