import { useTranslation } from 'react-i18next';
import { ACTIVITY_LEVELS, type ActivityLevel } from '@shared/domain/enums';

export type LevelOrNone = ActivityLevel | 'NONE';

/** The board's column order, as in VGR's 2025 table, then teams without a level. */
export const BOARD_LEVELS: readonly LevelOrNone[] = [...ACTIVITY_LEVELS, 'NONE'];

/** Shapes that tell the levels apart without colour. */
const LEVEL_ICON: Record<LevelOrNone, string> = {
  STARTUP: '↗',
  HIGH: '▲',
  MEDIUM: '◆',
  LOW: '▼',
  CLOSING: '↘',
  CLOSED: '■',
  DORMANT: '‖',
  NONE: '○',
};

/** An activity level told by an icon, a word and a colour. */
export function LevelLabel({ level }: { level: LevelOrNone }) {
  const { t } = useTranslation();
  return (
    <span className={`level-label level-label--${level.toLowerCase()}`}>
      <span className="level-label__icon" aria-hidden="true">
        {LEVEL_ICON[level]}
      </span>
      {t(`planning.level.${level}`)}
    </span>
  );
}
