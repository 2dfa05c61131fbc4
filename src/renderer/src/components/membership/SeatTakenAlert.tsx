import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/calendar';
import type { AppError } from '@shared/contract/errors';
import { errorText } from '../error-text';
import { useLookups } from '../useLookups';

type Props = { error: AppError; busy: boolean; onReplace: () => void };

/**
 * The seat guard's refusal in words (holder and dates), with the one-step fix when it is possible:
 * "Ersätt från <dag>" ends the holder the day before and saves the new assignment.
 */
export function SeatTakenAlert({ error, busy, onReplace }: Props) {
  const { t, i18n } = useTranslation();
  const { ownerName } = useLookups();
  const params = error.detail?.params ?? {};
  const from = String(params['replaceFrom'] ?? '');
  const replaceable = params['replaceable'] === 1 && /^\d{4}-\d{2}-\d{2}$/.test(from);
  return (
    <div className="alert alert--error form__full" role="alert" data-testid="seat-taken">
      <h3 className="alert__heading">{t('corrections.seatTakenHeading')}</h3>
      <p className="alert__message">{errorText(error, t, i18n.language, ownerName)}</p>
      {replaceable && (
        <>
          <p>{t('corrections.replaceExplain', { holder: String(params['holderName'] ?? ''), end: addDays(from, -1), date: from })}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onReplace} disabled={busy}>
              {t('corrections.replaceFrom', { date: from })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
