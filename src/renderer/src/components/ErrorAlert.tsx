import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';

type Props = {
  heading: string;
  error: AppError;
  headingLevel?: 2 | 3;
  id?: string;
};

/** A failed call: a translated heading and main's one-line message, announced at once. */
export function ErrorAlert({ heading, error, headingLevel = 2, id }: Props) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <Heading className="alert__heading">{heading}</Heading>
      <p className="alert__message">{error.message}</p>
      <p className="alert__code">{t('errors.codeLabel', { code: error.code })}</p>
    </div>
  );
}
