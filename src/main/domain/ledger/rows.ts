/**
 * The rows of a ledger export read through the user's mapping: each row's period and amount parsed
 * exactly, matched to the first rule whose account and cost centre fit, and either saved (with what
 * it becomes) or rejected with a reason the user can read. Pure: the hosting check is passed in.
 */
import type { LedgerMapping, LedgerReason, LedgerRow, LedgerRule } from '@shared/contract/cost/actuals';
import { refusal } from '@shared/contract/errors';
import { caseKey } from '../register-import/normalize';
import type { Grid, GridRow } from '../register-import/text';
import { parseAmountOre } from '@shared/ledger/amount';
import { parsePeriod } from './period';

type Column = keyof LedgerMapping['columns'];
export type ColumnIndexes = Record<Column, number | null>;

/** Where each mapped column is (headers compared without case and extra spaces); a missing one is refused. */
export function columnIndexes(headers: readonly string[], columns: LedgerMapping['columns']): ColumnIndexes {
  const keys = headers.map(caseKey);
  const find = (header: string | null): number | null => {
    if (header === null) return null;
    const index = keys.indexOf(caseKey(header));
    if (index < 0) throw refusal('VALIDATION', 'ledger.columnMissing', { column: header, headers: headers.filter(Boolean).join(', ') });
    return index;
  };
  return {
    account: find(columns.account),
    costCentre: find(columns.costCentre),
    period: find(columns.period),
    amount: find(columns.amount),
    text: find(columns.text),
  };
}

/** A rule's code fits a row's code: equal, or a prefix when the rule ends in `*`; a rule without the code fits any. */
function fits(pattern: string | null, value: string): boolean {
  if (pattern === null) return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return value === pattern;
}

/** The first rule that fits the account and cost centre, or null. */
export function matchRule(rules: readonly LedgerRule[], account: string, costCentre: string): LedgerRule | null {
  return rules.find((r) => fits(r.account, account) && fits(r.costCentre, costCentre)) ?? null;
}

const reason = (key: LedgerReason['key'], params: LedgerReason['params'] = {}): LedgerReason => ({ key, params });

/** Checks a hosting rule's hosting for a year: null when fine, else the reason. */
export type HostingCheck = (hostingId: string, year: number) => LedgerReason | null;

function evaluate(grid: GridRow, at: ColumnIndexes, mapping: LedgerMapping, hostingCheck: HostingCheck): LedgerRow {
  const cell = (index: number | null) => (index === null ? '' : (grid.cells[index] ?? '').trim());
  const base = {
    row: grid.row,
    account: cell(at.account),
    costCentre: cell(at.costCentre),
    period: cell(at.period),
    amount: cell(at.amount),
    text: cell(at.text),
  };
  const period = parsePeriod(base.period);
  const amount = parseAmountOre(base.amount);
  const year = period.ok ? period.period.year : null;
  const parsed = {
    ...base,
    year,
    month: period.ok ? period.period.month : null,
    amountOre: amount.ok ? amount.ore : null,
    category: null,
    hostingId: null,
  };
  const reject = (why: LedgerReason): LedgerRow => ({ ...parsed, status: 'rejected', reason: why });
  if (!period.ok) return reject(reason(period.reason, { value: base.period }));
  if (!amount.ok) return reject(reason(amount.reason, { value: base.amount }));
  if (base.account === '' && base.costCentre === '') return reject(reason('ledger.accountMissing'));
  const rule = matchRule(mapping.rules, base.account, base.costCentre);
  if (rule === null) return reject(reason('ledger.noRule', { account: base.account || '–', costCentre: base.costCentre || '–' }));
  const matched = { ...parsed, category: rule.category, hostingId: rule.hostingId };
  if (mapping.year !== null && period.period.year !== mapping.year)
    return { ...matched, status: 'rejected', reason: reason('ledger.otherYear', { year: period.period.year, importYear: mapping.year }) };
  const hostingProblem = rule.hostingId === null ? null : hostingCheck(rule.hostingId, period.period.year);
  if (hostingProblem !== null) return { ...matched, status: 'rejected', reason: hostingProblem };
  return { ...matched, status: 'save', reason: null };
}

export function evaluateLedger(grid: Grid, mapping: LedgerMapping, hostingCheck: HostingCheck): LedgerRow[] {
  const at = columnIndexes(grid.headers, mapping.columns);
  return grid.rows.map((row) => evaluate(row, at, mapping, hostingCheck));
}

export type TargetSum = { year: number; category: LedgerRule['category']; hostingId: string | null; rows: number; amountOre: number };

/** The saved rows summed per outcome (year, category, hosting), in the order first met. */
export function targetSums(rows: readonly LedgerRow[]): TargetSum[] {
  const sums = new Map<string, TargetSum>();
  for (const r of rows) {
    if (r.status !== 'save' || r.year === null || r.category === null || r.amountOre === null) continue;
    const key = `${r.year}|${r.category}|${r.hostingId ?? ''}`;
    const sum = sums.get(key) ?? { year: r.year, category: r.category, hostingId: r.hostingId, rows: 0, amountOre: 0 };
    sum.rows += 1;
    sum.amountOre += r.amountOre;
    sums.set(key, sum);
  }
  return [...sums.values()];
}
