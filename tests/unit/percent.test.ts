import { describe, expect, it } from 'vitest';
import { percentNumber, roundHalfAway, shareBp } from '../../src/shared/percent';
import { formatPercentBp } from '../../src/renderer/src/format';
import { formatShareBp } from '../../src/renderer/src/views/planning/common/format';
import { formatBp } from '../../src/renderer/src/views/costs/common/format';
import { expiryForecast } from '../../src/main/domain/expiry-forecast';
import type { SeatHolder } from '../../src/shared/contract/register-insights';
import type { SnapshotMembership } from '../../src/main/domain/register-snapshot';
import { emptySnapshot, membership, nationalGroup } from '../helpers/snapshot';

describe('percentages are rounded half away from zero, never truncated', () => {
  it('8 of 34 is 23,53 %', () => {
    expect(shareBp(8, 34)).toBe(2353);
    expect(formatPercentBp(shareBp(8, 34))).toBe('23,53\u00a0%');
    expect(shareBp(1, 3)).toBe(3333);
    expect(shareBp(2, 3)).toBe(6667);
    expect(shareBp(1, 8)).toBe(1250);
    expect(shareBp(-8, 34)).toBe(-2353);
    expect(shareBp(5, 0)).toBe(0);
  });

  it('halves go away from zero on the exact value, not on its binary approximation', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(2.49)).toBe(2);
    // 23,45 % is 23.449999… as a binary fraction; Intl alone gives 23,4
    expect(percentNumber(2345, 1)).toBe('23,5');
    expect(formatShareBp(2345)).toBe('23,5\u00a0%');
    expect(formatShareBp(2344.96)).toBe('23,4\u00a0%');
    expect(percentNumber(2352.5, 2)).toBe('23,53');
    expect(formatPercentBp(2352.94)).toBe('23,53\u00a0%');
    expect(percentNumber(2350, 0)).toBe('24');
    expect(formatBp(2345, 1)).toBe('23,5\u00a0%');
    expect(formatBp(-2345, 1)).toBe('-23,5\u00a0%');
    expect(formatBp(1000)).toBe('10\u00a0%');
  });

  it('the expiry forecast tells 8 of 34 own seats as 23,53 %', () => {
    const snapshot = emptySnapshot();
    const npo = nationalGroup(snapshot, 'g', {}, 34);
    for (let n = 1; n <= 8; n++) snapshot.memberships.push(membership(`p${n}`, 'g', { seatId: `g:NORRA:${n}`, endDate: '2026-12-31' }));
    const holder = (m: SnapshotMembership): SeatHolder => ({
      membershipId: m.id,
      personId: m.personId,
      personName: m.personId,
      personRegionCode: null,
      role: m.role,
      seatId: m.seatId ?? '',
      seatLabel: 'NORRA',
      startDate: m.startDate,
      endDate: m.endDate,
      status: m.status,
    });
    const options = { today: '2026-11-23', ownHealthcareRegionCodes: ['NORRA'], expiryShareThresholdBp: 5000 };
    const forecast = expiryForecast(snapshot, [npo], options, holder);
    expect(forecast.quarters[0]).toMatchObject({ expiring: 8, shareBp: 2353 });
  });
});
