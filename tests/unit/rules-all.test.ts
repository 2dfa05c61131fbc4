import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, ruleWarningSchema } from '@shared/contract/rule-warnings';
import { evaluateRules, warningsFor } from '../../src/main/domain/rules/all-rules';
import { emptySnapshot, group, membership, nationalGroup, person } from '../helpers/snapshot';

const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';

function fixture() {
  const s = emptySnapshot();
  nationalGroup(s, 'endo', { name: 'Endokrina sjukdomar', hostHealthcareRegionCode: 'NORRA', hostingStatus: 'ACTIVE' });
  s.groups.push(group('other'));
  s.persons.push(
    person(P1, { name: 'Åsa Öberg', email: 'asa@example.org', regionCode: '14' }),
    person(P2, { name: 'Asa Oberg', email: 'ASA@example.org' }),
  );
  s.memberships.push(
    membership(P1, 'endo', { seatId: 'endo:NORRA:1', role: 'CHAIR', startDate: '2022-01-01', allocationBp: 6000 }),
    membership(P2, 'other'),
  );
  return s;
}
const context = {
  today: '2026-11-23',
  settings: DEFAULT_RULE_SETTINGS,
  ownerCode: '23',
  ownHealthcareRegionCodes: ['NORRA'],
  dismissedDuplicates: new Set<string>(),
};

describe('evaluateRules', () => {
  it('runs every rule, warnings before notes, each valid against the contract', () => {
    const warnings = evaluateRules(fixture(), context);
    expect(warnings.map((w) => w.code)).toEqual([
      'CHAIR_OVER_3_YEARS',
      'PERSON_OVER_ALLOCATED',
      'SEAT_OTHER_HEALTHCARE_REGION',
      'GROUP_WITHOUT_PROCESS_LEADER',
      'POSSIBLE_DUPLICATE_PERSON',
    ]);
    for (const w of warnings) expect(ruleWarningSchema.safeParse(w).success, w.code).toBe(true);
  });

  it('selects the warnings that apply to one person or one group', () => {
    const warnings = evaluateRules(fixture(), context);
    expect(warningsFor(warnings, { personId: P2 }).map((w) => w.code)).toEqual(['POSSIBLE_DUPLICATE_PERSON']);
    expect(warningsFor(warnings, { groupId: 'endo' }).map((w) => w.code)).toEqual([
      'CHAIR_OVER_3_YEARS',
      'PERSON_OVER_ALLOCATED',
      'SEAT_OTHER_HEALTHCARE_REGION',
      'GROUP_WITHOUT_PROCESS_LEADER',
    ]);
    expect(warningsFor(warnings, { personId: P2, groupId: 'endo' })).toEqual([]);
  });

  it('leaves out dismissed duplicate pairs and follows the settings', () => {
    const quiet = evaluateRules(fixture(), {
      ...context,
      dismissedDuplicates: new Set([`${P1}|${P2}`]),
      settings: { ...DEFAULT_RULE_SETTINGS, chairMaxYears: 5, overAllocationThresholdBp: 6000, horizonMonths: 1 },
    });
    expect(quiet.map((w) => w.code)).toEqual(['SEAT_OTHER_HEALTHCARE_REGION', 'GROUP_WITHOUT_PROCESS_LEADER']);
  });

  it('looks ahead over the configured horizon and orders warnings by the month they begin', () => {
    const ahead = evaluateRules(fixture(), {
      ...context,
      dismissedDuplicates: new Set([`${P1}|${P2}`]),
      settings: { ...DEFAULT_RULE_SETTINGS, chairMaxYears: 5, overAllocationThresholdBp: 6000 },
    });
    expect(ahead.map((w) => `${w.firstMonth} ${w.code}`)).toEqual([
      '2026-11 SEAT_OTHER_HEALTHCARE_REGION',
      '2027-01 CHAIR_OVER_3_YEARS',
      '2026-11 GROUP_WITHOUT_PROCESS_LEADER',
    ]);
  });
});
