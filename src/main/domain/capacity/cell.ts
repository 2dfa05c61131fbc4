/** Drill-down of one capacity cell: the memberships behind a person's month, each with its days. */
import type { CapacityCellDetail, CapacitySettings, CellMembership } from '@shared/contract/planning/capacity';
import { bandOf, displayBp, membershipSpan, monthSpans, spanDays, type CapacityMembership } from './load';
import type { MonthInfo } from '@shared/calendar';

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function capacityCellDetail(
  person: { id: string; name: string },
  month: MonthInfo,
  memberships: readonly CapacityMembership[],
  settings: CapacitySettings,
): CapacityCellDetail {
  const [range] = monthSpans([month]);
  const lines: CellMembership[] = [];
  for (const m of memberships) {
    if (m.personId !== person.id) continue;
    const span = membershipSpan(m);
    const days = span === null || range === undefined ? 0 : spanDays(span, range);
    if (days === 0) continue;
    const bpDays = m.allocationBp * days;
    lines.push({
      membershipId: m.id,
      groupId: m.groupId,
      groupName: m.groupName,
      groupType: m.groupType,
      role: m.role,
      status: m.status,
      startDate: m.startDate,
      endDate: m.endDate,
      allocationBp: m.allocationBp,
      daysCovered: days,
      bpDays,
      bp: displayBp(bpDays, month.days),
    });
  }
  lines.sort((a, b) => b.bpDays - a.bpDays || collator.compare(a.groupName, b.groupName));
  const total = lines.reduce((sum, l) => sum + l.bpDays, 0);
  return {
    personId: person.id,
    personName: person.name,
    month: { ...month },
    cell: { bpDays: total, bp: displayBp(total, month.days), band: bandOf(total, month.days, settings) },
    memberships: lines,
  };
}
