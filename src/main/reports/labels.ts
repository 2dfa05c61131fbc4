/**
 * Label strings of the generated reports (xlsx, PDF), Swedish by default and English on request.
 * The renderer's UI strings live in its own i18n files; these are only what the main process writes.
 */
import type { Language } from '@shared/contract/common';
import type { ActivityLevel, GroupType, ImplementationStatus } from '@shared/domain/enums';

type Words = {
  title: string;
  scope: string;
  created: string;
  /** The foot of a PDF page: "Sida 2 av 5". */
  page: (page: number, pages: number) => string;
  seatsAsOf: string;
  summary: string;
  seats: string;
  time: string;
  timeChart: string;
  sheetTime: string;
  sheetTeams: string;
  teams: string;
  pathways: string;
  pathwayChanges: string;
  levelChanges: string;
  levelFrom: string;
  levelTo: string;
  groupType: string;
  level: string;
  national: string;
  regional: string;
  groups: string;
  seatCount: string;
  held: string;
  vacant: string;
  total: string;
  month: string;
  average: string;
  team: string;
  activityLevel: string;
  levelAtYearStart: string;
  plannedFte: string;
  actualFte: string;
  count: string;
  region: string;
  started: string;
  implemented: string;
  status: string;
  date: string;
  pathway: string;
  pathwayCount: string;
  fteUnit: string;
  none: string;
  noTeams: string;
  months: readonly string[];
  levels: Record<ActivityLevel | 'NONE', string>;
  implementation: Record<ImplementationStatus, string>;
  groupTypes: Record<GroupType, string>;
};

const GROUP_TYPES_SV: Record<GroupType, string> = {
  NPO: 'NPO',
  NSG: 'NSG',
  NAG: 'NAG',
  RPO: 'RPO',
  RPT: 'RPT',
  SOR: 'SOR',
  PRIMARY_CARE_COUNCIL: 'Primärvårdsrådet',
  OTHER: 'Övriga',
};

const SV: Words = {
  title: 'Årsplan',
  scope: 'Omfattning',
  created: 'Skapad',
  page: (page, pages) => `Sida ${page} av ${pages}`,
  seatsAsOf: 'Platser räknade per',
  summary: 'Översikt',
  seats: 'Platser',
  time: 'Tid per månad (årsarbetskrafter)',
  timeChart: 'Årsarbetskrafter per månad',
  sheetTime: 'Tid per månad',
  sheetTeams: 'Team',
  teams: 'Team efter aktivitetsnivå',
  pathways: 'Vårdförlopp',
  pathwayChanges: 'Beslut och införanden under året',
  levelChanges: 'Ändrade aktivitetsnivåer under året',
  levelFrom: 'Från nivå',
  levelTo: 'Till nivå',
  groupType: 'Grupptyp',
  level: 'Nivå',
  national: 'Nationell',
  regional: 'Regional',
  groups: 'Grupper',
  seatCount: 'Platser',
  held: 'Besatta',
  vacant: 'Vakanta',
  total: 'Totalt',
  month: 'Månad',
  average: 'Medel',
  team: 'Team',
  activityLevel: 'Aktivitetsnivå',
  levelAtYearStart: 'Nivå vid årets början',
  plannedFte: 'Planerad tid (åa)',
  actualFte: 'Faktisk tid (åa)',
  count: 'Antal',
  region: 'Region',
  started: 'Påbörjade',
  implemented: 'Införda',
  status: 'Status',
  date: 'Datum',
  pathway: 'Vårdförlopp',
  pathwayCount: 'Antal vårdförlopp',
  fteUnit: 'åa',
  none: 'Ingen nivå',
  noTeams: 'Inga team.',
  months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  levels: {
    STARTUP: 'Uppstart',
    HIGH: 'Högintensiv',
    MEDIUM: 'Medelintensiv',
    LOW: 'Lågintensiv',
    CLOSING: 'Avslutas',
    CLOSED: 'Avslutad',
    DORMANT: 'Vilande',
    NONE: 'Ingen nivå',
  },
  implementation: { NOT_STARTED: 'Ej påbörjat', DECIDED: 'Beslutat', IN_PROGRESS: 'Pågår', IMPLEMENTED: 'Infört' },
  groupTypes: GROUP_TYPES_SV,
};

const EN: Words = {
  title: 'Year plan',
  scope: 'Scope',
  created: 'Created',
  page: (page, pages) => `Page ${page} of ${pages}`,
  seatsAsOf: 'Seats counted on',
  summary: 'Summary',
  seats: 'Seats',
  time: 'Time per month (full-time equivalents)',
  timeChart: 'Full-time equivalents per month',
  sheetTime: 'Time per month',
  sheetTeams: 'Teams',
  teams: 'Teams by activity level',
  pathways: 'Care pathways',
  pathwayChanges: 'Decisions and implementations during the year',
  levelChanges: 'Activity-level changes during the year',
  levelFrom: 'From level',
  levelTo: 'To level',
  groupType: 'Group type',
  level: 'Level',
  national: 'National',
  regional: 'Regional',
  groups: 'Groups',
  seatCount: 'Seats',
  held: 'Held',
  vacant: 'Vacant',
  total: 'Total',
  month: 'Month',
  average: 'Average',
  team: 'Team',
  activityLevel: 'Activity level',
  levelAtYearStart: 'Level at year start',
  plannedFte: 'Planned time (FTE)',
  actualFte: 'Actual time (FTE)',
  count: 'Count',
  region: 'Region',
  started: 'Started',
  implemented: 'Implemented',
  status: 'Status',
  date: 'Date',
  pathway: 'Care pathway',
  pathwayCount: 'Number of care pathways',
  fteUnit: 'FTE',
  none: 'No level',
  noTeams: 'No teams.',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  levels: {
    STARTUP: 'Start-up',
    HIGH: 'High intensity',
    MEDIUM: 'Medium intensity',
    LOW: 'Low intensity',
    CLOSING: 'Closing',
    CLOSED: 'Closed',
    DORMANT: 'Dormant',
    NONE: 'No level',
  },
  implementation: { NOT_STARTED: 'Not started', DECIDED: 'Decided', IN_PROGRESS: 'In progress', IMPLEMENTED: 'Implemented' },
  groupTypes: { ...GROUP_TYPES_SV, PRIMARY_CARE_COUNCIL: 'Primary-care council', OTHER: 'Other' },
};

export type ReportWords = Words;

export function reportWords(language: Language): ReportWords {
  return language === 'en' ? EN : SV;
}

/** A number with a fixed number of decimals: decimal comma in Swedish, point in English; plain hyphen-minus. */
export function formatNumber(value: number, decimals: number, language: Language): string {
  const text = value.toFixed(decimals);
  return language === 'sv' ? text.replace('.', ',') : text;
}
