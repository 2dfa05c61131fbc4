import { describe, expect, it } from 'vitest';
import { regionCommitment } from '../../src/shared/domain/costs';

const hosting = {
  label: 'NPO Endokrina sjukdomar',
  shares: [
    { regionCode: '22', shareOre: 100_000 },
    { regionCode: '23', shareOre: 50_000 },
  ],
};

describe('regionCommitment', () => {
  it('adds hosting shares, own memberships and fixed contributions', () => {
    // membership: 50 000 kr × 12 × 1.5228 × 10 % = 9 136 800 öre (whole 2023)
    const { value, trace } = regionCommitment({
      regionCode: '23',
      year: 2023,
      hostingShares: [hosting, { label: 'NPO Levnadsvanor', shares: [{ regionCode: '23', shareOre: 25_000 }] }],
      memberships: [
        {
          label: 'Ledamot NPO Akut vård',
          year: 2023,
          monthlySalaryOre: 5_000_000,
          poSurchargeBp: 5228,
          allocationBp: 1000,
          start: '2021-01-01',
          end: null,
        },
      ],
      fixedContributions: [
        { recipient: 'RCC Norr', label: 'RCC', amountOre: 195_000_000 },
        { recipient: 'SKR', label: 'Öppna jämförelser', amountOre: 38_500_000, year: 2023 },
      ],
    });
    expect(value).toEqual({
      regionCode: '23',
      year: 2023,
      hostingOre: 75_000,
      membershipsOre: 9_136_800,
      fixedContributionsOre: 233_500_000,
      totalOre: 75_000 + 9_136_800 + 233_500_000,
    });
    expect(trace.hostingLines).toEqual([
      { label: 'NPO Endokrina sjukdomar', shareOre: 50_000 },
      { label: 'NPO Levnadsvanor', shareOre: 25_000 },
    ]);
    expect(trace.membershipLines[0]).toMatchObject({ label: 'Ledamot NPO Akut vård', costOre: 9_136_800, trace: { days: 365 } });
    expect(trace.contributionLines).toHaveLength(2);
  });

  it('is zero with nothing to add', () => {
    expect(regionCommitment({ regionCode: '23', year: 2024 }).value.totalOre).toBe(0);
  });

  it('rejects a hosting without a share for the region and lines for another year', () => {
    expect(() => regionCommitment({ regionCode: '25', year: 2024, hostingShares: [hosting] })).toThrow(/no share/);
    expect(() =>
      regionCommitment({ regionCode: '23', year: 2024, fixedContributions: [{ recipient: 'x', label: 'y', amountOre: 1, year: 2023 }] }),
    ).toThrow(/is for 2023/);
    expect(() =>
      regionCommitment({
        regionCode: '23',
        year: 2024,
        memberships: [{ label: 'm', year: 2023, monthlySalaryOre: 1, poSurchargeBp: 0, allocationBp: 1, start: '2023-01-01', end: null }],
      }),
    ).toThrow(/calculated for 2023/);
  });
});
