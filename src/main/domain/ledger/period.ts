/**
 * The period of a ledger row: a year and, when the export gives one, a month. Accepted: "2025",
 * "2025-03", "2025-3", "2025/03", "202503", "2025-03-31", "20250331" (a day counts for its month).
 * Anything else, or a month or day that does not exist, is refused: never a default period.
 */
export type Period = { year: number; month: number | null };
export type PeriodResult = { ok: true; period: Period } | { ok: false; reason: 'ledger.periodMissing' | 'ledger.periodUnreadable' };

export const LEDGER_YEARS = { min: 1990, max: 2100 } as const;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checked(year: number, month: number | null, day: number | null): PeriodResult {
  const bad = { ok: false, reason: 'ledger.periodUnreadable' } as const;
  if (year < LEDGER_YEARS.min || year > LEDGER_YEARS.max) return bad;
  if (month !== null && (month < 1 || month > 12)) return bad;
  if (day !== null && (month === null || day < 1 || day > daysIn(year, month))) return bad;
  return { ok: true, period: { year, month } };
}

export function parsePeriod(raw: string): PeriodResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'ledger.periodMissing' };
  const patterns: RegExp[] = [
    /^(\d{4})$/,
    /^(\d{4})[-/.](\d{1,2})$/,
    /^(\d{4})(\d{2})$/,
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
    /^(\d{4})(\d{2})(\d{2})$/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [, y, mo, d] = m;
    return checked(Number(y), mo === undefined ? null : Number(mo), d === undefined ? null : Number(d));
  }
  return { ok: false, reason: 'ledger.periodUnreadable' };
}
