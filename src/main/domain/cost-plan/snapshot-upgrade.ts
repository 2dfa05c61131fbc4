/**
 * Brings a year report stored by an earlier version (a locked budget's snapshot) up to the current
 * shape, so a budget locked before salaries by day and invoiced totals existed can still be opened.
 * Only fields that can be derived exactly from the stored figures are added; nothing is recomputed:
 * - a staffed trace without `segments` gets its one segment (the old model had one salary a year);
 * - a split trace gets `invoicedTotalOre` (= its rounded total), the difference from the cost, and the
 *   population year wanted and used (the old model could mix years: the earliest one is reported);
 * - a hosting's split gets its invoiced total and difference, the totals the invoiced sum.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

function upgradeStaffed(trace: Json): void {
  if ('segments' in trace || !isObject(trace.salary) || !isObject(trace.annualCost)) return;
  const salary = trace.salary;
  trace.segments =
    trace.from === null || trace.to === null
      ? []
      : [
          {
            from: trace.from,
            to: trace.to,
            days: trace.days,
            salary,
            monthlySalaryOre: salary.monthlySalaryOre,
            allocationBp: trace.allocationBp,
            annualCostOre: trace.annualCost.exactOre,
            formula: trace.formula,
            exactOre: trace.exactOre,
          },
        ];
}

function upgradeSplitTrace(trace: Json): void {
  if ('invoicedTotalOre' in trace || !('quotas' in trace)) return;
  trace.invoicedTotalOre = trace.roundedTotalOre;
  trace.roundingDifferenceOre = num(trace.roundedTotalOre) - num(trace.totalOre);
  const weights = Array.isArray(trace.weights) ? trace.weights.filter(isObject) : [];
  const wanted = weights.map((w) => w.populationYearWanted).filter((y): y is number => typeof y === 'number');
  const used = weights.map((w) => w.populationYearUsed).filter((y): y is number => typeof y === 'number');
  trace.populationYearWanted = wanted.length > 0 ? Math.min(...wanted) : null;
  trace.populationYearUsed = used.length > 0 ? Math.min(...used) : null;
}

function walk(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(walk);
    return;
  }
  if (!isObject(value)) return;
  upgradeStaffed(value);
  upgradeSplitTrace(value);
  Object.values(value).forEach(walk);
}

export function upgradeYearReportSnapshot(snapshot: unknown): unknown {
  walk(snapshot);
  if (!isObject(snapshot)) return snapshot;
  const hostings = Array.isArray(snapshot.hostings) ? snapshot.hostings.filter(isObject) : [];
  let invoiced = 0;
  for (const h of hostings) {
    if (!isObject(h.split)) continue;
    if (!('invoicedTotalOre' in h.split)) {
      h.split.invoicedTotalOre = h.split.roundedTotalOre;
      h.split.roundingDifferenceOre = num(h.split.roundedTotalOre) - num(h.totalOre);
    }
    invoiced += num(h.split.invoicedTotalOre);
  }
  if (isObject(snapshot.totals) && !('invoicedOre' in snapshot.totals)) snapshot.totals.invoicedOre = invoiced;
  return snapshot;
}
