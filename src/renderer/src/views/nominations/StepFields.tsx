import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DECLARATION_OUTCOMES, type DeclarationOutcome } from '@shared/contract/nominations';
import { SelectField, TextAreaField, TextField } from '../../components/form/inputs';
import { isIsoDateText, type FieldErrors } from '../../components/form/validation';

/** The facts of one step of a candidate's road, as typed: when, by whom, the declaration's outcome, a reference, a link and notes. */
export type StepValues = { on: string; by: string; outcome: DeclarationOutcome | ''; reference: string; link: string; notes: string };
export type StepField = keyof StepValues;
/** The fields a form shows, each with its label (the question differs by step: "Godkänd den", "Beslutsdatum", …). */
export type StepLabels = Partial<Record<StepField, string>>;

export const EMPTY_STEP: StepValues = { on: '', by: '', outcome: '', reference: '', link: '', notes: '' };

/** What a person should hear before saving: a shown date is an ISO date, a shown outcome is chosen. */
export function checkStepFields(values: StepValues, labels: StepLabels, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (labels.on !== undefined && !isIsoDateText(values.on)) errors['on'] = t('validation.date');
  if (labels.outcome !== undefined && values.outcome === '') errors['outcome'] = t('validation.choose');
  return errors;
}

type Props = {
  /** The fields' ids are `${idPrefix}-on`, `${idPrefix}-by`, …, each tied to its label. */
  idPrefix: string;
  labels: StepLabels;
  values: StepValues;
  onChange: (values: StepValues) => void;
  errors: FieldErrors;
};

/** One set of step fields for the nominations' forms: the same controls, hints and error display in each. */
export function StepFields({ idPrefix, labels, values, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (field: StepField) => (value: string) => onChange({ ...values, [field]: value });
  const optional = t('common.optional');
  const text = (field: 'by' | 'reference' | 'link', label: string, hint?: string) => (
    <TextField
      id={`${idPrefix}-${field}`}
      label={label}
      value={values[field]}
      onChange={set(field)}
      error={errors[field]}
      hint={hint}
      optional={optional}
    />
  );
  return (
    <>
      {labels.on !== undefined && (
        <TextField
          id={`${idPrefix}-on`}
          label={labels.on}
          type="date"
          value={values.on}
          onChange={set('on')}
          error={errors['on']}
          hint={t('common.dateHint')}
          required
        />
      )}
      {labels.by !== undefined && text('by', labels.by)}
      {labels.outcome !== undefined && (
        <SelectField
          id={`${idPrefix}-outcome`}
          label={labels.outcome}
          value={values.outcome}
          onChange={(value) => onChange({ ...values, outcome: DECLARATION_OUTCOMES.find((o) => o === value) ?? '' })}
          error={errors['outcome']}
          required
        >
          <option value="">{t('nominations.stepDialog.chooseOutcome')}</option>
          {DECLARATION_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`nominations.outcome.${o}`)}
            </option>
          ))}
        </SelectField>
      )}
      {labels.reference !== undefined && text('reference', labels.reference)}
      {labels.link !== undefined && text('link', labels.link, t('nominations.form.linkHint'))}
      {labels.notes !== undefined && (
        <TextAreaField
          id={`${idPrefix}-notes`}
          label={labels.notes}
          value={values.notes}
          onChange={set('notes')}
          error={errors['notes']}
          optional={optional}
        />
      )}
    </>
  );
}
