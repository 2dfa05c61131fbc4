import { describe, expect, it } from 'vitest';
import { annualFullTimeCost, poFactor, resolveSalary, toFractionString, type DefaultSalary } from '../../src/shared/domain/costs';
import { DomainError } from '../../src/shared/contract/errors';

describe('annualFullTimeCost', () => {
  it('is monthly salary × 12 × (1 + PO-pålägg)', () => {
    // 90 000 kr × 12 × 1.5228 = 1 644 624 kr = 164 462 400 öre
    const { value, trace } = annualFullTimeCost({ monthlySalaryOre: 9_000_000, poSurchargeBp: 5228 });
    expect(value).toEqual({ exactOre: '164462400', roundedOre: 164_462_400 });
    expect(trace).toEqual({
      monthlySalaryOre: '9000000',
      months: 12,
      poSurchargeBp: 5228,
      poFactor: '3807/2500',
      exactOre: '164462400',
      roundedOre: 164_462_400,
    });
  });
  it('keeps a fractional result exact and rounds only for display', () => {
    // 1 öre × 12 × 1.4615 = 17.538 öre
    const { value } = annualFullTimeCost({ monthlySalaryOre: 1, poSurchargeBp: 4615 });
    expect(value).toEqual({ exactOre: '8769/500', roundedOre: 18 });
  });
  it('accepts an exact fractional salary', () => {
    expect(annualFullTimeCost({ monthlySalaryOre: '1/12', poSurchargeBp: 0 }).value.exactOre).toBe('1');
  });
  it('rejects negative or non-integer inputs', () => {
    expect(() => annualFullTimeCost({ monthlySalaryOre: -1, poSurchargeBp: 0 })).toThrow(DomainError);
    expect(() => annualFullTimeCost({ monthlySalaryOre: 100, poSurchargeBp: -1 })).toThrow(DomainError);
    expect(() => annualFullTimeCost({ monthlySalaryOre: 100.5, poSurchargeBp: 0 })).toThrow(DomainError);
    expect(toFractionString(poFactor(0))).toBe('1');
  });
});

const defaults: DefaultSalary[] = [
  { year: 2022, role: 'PROCESS_LEADER', profession: '', monthlySalaryOre: 6_000_000 },
  { year: 2023, role: 'PROCESS_LEADER', profession: 'PHYSICIAN', monthlySalaryOre: 9_000_000 },
  { year: 2024, role: 'MEMBER', profession: '', monthlySalaryOre: 5_000_000 },
];

describe('resolveSalary', () => {
  it('uses a stated salary as is', () => {
    const { value, trace } = resolveSalary({ year: 2024, statedMonthlySalaryOre: 6_500_000, defaultSalaries: defaults, role: 'MEMBER' });
    expect(value.monthlySalaryOre).toBe('6500000');
    expect(trace).toMatchObject({ source: 'STATED', baseYear: 2024, indexed: false, indexSteps: [] });
  });

  it('uses the person salary in force on 1 January', () => {
    const personSalaries = [
      { effectiveDate: '2024-04-01', monthlySalaryOre: 5_200_000 },
      { effectiveDate: '2024-01-01', monthlySalaryOre: 5_100_000 },
      { effectiveDate: '2023-04-01', monthlySalaryOre: 5_000_000 },
    ];
    const { value, trace } = resolveSalary({ year: 2024, personSalaries });
    expect(value.monthlySalaryOre).toBe('5100000');
    expect(trace).toMatchObject({ source: 'PERSON', effectiveDate: '2024-01-01', baseYear: 2024, indexed: false });
  });

  it('takes the earliest salary within the year when none was in force on 1 January', () => {
    const personSalaries = [
      { effectiveDate: '2024-09-01', monthlySalaryOre: 5_300_000 },
      { effectiveDate: '2024-03-01', monthlySalaryOre: 5_200_000 },
    ];
    const { trace } = resolveSalary({ year: 2024, personSalaries });
    expect(trace).toMatchObject({ source: 'PERSON', effectiveDate: '2024-03-01', monthlySalaryOre: '5200000' });
  });

  it('indexes an older person salary forward, exactly', () => {
    // 50 000 kr set 2022-06-01; index 2023 +3 %, 2024 +2.5 %: 5 000 000 × 1.03 × 1.025 = 5 278 750 öre
    const { value, trace } = resolveSalary({
      year: 2024,
      personSalaries: [{ effectiveDate: '2022-06-01', monthlySalaryOre: 5_000_000 }],
      salaryIndex: [
        { year: 2023, indexBp: 10_300 },
        { year: 2024, indexBp: 10_250 },
        { year: 2025, indexBp: 20_000 },
      ],
    });
    expect(value.monthlySalaryOre).toBe('5278750');
    expect(trace).toMatchObject({ source: 'PERSON', baseYear: 2022, baseMonthlySalaryOre: '5000000', indexed: true });
    expect(trace.indexSteps).toEqual([
      { year: 2023, indexBp: 10_300, assumed: false },
      { year: 2024, indexBp: 10_250, assumed: false },
    ]);
  });

  it('keeps an indexed salary that is not whole öre as a fraction', () => {
    // 1 001 öre × 1.03 = 1 031.03 öre
    const { value } = resolveSalary({
      year: 2024,
      personSalaries: [{ effectiveDate: '2023-01-01', monthlySalaryOre: 1001 }],
      salaryIndex: [{ year: 2024, indexBp: 10_300 }],
    });
    expect(value.monthlySalaryOre).toBe('103103/100');
  });

  it('flags a missing index year and counts it as unchanged', () => {
    const { value, trace } = resolveSalary({ year: 2024, personSalaries: [{ effectiveDate: '2023-01-01', monthlySalaryOre: 100 }] });
    expect(value.monthlySalaryOre).toBe('100');
    expect(trace.indexSteps).toEqual([{ year: 2024, indexBp: 10_000, assumed: true }]);
  });

  it('falls back to the default salary when the person has none for the year', () => {
    const { trace } = resolveSalary({
      year: 2024,
      personSalaries: [{ effectiveDate: '2025-01-01', monthlySalaryOre: 1 }],
      defaultSalaries: defaults,
      role: 'MEMBER',
      profession: 'NURSE',
    });
    expect(trace).toMatchObject({ source: 'DEFAULT', role: 'MEMBER', profession: '', baseYear: 2024, monthlySalaryOre: '5000000' });
  });

  it('prefers the exact profession, then the role without profession, latest year first', () => {
    const physician = resolveSalary({
      year: 2024,
      defaultSalaries: defaults,
      role: 'PROCESS_LEADER',
      profession: 'PHYSICIAN',
      salaryIndex: [{ year: 2024, indexBp: 10_200 }],
    });
    expect(physician.trace).toMatchObject({ profession: 'PHYSICIAN', baseYear: 2023, indexed: true, monthlySalaryOre: '9180000' });
    const other = resolveSalary({ year: 2024, defaultSalaries: defaults, role: 'PROCESS_LEADER', profession: 'NURSE' });
    expect(other.trace).toMatchObject({ profession: '', baseYear: 2022, monthlySalaryOre: '6000000' });
    expect(other.trace.indexSteps.map((s) => s.year)).toEqual([2023, 2024]);
  });

  it('fails when no salary can be found', () => {
    expect(() => resolveSalary({ year: 2021, defaultSalaries: defaults, role: 'MEMBER' })).toThrow(/no salary for year 2021/);
    expect(() => resolveSalary({ year: 2024 })).toThrow(DomainError);
  });

  it('rejects bad rows', () => {
    expect(() => resolveSalary({ year: 2024, personSalaries: [{ effectiveDate: '2024-02-30', monthlySalaryOre: 1 }] })).toThrow(
      DomainError,
    );
    expect(() =>
      resolveSalary({
        year: 2024,
        personSalaries: [
          { effectiveDate: '2024-01-01', monthlySalaryOre: 1 },
          { effectiveDate: '2024-01-01', monthlySalaryOre: 2 },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() => resolveSalary({ year: 2024, statedMonthlySalaryOre: -5 })).toThrow(DomainError);
    expect(() => resolveSalary({ year: 2024, statedMonthlySalaryOre: 5, salaryIndex: [{ year: 2024, indexBp: 0 }] })).toThrow(DomainError);
  });
});
