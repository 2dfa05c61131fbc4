/**
 * A period of a year cut into the days under each salary.
 *
 * A new segment starts on every effective date inside the period: a person's salary change, a dated
 * stated salary, or a salary index taking effect. Each segment carries the salary in force on its first
 * day (`resolveSalaryOn`), which holds to its last day because nothing takes effect in between.
 * Neighbouring segments with the same salary and the same origin are joined.
 */
import { addDays, inclusiveDays, parseIsoDate, type IsoDate } from '../../calendar';
import { indexEffectiveDate, resolveSalaryOn, type ResolveSalaryInput, type SalaryTrace } from './salary';
import { invalid } from './validate';

export type SalarySegment = { from: IsoDate; to: IsoDate; days: number; salary: SalaryTrace };

function changeDates(input: ResolveSalaryInput): IsoDate[] {
  if (input.statedMonthlySalaryOre != null) return [];
  const dated = (input.statedSalaries?.length ?? 0) > 0 ? (input.statedSalaries ?? []) : (input.personSalaries ?? []);
  return [...dated.map((s) => s.effectiveDate), ...(input.salaryIndex ?? []).map(indexEffectiveDate)];
}

function sameSalary(a: SalaryTrace, b: SalaryTrace): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The days from `from` to `to` (inclusive, inside `input.year`) under each salary, in date order. */
export function salarySegments(input: ResolveSalaryInput, from: IsoDate, to: IsoDate): SalarySegment[] {
  if (parseIsoDate(from).year !== input.year || parseIsoDate(to).year !== input.year || to < from) {
    invalid(`salary period ${from}–${to} is not inside ${input.year}`);
  }
  const starts = [...new Set([from, ...changeDates(input).filter((d) => d > from && d <= to)])].sort();
  const segments: SalarySegment[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? to : addDays(next, -1);
    const salary = resolveSalaryOn(input, start).trace;
    const last = segments.at(-1);
    if (last && sameSalary(last.salary, salary)) {
      last.to = end;
      last.days = inclusiveDays(last.from, end);
    } else {
      segments.push({ from: start, to: end, days: inclusiveDays(start, end), salary });
    }
  });
  return segments;
}
