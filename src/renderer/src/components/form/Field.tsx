import type { ReactNode } from 'react';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Renders the control with the ids it must carry. */
  children: (describedBy: string | undefined) => ReactNode;
  optional?: string | undefined;
  /** Two columns of a form grid: for a choice whose options are long (a seat and its holders). */
  wide?: boolean | undefined;
};

/** A label, an optional hint and the field's own error message, tied to the control by ids. */
export function Field({ id, label, hint, error, children, optional, wide }: Props) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, wide ? 'field--wide' : null].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {optional}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId ?? undefined}>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
