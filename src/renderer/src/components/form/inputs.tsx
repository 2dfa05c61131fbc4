import type { ReactNode } from 'react';
import { Field } from './Field';

type Common = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: string | undefined;
  disabled?: boolean;
};

type TextProps = Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'search';
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  size?: 'short' | 'medium';
};

/**
 * Dates are typed as ISO text (`2026-03-01`) in both languages: the browser's own date field would
 * show the computer's locale format instead.
 */
export function TextField({ value, onChange, type = 'text', required, autoComplete, inputMode, size, disabled, ...field }: TextProps) {
  const isDate = type === 'date';
  return (
    <Field {...field}>
      {(describedBy) => (
        <input
          id={field.id}
          className={size ? `field__input field__input--${size}` : isDate ? 'field__input field__input--date' : 'field__input'}
          type={isDate ? 'text' : type}
          maxLength={isDate ? 10 : undefined}
          spellCheck={isDate ? false : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
          aria-required={required ? true : undefined}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          disabled={disabled}
        />
      )}
    </Field>
  );
}

export function TextAreaField({ value, onChange, disabled, ...field }: Common & { value: string; onChange: (value: string) => void }) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <textarea
          id={field.id}
          className="field__input field__textarea"
          value={value}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
          disabled={disabled}
        />
      )}
    </Field>
  );
}

type SelectProps = Common & { value: string; onChange: (value: string) => void; children: ReactNode; required?: boolean; wide?: boolean };

export function SelectField({ value, onChange, children, required, disabled, ...field }: SelectProps) {
  return (
    <Field {...field}>
      {(describedBy) => (
        <select
          id={field.id}
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
          aria-required={required ? true : undefined}
          disabled={disabled}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
