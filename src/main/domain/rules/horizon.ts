/** The window the rules look at: from today to the last day of the last month of the horizon. */
import { addDays, monthOfDay, monthWindow, type MonthInfo } from '@shared/calendar';

export type Horizon = {
  today: string;
  /** The last day the rules look at. */
  lastDay: string;
  /** The months of the horizon, the current month first. */
  months: MonthInfo[];
};

/** `monthCount` months from the month of `today` (at least the current month). */
export function horizonFrom(today: string, monthCount: number): Horizon {
  const months = monthWindow(monthOfDay(today), Math.max(1, monthCount));
  return { today, lastDay: months[months.length - 1]!.lastDay, months };
}

/** The month a finding begins: the month of `day`, or the current month when `day` is already past. */
export function firstMonthOf(day: string, horizon: Horizon): string {
  return monthOfDay(day > horizon.today ? day : horizon.today);
}

/** Today and every day within the horizon on which one of the dated periods starts or follows an end. */
export function changeDays(periods: readonly { startDate: string; endDate: string | null }[], horizon: Horizon): string[] {
  const days = new Set<string>([horizon.today]);
  for (const p of periods) {
    for (const day of [p.startDate, p.endDate === null ? null : addDays(p.endDate, 1)]) {
      if (day !== null && day > horizon.today && day <= horizon.lastDay) days.add(day);
    }
  }
  return [...days].sort();
}
