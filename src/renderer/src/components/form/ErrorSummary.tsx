import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './validation';

type Props = {
  errors: FieldErrors;
  /** Field name → the id of its control, for the links. */
  fieldIds: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  /** Changes with every failed submit, so focus moves to the summary each time. */
  attempt: number;
};

/** After a failed submit: what is wrong, with a link to each field; focus moves here. */
export function ErrorSummary({ errors, fieldIds, labels, attempt }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (entries.length === 0) return null;
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="alert__heading">{t('validation.summaryHeading')}</h2>
      <ul className="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldIds[field] ?? field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldIds[field] ?? field)?.focus();
              }}
            >
              {labels[field] ?? field}: {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
