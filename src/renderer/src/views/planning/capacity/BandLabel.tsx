import { useTranslation } from 'react-i18next';
import type { CapacityBand } from '@shared/contract/planning';

/** Icons that tell the bands apart without colour. */
export const BAND_ICON: Record<CapacityBand, string> = { NONE: '', OK: '', HIGH: '▲', OVER: '‼' };

/** A band told by an icon and a word (and, through the class, a colour and a pattern). */
export function BandLabel({
  band,
  hiddenWhenCalm = false,
  compact = false,
}: {
  band: CapacityBand;
  hiddenWhenCalm?: boolean;
  /** Only the icon in view (narrow heatmap cells); the word is still read out. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const calm = band === 'NONE' || band === 'OK';
  if (calm && hiddenWhenCalm) return <span className="visually-hidden">{t(`planning.band.${band}`)}</span>;
  if (compact)
    return (
      <span className={`band-label band-label--compact band-label--${band.toLowerCase()}`}>
        {BAND_ICON[band] && <span aria-hidden="true">{BAND_ICON[band]}</span>}
        <span className="visually-hidden">{t(`planning.band.${band}`)}</span>
      </span>
    );
  return (
    <span className={`band-label band-label--${band.toLowerCase()}`}>
      {BAND_ICON[band] && <span aria-hidden="true">{BAND_ICON[band]} </span>}
      {t(`planning.band.${band}`)}
    </span>
  );
}
