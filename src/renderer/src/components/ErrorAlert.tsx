import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import { wordError } from '../i18n/word-error';

type Props = {
  heading: string;
  error: AppError;
  headingLevel?: 2 | 3;
  id?: string;
};

/** A failed call: a translated heading, the failure worded in the UI's language, and its kind; announced at once. */
export function ErrorAlert({ heading, error, headingLevel = 2, id }: Props) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <Heading className="alert__heading">{heading}</Heading>
      <p className="alert__message">{wordError(error, i18n.language)}</p>
      <p className="alert__code">{t(`errors.kind.${error.code}`)}</p>
    </div>
  );
}
