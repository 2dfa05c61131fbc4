import { useTranslation } from 'react-i18next';
import type { CarePathwayStatus, ImplementationStatus } from '@shared/domain/enums';

/** Shapes that fill up as a pathway moves on, so the status reads without colour. */
const IMPLEMENTATION_ICON: Record<ImplementationStatus, string> = { NOT_STARTED: '○', DECIDED: '◔', IN_PROGRESS: '◑', IMPLEMENTED: '●' };

export function ImplementationLabel({ status }: { status: ImplementationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`impl-status impl-status--${status.toLowerCase()}`}>
      <span className="impl-status__icon" aria-hidden="true">
        {IMPLEMENTATION_ICON[status]}
      </span>
      {t(`planning.implementation.${status}`)}
    </span>
  );
}

export function NationalStatusLabel({ status }: { status: CarePathwayStatus }) {
  const { t } = useTranslation();
  return <span className={`tag national-status national-status--${status.toLowerCase()}`}>{t(`planning.nationalStatus.${status}`)}</span>;
}
