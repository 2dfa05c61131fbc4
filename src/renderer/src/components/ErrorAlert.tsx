import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';

type Props = {
  heading: string;
  error: AppError;
  headingLevel?: 2 | 3;
  id?: string;
};

/** The error in the user's language: its detail worded from `errors.detail.<key>` when there is a text for it, else main's message. */
export function useErrorText(): (error: AppError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const key = error.detail ? `errors.detail.${error.detail.key}` : null;
    return key !== null && i18n.exists(key) ? t(key, error.detail?.params) : error.message;
  };
}

/** A failed call: a translated heading and the error's text, announced at once. */
export function ErrorAlert({ heading, error, headingLevel = 2, id }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <Heading className="alert__heading">{heading}</Heading>
      <p className="alert__message">{errorText(error)}</p>
      <p className="alert__code">{t('errors.codeLabel', { code: error.code })}</p>
    </div>
  );
}
