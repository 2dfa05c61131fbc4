import { useTranslation } from 'react-i18next';
import type { CandidateView } from '@shared/contract/nominations';
import { call } from '../../api';
import { FileButton } from './FileButton';

/** The nomination letter for one candidate (PDF: the request, the candidate, the approval and the declaration's status). */
export function LetterButton({ candidate }: { candidate: CandidateView }) {
  const { t, i18n } = useTranslation();
  return (
    <FileButton
      label={t('nominations.action.letter')}
      name={candidate.name}
      failedHeading={t('nominations.letterFailed')}
      make={() => call('nominations:letter-pdf', { candidateId: candidate.id, language: i18n.language === 'en' ? 'en' : 'sv' })}
    />
  );
}

/**
 * The register extract (GDPR Art. 15, PDF) of a new candidate, who is not a person in the register: the
 * candidate's facts stand in for the person's (a person's extract is on the person's page).
 */
export function ExtractButton({ candidate }: { candidate: CandidateView }) {
  const { t } = useTranslation();
  return (
    <FileButton
      label={t('privacy.person.exportPdf')}
      name={candidate.name}
      failedHeading={t('privacy.person.exportFailed')}
      make={() => call('privacy:export-pdf', { personId: candidate.id })}
    />
  );
}
