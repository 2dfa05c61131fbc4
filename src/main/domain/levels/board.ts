/** The activity-level board of a year: teams in columns by level, like VGR's table of 2025. */
import type { Board, BoardTeam } from '@shared/contract/planning/teams';
import { displayFte } from '../capacity/load';
import { dayNumber } from '@shared/calendar';
import { daysByLevel, LEVEL_COLUMNS, levelOn, levelSegments, predominantLevel } from './timeline';
import type { TeamInput } from './planned-time';

export function boardTeam(team: TeamInput, year: number, fte: { plannedFte: number; actualFte: number }): BoardTeam {
  const range = { start: dayNumber(`${year}-01-01`), end: dayNumber(`${year}-12-31`) };
  const segments = levelSegments(team.events, range);
  return {
    groupId: team.groupId,
    name: team.name,
    regionCode: team.regionCode,
    levelAtYearStart: levelOn(team.events, `${year}-01-01`),
    levelAtYearEnd: levelOn(team.events, `${year}-12-31`),
    predominantLevel: predominantLevel(segments, range),
    daysByLevel: daysByLevel(segments, range),
    plannedFte: fte.plannedFte,
    actualFte: fte.actualFte,
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** A board entry with its exact sums over the year (basis-point-days), so column totals are not sums of rounded values. */
export type BoardEntry = { team: BoardTeam; plannedBpDays: number; actualBpDays: number };

export function buildBoard(entries: readonly BoardEntry[], year: number, basis: Board['basis']): Board {
  const yearDays = dayNumber(`${year}-12-31`) - dayNumber(`${year}-01-01`) + 1;
  const fte = (list: readonly BoardEntry[], pick: (e: BoardEntry) => number) =>
    displayFte(
      list.reduce((s, e) => s + pick(e), 0),
      yearDays,
    );
  const columns = LEVEL_COLUMNS.map((level) => {
    const inColumn = entries
      .filter((e) => (basis === 'YEAR_START' ? e.team.levelAtYearStart : e.team.predominantLevel) === level)
      .sort((a, b) => collator.compare(a.team.name, b.team.name));
    return { level, teams: inColumn.map((e) => e.team), plannedFte: fte(inColumn, (e) => e.plannedBpDays) };
  });
  return {
    year,
    basis,
    columns,
    plannedFte: fte(entries, (e) => e.plannedBpDays),
    actualFte: fte(entries, (e) => e.actualBpDays),
  };
}
