import { useTranslation } from 'react-i18next';
import type { SeatStatus } from '@shared/contract/register-insights';

/** Shapes that differ without colour: filled ✓, vacant ○, ending ◐, over-filled ＋. */
export const STATUS_ICON: Record<SeatStatus, string> = { FILLED: '✓', VACANT: '○', ENDING: '◐', OVER_FILLED: '+', NO_DATA: '–' };

/**
 * A seat status told three ways: an icon, a word and a colour. `brief`: a seat with no data (another healthcare
 * region's) shows only its dash, the words kept for screen readers, so the many such cells of the matrix stay one line
 * (the legend above the matrix says what the dash means).
 */
export function SeatStatusLabel({ status, brief = false }: { status: SeatStatus; brief?: boolean }) {
  const { t } = useTranslation();
  if (brief && status === 'NO_DATA')
    return (
      <span className="seat-status seat-status--no_data">
        <span className="seat-status__icon" aria-hidden="true">
          {STATUS_ICON[status]}
        </span>
        <span className="visually-hidden">{t(`seatStatus.${status}`)}</span>
      </span>
    );
  return (
    <span className={`seat-status seat-status--${status.toLowerCase()}`}>
      <span className="seat-status__icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(`seatStatus.${status}`)}
    </span>
  );
}
