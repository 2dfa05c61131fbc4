import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { AppError } from '@shared/contract/errors';

/** Field name → translated message. */
export type FieldErrors = Partial<Record<string, string>>;

type Issue = z.core.$ZodIssue;

function messageFor(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'date') return t('validation.date');
      return t('validation.format');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('validation.required') : t('validation.format');
    default:
      return t('validation.format');
  }
}

/** The first problem of each field of a failed parse with the contract's own schema, translated. */
export function fieldErrorsFromZod(error: z.ZodError, t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && out[field] === undefined) out[field] = messageFor(issue, t);
  }
  return out;
}

/**
 * Main's validation errors read `field: message`. When the field is one of the form's, the message
 * belongs beside it; otherwise the form shows the whole error.
 */
export function fieldOfServerError(error: AppError | null, fields: readonly string[]): string | null {
  if (!error || error.code !== 'VALIDATION') return null;
  const match = /^([A-Za-z]+)(?:\.[\w.]+)?: /.exec(error.message);
  return match?.[1] && fields.includes(match[1]) ? match[1] : null;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** One value per field name, e.g. the control ids of a form. */
export function perField<F extends string>(fields: readonly F[], make: (field: F) => string): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const field of fields) out[field] = make(field);
  return out;
}

/** A typed text as the contract wants an optional value: trimmed, or null when empty. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** A date typed as ISO text (`2026-03-01`); the contract checks that the day exists. */
export function isIsoDateText(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
