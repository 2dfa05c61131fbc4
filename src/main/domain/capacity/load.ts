/**
 * The building block of every time figure: how many basis-point-days a dated share contributes to
 * each month of a window. A membership that starts or ends mid-month counts by the days it covers.
 */
import type { CapacityBand, CapacitySettings } from '@shared/contract/planning/capacity';
import { FULL_TIME_BASIS_POINTS, type GroupType, type MembershipRole, type MembershipStatus } from '@shared/domain/enums';
import { dayNumber, type MonthInfo } from '@shared/calendar';

export type CapacityMembership = {
  id: string;
  personId: string;
  groupId: string;
  groupName: string;
  groupType: GroupType;
  groupRegionCode: string | null;
  role: MembershipRole;
  status: MembershipStatus;
  startDate: string;
  endDate: string | null;
  allocationBp: number;
};

/** Inclusive day numbers; `end` is Infinity for an open period. */
export type DaySpan = { start: number; end: number };

export type MonthSpan = DaySpan & { days: number };

export function monthSpans(months: readonly MonthInfo[]): MonthSpan[] {
  return months.map((m) => ({ start: dayNumber(m.firstDay), end: dayNumber(m.lastDay), days: m.days }));
}

/**
 * The days a membership counts: from its start to its end. An ENDED membership without an end date
 * counts nowhere (the same rule as "active on a day" in the register).
 */
export function membershipSpan(m: Pick<CapacityMembership, 'startDate' | 'endDate' | 'status'>): DaySpan | null {
  if (m.status === 'ENDED' && m.endDate === null) return null;
  const start = dayNumber(m.startDate);
  const end = m.endDate === null ? Number.POSITIVE_INFINITY : dayNumber(m.endDate);
  return end < start ? null : { start, end };
}

export function spanDays(span: DaySpan, range: DaySpan): number {
  const first = Math.max(span.start, range.start);
  const last = Math.min(span.end, range.end);
  return last < first ? 0 : last - first + 1;
}

/** Adds `share × days covered` of each month into `target` (aligned with `months`). */
export function addBpDays(target: number[], span: DaySpan, shareBp: number, months: readonly MonthSpan[]): void {
  if (shareBp === 0) return;
  for (let i = 0; i < months.length; i++) {
    const days = spanDays(span, months[i]!);
    if (days > 0) target[i] = (target[i] ?? 0) + shareBp * days;
  }
}

export function overlapsWindow(span: DaySpan, months: readonly MonthSpan[]): boolean {
  const first = months[0];
  const last = months[months.length - 1];
  return first !== undefined && last !== undefined && span.start <= last.end && span.end >= first.start;
}

/** bpDays ÷ days, rounded half-up to one decimal (display only). */
export function displayBp(bpDays: number, days: number): number {
  return days === 0 ? 0 : Math.round((bpDays * 10) / days) / 10;
}

/** bpDays ÷ (days × 10 000), rounded to three decimals (display only). */
export function displayFte(bpDays: number, days: number): number {
  return days === 0 ? 0 : Math.round((bpDays * 1000) / (days * FULL_TIME_BASIS_POINTS)) / 1000;
}

/** The band of an exact load, compared in integers: bpDays against threshold × days. */
export function bandOf(bpDays: number, days: number, settings: CapacitySettings): CapacityBand {
  if (bpDays <= 0) return 'NONE';
  if (bpDays > settings.overAboveBp * days) return 'OVER';
  if (bpDays >= settings.highAtBp * days) return 'HIGH';
  return 'OK';
}

export const BAND_RANK: Record<CapacityBand, number> = { NONE: 0, OK: 1, HIGH: 2, OVER: 3 };

/** Per-month sums with their FTE and a day-weighted average over the window. */
export function monthlySum(bpDays: readonly number[], months: readonly MonthInfo[]) {
  const totalDays = months.reduce((sum, m) => sum + m.days, 0);
  const total = bpDays.reduce((sum, v) => sum + v, 0);
  return {
    bpDays: [...bpDays],
    fte: months.map((m, i) => displayFte(bpDays[i] ?? 0, m.days)),
    averageFte: displayFte(total, totalDays),
  };
}
