import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  AllocationKey,
  AnnualCostInput,
  CostItem,
  CostParameters,
  MembershipCostInput,
  RegionCommitmentInput,
  ResolveSalaryInput,
  SplitTotalInput,
} from '../../src/shared/domain/costs';
import type {
  allocationKeySchema,
  annualCostInputSchema,
  costParametersSchema,
  regionCommitmentInputSchema,
  resolveSalaryInputSchema,
} from '../../src/shared/domain/costs/schemas';
import {
  costItemSchema,
  fractionStringSchema,
  membershipCostInputSchema,
  splitTotalInputSchema,
} from '../../src/shared/domain/costs/schemas';

describe('cost input schemas', () => {
  it('infer types the cost functions accept', () => {
    expectTypeOf<z.infer<typeof resolveSalaryInputSchema>>().toExtend<ResolveSalaryInput>();
    expectTypeOf<z.infer<typeof annualCostInputSchema>>().toExtend<AnnualCostInput>();
    expectTypeOf<z.infer<typeof membershipCostInputSchema>>().toExtend<MembershipCostInput>();
    expectTypeOf<z.infer<typeof costItemSchema>>().toExtend<CostItem>();
    expectTypeOf<z.infer<typeof costParametersSchema>>().toExtend<CostParameters>();
    expectTypeOf<z.infer<typeof allocationKeySchema>>().toExtend<AllocationKey>();
    expectTypeOf<z.infer<typeof splitTotalInputSchema>>().toExtend<SplitTotalInput>();
    expectTypeOf<z.infer<typeof regionCommitmentInputSchema>>().toExtend<RegionCommitmentInput>();
  });

  it('accepts a valid split and rejects unknown fields', () => {
    const input = {
      totalOre: 237_556_800,
      key: { kind: 'POPULATION', healthcareRegionCode: 'NORRA' },
      regions: ['22', '23'],
      populations: [{ healthcareRegionCode: 'NORRA', regionCode: '22', year: 2023, population: 1 }],
      year: 2024,
      unit: 'KRONA',
    };
    expect(splitTotalInputSchema.safeParse(input).success).toBe(true);
    expect(splitTotalInputSchema.safeParse({ ...input, extra: 1 }).success).toBe(false);
    expect(splitTotalInputSchema.safeParse({ ...input, unit: 'EURO' }).success).toBe(false);
    expect(splitTotalInputSchema.safeParse({ ...input, totalOre: 1.5 }).success).toBe(false);
    expect(splitTotalInputSchema.safeParse({ ...input, key: { kind: 'EQUAL', fixedPartBp: 1 } }).success).toBe(false);
  });

  it('checks dates, basis points and fractions', () => {
    const membership = { year: 2024, monthlySalaryOre: 1, poSurchargeBp: 5228, allocationBp: 1000, start: '2024-07-01', end: null };
    expect(membershipCostInputSchema.safeParse(membership).success).toBe(true);
    expect(membershipCostInputSchema.safeParse({ ...membership, start: '2024-7-1' }).success).toBe(false);
    expect(membershipCostInputSchema.safeParse({ ...membership, allocationBp: 10_001 }).success).toBe(false);
    expect(costItemSchema.safeParse({ kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: -100 }).success).toBe(true);
    expect(costItemSchema.safeParse({ kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 1, role: 'x' }).success).toBe(false);
    expect(fractionStringSchema.safeParse('-7/2').success).toBe(true);
    expect(fractionStringSchema.safeParse('7/0').success).toBe(false);
    expect(fractionStringSchema.safeParse('1.5').success).toBe(false);
  });
});
