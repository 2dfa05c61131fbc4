/** PERSON_OVER_ALLOCATED: the sum of a person's current allocations is above the threshold. */
import type { WarningOf } from '@shared/contract/rule-warnings';
import { isActiveOn } from '../register-rules';
import type { RegisterSnapshot, SnapshotMembership } from '../register-snapshot';

/** Strictly above the threshold: exactly 50 % with a 50 % threshold is fine. */
export function overAllocated(snapshot: RegisterSnapshot, today: string, thresholdBp: number): WarningOf<'PERSON_OVER_ALLOCATED'>[] {
  const active = new Map<string, SnapshotMembership[]>();
  for (const m of snapshot.memberships) {
    if (isActiveOn(m, today)) active.set(m.personId, [...(active.get(m.personId) ?? []), m]);
  }
  return snapshot.persons.flatMap((person) => {
    const memberships = active.get(person.id) ?? [];
    const allocationBp = memberships.reduce((sum, m) => sum + m.allocationBp, 0);
    if (allocationBp <= thresholdBp) return [];
    const warning: WarningOf<'PERSON_OVER_ALLOCATED'> = {
      code: 'PERSON_OVER_ALLOCATED',
      key: `PERSON_OVER_ALLOCATED:${person.id}`,
      severity: 'WARNING',
      dismissal: null,
      personIds: [person.id],
      groupIds: [...new Set(memberships.map((m) => m.groupId))],
      membershipIds: memberships.map((m) => m.id),
      params: { personId: person.id, personName: person.name, allocationBp, thresholdBp, currentMemberships: memberships.length },
    };
    return [warning];
  });
}
