/** Calendar steps on ISO days (`YYYY-MM-DD`), in UTC so the computer's time zone never matters. */

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/** The same calendar day `years` later; 29 February becomes 1 March in a common year. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = parts(day);
  return fromUtc(Date.UTC(y + years, m - 1, d));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export type Quarter = { label: string; firstDay: string; lastDay: string };

/** The quarter that holds `day` and the `count - 1` quarters after it. */
export function quartersFrom(day: string, count: number): Quarter[] {
  const [year, month] = parts(day);
  const first = Math.floor((month - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const q = (first + i) % 4;
    const qYear = year + Math.floor((first + i) / 4);
    const firstDay = isoDay(qYear, q * 3 + 1, 1);
    const lastDay = addDays(q === 3 ? isoDay(qYear + 1, 1, 1) : isoDay(qYear, q * 3 + 4, 1), -1);
    return { label: `${qYear}-Q${q + 1}`, firstDay, lastDay };
  });
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
