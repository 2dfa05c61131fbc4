import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import { errorText } from './error-text';
import { useLookups } from './useLookups';

type Props = {
  heading: string;
  error: AppError;
  headingLevel?: 2 | 3;
  id?: string;
};

/** A failed call: a translated heading and the failure in the user's language (error-text.ts), announced at once. */
export function ErrorAlert({ heading, error, headingLevel = 2, id }: Props) {
  const { t, i18n } = useTranslation();
  const { ownerName } = useLookups();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <Heading className="alert__heading">{heading}</Heading>
      <p className="alert__message">{errorText(error, t, i18n.language, ownerName)}</p>
      {/* a worded refusal needs no further label; any other failure says what kind it is */}
      {!error.detail && <p className="alert__code">{t(`errors.kind.${error.code}`)}</p>}
    </div>
  );
}
