/** The chair's term limit (the register's CHAIR_OVER_3_YEARS warning and a nomination's chair appointment). */
import { addDays, addYears } from '../calendar';

/**
 * The last day a chair who started on `start` may chair within `maxYears` years: exactly `maxYears`
 * (start 2023-01-01 → 2025-12-31) is within the limit; the day after it is not.
 */
export function chairLastAllowedDay(start: string, maxYears: number): string {
  return addDays(addYears(start, maxYears), -1);
}
