import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatInteger } from '../../../format';
import { useStore } from '../../../store';
import { formatFte, yearChoices } from '../common/format';
import { DeviationsTable } from './DeviationsTable';
import { LevelAllocationsPanel } from './LevelAllocationsPanel';
import { PlannedTimeBlock } from './PlannedTimeBlock';
import { TeamBoard } from './TeamBoard';
import { TeamPanel } from './TeamPanel';
import { TeamsEmpty } from './TeamsEmpty';
import { useReferenceData } from '../../../api/lookups';
import { useLoad } from '../../costs/common/useCall';

function BoardFilters() {
  const { t } = useTranslation();
  const id = useId();
  const filter = useStore((s) => s.boardFilter);
  const setFilter = useStore((s) => s.setBoardFilter);
  const reference = useReferenceData();
  return (
    <div className="filters filters--fit" role="search" aria-label={t('planning.teams.filtersLabel')}>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-year`}>
          {t('planning.teams.year')}
        </label>
        <select
          id={`${id}-year`}
          className="field__input"
          value={filter.year}
          onChange={(e) => setFilter({ year: Number(e.target.value) })}
        >
          {yearChoices().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item filters__search">
        <label className="field__label field__label--small" htmlFor={`${id}-basis`}>
          {t('planning.teams.basis')}
        </label>
        <select
          id={`${id}-basis`}
          className="field__input"
          value={filter.basis}
          onChange={(e) => setFilter({ basis: e.target.value === 'YEAR_START' ? 'YEAR_START' : 'PREDOMINANT' })}
        >
          <option value="PREDOMINANT">{t('planning.teams.basisPredominant')}</option>
          <option value="YEAR_START">{t('planning.teams.basisYearStart')}</option>
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-region`}>
          {t('planning.teams.region')}
        </label>
        <select
          id={`${id}-region`}
          className="field__input"
          value={filter.regionCode ?? ''}
          onChange={(e) => setFilter({ regionCode: e.target.value || null })}
        >
          <option value="">{t('planning.teams.allRegions')}</option>
          {(reference?.regions ?? []).map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Aktivitetsnivåer: the board of a year, one team's dated levels and planned time, the region's time and deviations. */
export function TeamsView() {
  const { t } = useTranslation();
  const filter = useStore((s) => s.boardFilter);
  const selectedId = useStore((s) => s.selectedTeamId);
  const selectTeam = useStore((s) => s.selectTeam);
  const { year, basis, regionCode } = filter;
  const { data: board, loading, error: boardError } = useLoad('teams:board', { year, basis, groupType: null, regionCode });
  const { data: teams, error: teamsError } = useLoad('teams:list', { groupType: null, regionCode, asOf: null });
  const { data: regionTime, error: timeError } = useLoad('teams:planned-time', {
    from: `${year}-01`,
    monthCount: 12,
    groupId: null,
    regionCode,
  });
  const teamTime = useLoad(
    'teams:planned-time',
    selectedId ? { from: `${year}-01`, monthCount: 12, groupId: selectedId, regionCode: null } : null,
  );
  const { data: allocations, error: allocationsError } = useLoad('level-allocations:list', {});
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  useDocumentTitle(t('planning.teams.title'));
  const team = teams?.find((x) => x.groupId === selectedId) ?? null;
  const boardEmpty = board !== null && board !== undefined && board.columns.every((c) => c.teams.length === 0);
  useEffect(() => {
    if (team && focusPanel.current) {
      focusPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [team]);
  const onSelect = (groupId: string) => {
    focusPanel.current = true;
    selectTeam(groupId);
  };
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('planning.teams.title')}</h1>
        <p className="lead">{t('planning.teams.lead')}</p>
        <BoardFilters />
      </div>
      {boardError && <ErrorAlert heading={t('planning.teams.errorHeading')} error={boardError} />}
      {teamsError && <ErrorAlert heading={t('planning.teams.errorHeading')} error={teamsError} />}
      {!board && loading && <LoadingStatus text={t('planning.teams.loading')} />}
      {board && (
        <section className="stack" aria-labelledby="board-heading">
          <h2 id="board-heading">{t('planning.teams.boardHeading', { year: board.year })}</h2>
          <p className="summary-line" data-testid="board-summary">
            {t('planning.teams.boardSummary', {
              teams: formatInteger(board.columns.reduce((n, c) => n + c.teams.length, 0)),
              planned: formatFte(board.plannedFte),
              actual: formatFte(board.actualFte),
            })}
          </p>
          {!boardEmpty && (
            <p className="muted">
              {t(filter.basis === 'YEAR_START' ? 'planning.teams.basisYearStartNote' : 'planning.teams.basisPredominantNote')}
            </p>
          )}
          {boardEmpty ? (
            <TeamsEmpty regionChosen={regionCode !== null} />
          ) : (
            <TeamBoard board={board} selectedId={selectedId} onSelect={onSelect} />
          )}
        </section>
      )}
      {team ? (
        <TeamPanel ref={panelHeading} team={team} time={teamTime.data} timeLoading={teamTime.loading} timeError={teamTime.error} />
      ) : (
        board && !boardEmpty && <p className="panel muted">{t('planning.teams.chooseTeam')}</p>
      )}
      {timeError && <ErrorAlert heading={t('planning.teams.time.failed')} error={timeError} />}
      {regionTime && (
        <section className="panel stack" aria-labelledby="region-time-heading" data-testid="region-time">
          <h2 id="region-time-heading">{t('planning.teams.regionHeading', { year: filter.year })}</h2>
          {regionTime.regions.length === 0 && <p>{t('planning.teams.noRegionTime')}</p>}
          {regionTime.regions.map((r) => (
            <PlannedTimeBlock
              key={r.regionCode ?? 'none'}
              title={r.regionName ?? t('planning.capacity.totals.unknown')}
              months={r.months}
              days={regionTime.months.map((m) => m.days)}
              testId={`region-time-${r.regionCode ?? 'none'}`}
            />
          ))}
          <h3 id="deviations-heading">{t('planning.teams.deviations.heading')}</h3>
          <p className="muted">{t('planning.teams.deviations.lead')}</p>
          <DeviationsTable time={regionTime} />
        </section>
      )}
      {allocationsError && <ErrorAlert heading={t('planning.teams.allocations.loadFailed')} error={allocationsError} />}
      {allocations && <LevelAllocationsPanel allocations={allocations} />}
    </div>
  );
}
