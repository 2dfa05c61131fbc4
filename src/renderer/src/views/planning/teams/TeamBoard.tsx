import { useTranslation } from 'react-i18next';
import type { Board, BoardTeam } from '@shared/contract/planning';
import { formatInteger } from '../../../format';
import { formatFte } from '../common/format';
import { LevelLabel } from '../common/levels';

function TeamCard({ team, selected, onSelect }: { team: BoardTeam; selected: boolean; onSelect: (groupId: string) => void }) {
  const { t } = useTranslation();
  const changed = team.levelAtYearEnd !== team.predominantLevel;
  return (
    <li className={selected ? 'team-card team-card--selected' : 'team-card'} data-team={team.name}>
      <button type="button" className="team-card__button" aria-pressed={selected} onClick={() => onSelect(team.groupId)}>
        <span className="team-card__name">{team.name}</span>
        <span className="team-card__fte" data-testid="team-planned-fte">
          {t('planning.teams.plannedFteShort', { fte: formatFte(team.plannedFte) })}
        </span>
        {changed && (
          <span className="team-card__note">
            {t('planning.teams.atYearEnd')} <LevelLabel level={team.levelAtYearEnd} />
          </span>
        )}
      </button>
    </li>
  );
}

/** The year's teams in columns by level, like VGR's 2025 table. */
export function TeamBoard({
  board,
  selectedId,
  onSelect,
}: {
  board: Board;
  selectedId: string | null;
  onSelect: (groupId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="team-board" data-testid="team-board">
      {board.columns.map((column) => (
        <section
          key={column.level}
          className={`team-column team-column--${column.level.toLowerCase()}`}
          aria-labelledby={`level-col-${column.level}`}
          data-level={column.level}
        >
          <h3 id={`level-col-${column.level}`} className="team-column__title">
            <LevelLabel level={column.level} />
            <span className="team-column__count">
              {t('planning.teams.teamCount', { count: column.teams.length, shown: formatInteger(column.teams.length) })}
            </span>
          </h3>
          <p className="team-column__fte">{t('planning.teams.columnFte', { fte: formatFte(column.plannedFte) })}</p>
          {column.teams.length === 0 ? (
            <p className="muted team-column__empty">{t('planning.teams.noTeams')}</p>
          ) : (
            <ul className="team-column__list">
              {column.teams.map((team) => (
                <TeamCard key={team.groupId} team={team} selected={team.groupId === selectedId} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
