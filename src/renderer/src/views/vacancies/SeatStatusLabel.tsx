import { useTranslation } from 'react-i18next';
import type { SeatStatus } from '@shared/contract/register-insights';

/** Shapes that differ without colour: filled ✓, vacant ○, ending ◐, over-filled ＋. */
export const STATUS_ICON: Record<SeatStatus, string> = { FILLED: '✓', VACANT: '○', ENDING: '◐', OVER_FILLED: '+', NO_DATA: '–' };

/** A seat status told three ways: an icon, a word and a colour. */
export function SeatStatusLabel({ status }: { status: SeatStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`seat-status seat-status--${status.toLowerCase()}`}>
      <span className="seat-status__icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(`seatStatus.${status}`)}
    </span>
  );
}
