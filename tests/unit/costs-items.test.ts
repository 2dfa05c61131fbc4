import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costItemLine, hostingCost, type CostItem, type CostParameters } from '../../src/shared/domain/costs';
import { DomainError } from '../../src/shared/contract/errors';

const params: CostParameters = {
  year: 2024,
  poSurchargeBp: 5228,
  salaryIndex: [{ year: 2024, indexBp: 10_300 }],
  defaultSalaries: [{ year: 2023, role: 'METHOD_SUPPORT', profession: '', monthlySalaryOre: 6_000_000 }],
};

const processLeader: CostItem = {
  kind: 'STAFFED_ROLE',
  label: 'Processledare',
  role: 'PROCESS_LEADER',
  allocationBp: 10_000,
  monthlySalaryOre: 6_500_000,
};
const methodSupport: CostItem = { kind: 'STAFFED_ROLE', label: 'Metodstöd', role: 'METHOD_SUPPORT', allocationBp: 2500 };
const travel: CostItem = { kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 15_000_000 };

describe('costItemLine', () => {
  it('costs a staffed role at its own salary', () => {
    // 65 000 kr × 12 × 1.5228 × 1 = 1 187 784 kr = 118 778 400 öre
    const { value, trace } = costItemLine(processLeader, params);
    expect(value).toEqual({ label: 'Processledare', kind: 'STAFFED_ROLE', costOre: 118_778_400, exactOre: '118778400' });
    expect(trace).toMatchObject({ kind: 'STAFFED_ROLE', role: 'PROCESS_LEADER', days: 366, daysInYear: 366, period: null });
    expect(trace.kind === 'STAFFED_ROLE' && trace.salary.source).toBe('STATED');
  });

  it('costs a staffed role at the indexed default salary', () => {
    // 60 000 kr (2023) × 1.03 = 61 800 kr; × 12 × 1.5228 × 0.25 = 282 327.12 kr = 28 232 712 öre
    const { value, trace } = costItemLine(methodSupport, params);
    expect(value.costOre).toBe(28_232_712);
    expect(trace).toMatchObject({ salary: { source: 'DEFAULT', baseYear: 2023, indexed: true, monthlySalaryOre: '6180000' } });
  });

  it('costs a staffed role for a period within the year by days', () => {
    // 118 778 400 × 0.5 × 182/366 (1 Jan – 30 Jun 2024) = 1 801 472 400/61 = 29 532 334.43 → 29 532 334 öre
    const item: CostItem = { ...processLeader, allocationBp: 5000, start: '2024-01-01', end: '2024-06-30' };
    const { value, trace } = costItemLine(item, params);
    expect(value).toMatchObject({ costOre: 29_532_334, exactOre: '1801472400/61' });
    expect(trace).toMatchObject({ days: 182, from: '2024-01-01', to: '2024-06-30' });
    const fromJanuary = costItemLine({ ...item, start: null }, params);
    expect(fromJanuary.value.costOre).toBe(29_532_334);
  });

  it('takes a fixed amount as is, also a credit', () => {
    expect(costItemLine(travel, params)).toEqual({
      value: { label: 'Resor', kind: 'FIXED_AMOUNT', costOre: 15_000_000, exactOre: '15000000' },
      trace: { kind: 'FIXED_AMOUNT', label: 'Resor', year: 2024, amountOre: 15_000_000, exactOre: '15000000', roundedOre: 15_000_000 },
    });
    expect(costItemLine({ kind: 'FIXED_AMOUNT', label: 'Kreditering', amountOre: -50_000 }, params).value.costOre).toBe(-50_000);
  });

  it('rejects an item for another year, fractional amounts and missing salaries', () => {
    expect(() => costItemLine({ ...travel, year: 2023 }, params)).toThrow(/is for 2023/);
    expect(() => costItemLine({ kind: 'FIXED_AMOUNT', label: 'x', amountOre: 0.5 }, params)).toThrow(DomainError);
    expect(() => costItemLine({ ...methodSupport, role: 'CHAIR' }, params)).toThrow(/no salary/);
  });
});

describe('hostingCost', () => {
  it('sums the rounded lines', () => {
    const { value, trace } = hostingCost([processLeader, methodSupport, travel], params);
    expect(value.lines.map((l) => l.costOre)).toEqual([118_778_400, 28_232_712, 15_000_000]);
    expect(value.totalOre).toBe(162_011_112);
    expect(trace.totalOre).toBe(162_011_112);
    expect(trace.lines).toHaveLength(3);
  });

  it('gives zero for no lines', () => {
    expect(hostingCost([], params).value.totalOre).toBe(0);
  });

  it('property: the total is the sum of the lines and does not depend on their order', () => {
    const item = fc.oneof(
      fc.record({ kind: fc.constant('FIXED_AMOUNT' as const), label: fc.string(), amountOre: fc.integer({ min: -1e9, max: 1e13 }) }),
      fc.record({
        kind: fc.constant('STAFFED_ROLE' as const),
        label: fc.string(),
        role: fc.constant('X'),
        allocationBp: fc.integer({ min: 0, max: 10_000 }),
        monthlySalaryOre: fc.integer({ min: 0, max: 50_000_000 }),
        start: fc.constantFrom(null, '2024-03-15', '2023-12-01'),
      }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(fc.nat()), (items, keys) => {
        const shuffled = items
          .map((it, i) => ({ it, k: keys[i] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.it);
        const a = hostingCost(items, params).value;
        const b = hostingCost(shuffled, params).value;
        expect(b.totalOre).toBe(a.totalOre);
        expect(a.totalOre).toBe(a.lines.reduce((acc, l) => acc + l.costOre, 0));
      }),
    );
  });
});
