/**
 * Which monthly salary applies on a day of a year, and where it came from.
 *
 * Rules (salaries are effective-dated; `salarySegments` cuts a year into the days under each salary):
 * 1. A salary STATED on the item itself (a cost item's own monthly salary) is used as is for the year;
 *    stated salaries with effective dates (`statedSalaries`) apply from their dates, never indexed.
 * 2. Otherwise the PERSON's salary in force on the day: the one with the latest effective date on or
 *    before the day. If none, the earliest one taking effect within the year.
 * 3. Otherwise the DEFAULT salary for the role and profession: the row for the latest year on or before
 *    the year, first for the exact profession, then for the role without a profession (`''`).
 * A salary whose base year B (the year of its effective date, or the default's year) is earlier than the
 * year Y is carried forward by the salary index: salary(Y) = salary(B) × Π index(y) / 10 000 for
 * y = B+1 … Y. A missing index year counts as 10 000 (unchanged) and is flagged in the trace.
 * The indexed salary is kept as an exact fraction of öre; it is never rounded on its own.
 */
import { parseIsoDate, yearStart, yearEnd, type IsoDate } from '../../calendar';
import { basisPoints, mul, toFractionString, toRational, type FractionString, type Rational } from './rational';
import { DomainError } from '../../contract/domain-error';
import { invalid, requireInteger, requireNonNegative, requireUnique, requireYear } from './validate';

export type PersonSalary = { effectiveDate: IsoDate; monthlySalaryOre: number };
export type DefaultSalary = { year: number; role: string; profession: string; monthlySalaryOre: number };
/**
 * Salary index of a year in basis points of the previous year's level: 10 300 = +3 %. It applies from its
 * effective date (default 1 January of its year), which must lie in its year.
 */
export type SalaryIndexEntry = { year: number; indexBp: number; effectiveDate?: IsoDate };
/** An effective-dated salary stated on the item itself (exact öre). */
export type StatedSalary = { effectiveDate: IsoDate; monthlySalaryOre: number | FractionString };

export type ResolveSalaryInput = {
  year: number;
  statedMonthlySalaryOre?: number | FractionString | null;
  /** Stated salaries from their dates (used when `statedMonthlySalaryOre` is absent). */
  statedSalaries?: readonly StatedSalary[];
  personSalaries?: readonly PersonSalary[];
  defaultSalaries?: readonly DefaultSalary[];
  role?: string | null;
  profession?: string | null;
  salaryIndex?: readonly SalaryIndexEntry[];
  /**
   * A scenario's change of the year's salary level (its index against the stored one, e.g. 10 300/10 000):
   * multiplies every salary whose base year is the year itself — stated on the item, a person's salary
   * dated in the year, the year's default — exactly. Salaries carried from earlier years already get the
   * scenario's index through `salaryIndex`.
   */
  yearFactor?: FractionString | null;
};

export type SalarySource = 'STATED' | 'PERSON' | 'DEFAULT';

export type SalaryIndexStep = { year: number; indexBp: number; assumed: boolean };

export type SalaryTrace = {
  year: number;
  source: SalarySource;
  /** PERSON: the effective date used. */
  effectiveDate: IsoDate | null;
  /** DEFAULT: the role and profession of the row used (profession `''` = any profession). */
  role: string | null;
  profession: string | null;
  /** Year whose salary level the base amount represents. */
  baseYear: number;
  baseMonthlySalaryOre: FractionString;
  indexed: boolean;
  indexSteps: SalaryIndexStep[];
  /** Exact monthly salary in the year, in öre. */
  monthlySalaryOre: FractionString;
  /** A scenario's factor on a salary stated for the year (see `yearFactor`), when applied. */
  scenarioFactor?: FractionString;
};

export type SalaryValue = { monthlySalaryOre: FractionString };

type Base = Omit<SalaryTrace, 'year' | 'indexed' | 'indexSteps' | 'monthlySalaryOre'>;

function checkPersonSalaries(salaries: readonly PersonSalary[]): void {
  salaries.forEach((s, i) => {
    parseIsoDate(s.effectiveDate);
    requireNonNegative(`personSalaries[${i}].monthlySalaryOre`, s.monthlySalaryOre);
  });
  requireUnique(
    'personSalaries',
    salaries.map((s) => s.effectiveDate),
  );
}

/** The dated salary in force on `day`: the latest on or before it, else the earliest taking effect within the year. */
export function inForceOn<T extends { effectiveDate: IsoDate }>(salaries: readonly T[], day: IsoDate): T | null {
  const sorted = [...salaries].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  const inForce = sorted.filter((s) => s.effectiveDate <= day).at(-1);
  return inForce ?? sorted.find((s) => s.effectiveDate <= yearEnd(parseIsoDate(day).year)) ?? null;
}

function personBase(salaries: readonly PersonSalary[], day: IsoDate): Base | null {
  const chosen = inForceOn(salaries, day);
  if (!chosen) return null;
  return {
    source: 'PERSON',
    effectiveDate: chosen.effectiveDate,
    role: null,
    profession: null,
    baseYear: parseIsoDate(chosen.effectiveDate).year,
    baseMonthlySalaryOre: String(chosen.monthlySalaryOre),
  };
}

function statedDatedBase(salaries: readonly StatedSalary[], day: IsoDate, year: number): Base | null {
  const chosen = inForceOn(salaries, day);
  if (!chosen) return null;
  const value = toRational(chosen.monthlySalaryOre);
  if (value.num < 0n) invalid('statedSalaries must not be negative');
  return { ...statedBase(chosen.monthlySalaryOre, year), effectiveDate: chosen.effectiveDate };
}

function latestDefault(rows: readonly DefaultSalary[], role: string, profession: string, year: number) {
  return rows
    .filter((r) => r.role === role && r.profession === profession && r.year <= year)
    .reduce<DefaultSalary | null>((best, r) => (best === null || r.year > best.year ? r : best), null);
}

function defaultBase(input: ResolveSalaryInput, year: number): Base | null {
  const rows = input.defaultSalaries ?? [];
  rows.forEach((r, i) => {
    requireYear(`defaultSalaries[${i}].year`, r.year);
    requireNonNegative(`defaultSalaries[${i}].monthlySalaryOre`, r.monthlySalaryOre);
  });
  requireUnique(
    'defaultSalaries',
    rows.map((r) => `${r.year}/${r.role}/${r.profession}`),
  );
  const role = input.role ?? null;
  if (role === null) return null;
  const profession = input.profession ?? '';
  const row = latestDefault(rows, role, profession, year) ?? latestDefault(rows, role, '', year);
  if (!row) return null;
  return {
    source: 'DEFAULT',
    effectiveDate: null,
    role: row.role,
    profession: row.profession,
    baseYear: row.year,
    baseMonthlySalaryOre: String(row.monthlySalaryOre),
  };
}

function statedBase(stated: number | FractionString, year: number): Base {
  const value = toRational(stated);
  if (value.num < 0n) invalid('statedMonthlySalaryOre must not be negative');
  return {
    source: 'STATED',
    effectiveDate: null,
    role: null,
    profession: null,
    baseYear: year,
    baseMonthlySalaryOre: toFractionString(value),
  };
}

function checkIndex(entries: readonly SalaryIndexEntry[]): void {
  entries.forEach((e, i) => {
    requireInteger(`salaryIndex[${i}].indexBp`, e.indexBp, 1);
    if (e.effectiveDate !== undefined && parseIsoDate(e.effectiveDate).year !== e.year) {
      invalid(`salaryIndex[${i}].effectiveDate ${e.effectiveDate} is not in ${e.year}`);
    }
  });
  requireUnique(
    'salaryIndex',
    entries.map((e) => String(e.year)),
  );
}

/** The day an index entry applies from (1 January of its year unless dated). */
export function indexEffectiveDate(entry: SalaryIndexEntry): IsoDate {
  return entry.effectiveDate ?? yearStart(entry.year);
}

/**
 * The index steps from the year after `baseYear` up to and including `year`, those in force on `day`
 * (default: the last day of `year`, i.e. every step).
 */
export function indexSteps(
  entries: readonly SalaryIndexEntry[],
  baseYear: number,
  year: number,
  day: IsoDate = yearEnd(year),
): SalaryIndexStep[] {
  checkIndex(entries);
  const steps: SalaryIndexStep[] = [];
  for (let y = baseYear + 1; y <= year; y += 1) {
    const entry = entries.find((e) => e.year === y);
    if (entry !== undefined && indexEffectiveDate(entry) > day) continue;
    steps.push({ year: y, indexBp: entry?.indexBp ?? 10_000, assumed: entry === undefined });
  }
  return steps;
}

/** Applies index steps to a base salary, exactly. */
export function applyIndex(base: Rational, steps: readonly SalaryIndexStep[]): Rational {
  return steps.reduce((salary, step) => mul(salary, basisPoints(step.indexBp)), base);
}

/** The salary in force on `day` of `input.year` (stated, person, default), carried forward by the index. */
export function resolveSalaryOn(input: ResolveSalaryInput, day: IsoDate): { value: SalaryValue; trace: SalaryTrace } {
  const year = requireYear('year', input.year);
  if (parseIsoDate(day).year !== year) invalid(`day ${day} is not in ${year}`);
  checkPersonSalaries(input.personSalaries ?? []);
  const base =
    input.statedMonthlySalaryOre != null
      ? statedBase(input.statedMonthlySalaryOre, year)
      : (input.statedSalaries?.length ?? 0) > 0
        ? statedDatedBase(input.statedSalaries ?? [], day, year)
        : (personBase(input.personSalaries ?? [], day) ?? defaultBase(input, year));
  if (!base) {
    throw new DomainError(
      'VALIDATION',
      `no salary for year ${year}: no person salary and no default salary for role ${input.role ?? '(none)'}`,
      {
        key: 'costReason.noSalary',
        params: { year, role: input.role ?? '' },
      },
    );
  }
  const steps = indexSteps(input.salaryIndex ?? [], base.baseYear, year, day);
  const factor = base.baseYear === year ? (input.yearFactor ?? null) : null;
  const indexed = applyIndex(toRational(base.baseMonthlySalaryOre), steps);
  const exact = factor === null ? indexed : mul(indexed, toRational(factor));
  const monthlySalaryOre = toFractionString(exact);
  const scenario = factor === null ? {} : { scenarioFactor: factor };
  return {
    value: { monthlySalaryOre },
    trace: { year, ...base, indexed: steps.length > 0, indexSteps: steps, monthlySalaryOre, ...scenario },
  };
}

/** The salary in force on 1 January of the year (or the first one taking effect in it). */
export function resolveSalary(input: ResolveSalaryInput): { value: SalaryValue; trace: SalaryTrace } {
  return resolveSalaryOn(input, yearStart(requireYear('year', input.year)));
}
