import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatPercentBp, parsePercentToBp } from '../../format';
import { TextField } from '../form/inputs';

/** A share of full time (percent text, empty = the default) and a period (ISO dates, an empty end = until further notice). */
export type SharePeriodValues = { start: string; end: string; allocation: string };
export type SharePeriodField = keyof SharePeriodValues;

/** The share as basis points (null = the default), or an error when it is not a percent between 0 and 100. */
export function checkShare(text: string, t: TFunction): { allocationBp: number | null; error?: string } {
  const bp = parsePercentToBp(text);
  if (bp === null) return { allocationBp: null };
  if (Number.isNaN(bp) || bp > 10_000) return { allocationBp: null, error: t('membershipForm.allocationInvalid') };
  return { allocationBp: bp };
}

/** The period's own error: an end before the start. */
export function checkPeriodOrder(start: string, end: string, t: TFunction): string | undefined {
  return start && end && end < start ? t('membershipForm.endBeforeStart') : undefined;
}

type Props = {
  /** The controls' ids (the form's error summary links to them). */
  ids: Record<SharePeriodField, string>;
  /** The labels; without an `allocation` label the share is not asked for. */
  labels: { start: string; end: string; allocation?: string };
  values: SharePeriodValues;
  onChange: (field: SharePeriodField, value: string) => void;
  errors: Partial<Record<SharePeriodField, string>>;
  /** The default share of the group's type and the role (null: no group chosen yet). */
  defaultBp?: number | null;
  startRequired: boolean;
  /** Replaces the date hint under the start (e.g. where a successor's start comes from). */
  startHint?: string | undefined;
};

/** One set of period and share fields, for an assignment, a nomination request and an appointment. */
export function SharePeriodFields({ ids, labels, values, onChange, errors, defaultBp = null, startRequired, startHint }: Props) {
  const { t } = useTranslation();
  const optional = t('common.optional');
  const date = (field: 'start' | 'end', hint: string, required: boolean) => (
    <TextField
      id={ids[field]}
      label={labels[field]}
      type="date"
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      error={errors[field]}
      hint={hint}
      required={required}
      optional={required ? undefined : optional}
    />
  );
  return (
    <>
      {date('start', startHint ?? t('common.dateHint'), startRequired)}
      {date('end', t('membershipForm.endHint'), false)}
      {labels.allocation !== undefined && (
        <TextField
          id={ids.allocation}
          label={labels.allocation}
          value={values.allocation}
          onChange={(value) => onChange('allocation', value)}
          error={errors.allocation}
          inputMode="decimal"
          size="short"
          hint={
            defaultBp === null
              ? t('membershipForm.allocationHintNoGroup')
              : t('membershipForm.allocationHint', { value: formatPercentBp(defaultBp) })
          }
          optional={optional}
        />
      )}
    </>
  );
}
