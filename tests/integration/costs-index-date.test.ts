import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CostParametersView } from '../../src/shared/contract/cost/records';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp, tempDir } from '../helpers/temp';

/** Exact öre of a year at 60 000 kr a month and PO 52,28 %, the index 10 300 bp from `indexDays` days before the year's end. */
function expectedOre(indexDays: number, daysInYear: number): number {
  const before = BigInt(daysInYear - indexDays) * 10_000n + BigInt(indexDays) * 10_300n;
  const num = 6_000_000n * 12n * 15_228n * before;
  const den = 10_000n * 10_000n * BigInt(daysInYear);
  // rounded half up (the amounts are positive)
  return Number((num * 2n + den) / (den * 2n));
}

describe('the salary index from its effective date (cost parameters, CLI)', () => {
  it('a mid-year index date changes the year cost by the exact day split; the CLI sets and shows it', async () => {
    const dir = tempDir();
    const app = await startTestApp({ dir });
    const { ok } = caller(app);
    const { hostingId } = await setUpSeed001(app);
    // a process leader on the default salary of 2024 (60 000 kr), carried into 2025 by the 2025 index
    await ok('default-salaries:set', { year: 2024, role: 'PROCESS_LEADER', monthlySalaryOre: 6_000_000 });
    await ok('cost-items:create', {
      hostingId,
      year: 2025,
      kind: 'STAFFED_ROLE',
      label: 'Processledare på schablonlön',
      role: 'PROCESS_LEADER',
      allocationBp: 10_000,
    });
    await ok('cost-parameters:set', { year: 2025, poSurchargeBp: 5228, salaryIndexBp: 10_300 });
    const fromJanuary = await ok('cost-report:hosting', { hostingId, year: 2025 });
    expect(fromJanuary.lines[0]?.costOre).toBe(expectedOre(365, 365));
    await app.opened.close();

    const db = path.join(dir, 'samplan.db');
    const set = runCliProcess(['--db', db, 'costs', 'parameters', '--year', '2025', '--index-from', '2025-07-01']);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Sparade kostnadsparametrar för 2025.');
    expect(set.stdout).toMatch(/2025 +PO-pålägg +52,28 % +löneindex +\+3 % från 2025-07-01/);
    const listed = JSON.parse(runCliProcess(['--db', db, '--json', 'costs', 'parameters']).stdout) as CostParametersView;
    // the values not given are kept
    expect(listed.rows.find((r) => r.year === 2025)).toMatchObject({
      poSurchargeBp: 5228,
      salaryIndexBp: 10_300,
      salaryIndexEffectiveDate: '2025-07-01',
    });

    const reopened = await startTestApp({ dir });
    const report = await caller(reopened).ok('cost-report:hosting', { hostingId, year: 2025 });
    const line = report.lines[0]!;
    // 1 Jan–30 Jun (181 days) at 60 000 kr, 1 Jul–31 Dec (184 days) at 61 800 kr
    expect(line.costOre).toBe(expectedOre(184, 365));
    expect(line.costOre).toBe(111_299_741); // 1 112 997,41 kr
    expect(fromJanuary.lines[0]!.costOre - line.costOre).toBe(expectedOre(365, 365) - expectedOre(184, 365));
    if (line.trace.kind !== 'STAFFED_ROLE') throw new Error('not staffed');
    expect(line.trace.segments.map((s) => [s.from, s.to, s.days])).toEqual([
      ['2025-01-01', '2025-06-30', 181],
      ['2025-07-01', '2025-12-31', 184],
    ]);
    // a date outside the year is refused by the channel with the Swedish key
    const outside = await caller(reopened).raw('cost-parameters:set', {
      year: 2025,
      poSurchargeBp: 5228,
      salaryIndexBp: 10_300,
      salaryIndexEffectiveDate: '2026-01-01',
      version: 2,
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'roll.indexDateNotInYear' } } });
    await reopened.opened.close();

    const cases: [string[], RegExp][] = [
      [['--year', '2025', '--index-from', '2025-02-30'], /^--index-from tar en dag som ÅÅÅÅ-MM-DD/],
      [['--year', '2025', '--index-from', '2024-12-01'], /^Löneindex för 2025 kan bara gälla från en dag i 2025, inte från 2024-12-01\.$/],
      [['--index-from', '2025-04-01'], /^--year krävs för att ändra kostnadsparametrar/],
      [['--year', '25'], /^--year tar ett år mellan 1990 och 2100/],
      [['--year', '2025', '--po', 'femtio'], /^--po tar en procentsats/],
      [['--year', '2031', '--index', '3'], /^--po krävs för 2031: året har inga kostnadsparametrar ännu$/],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess(['--db', db, 'costs', 'parameters', ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace(/^samplan: /, '')).toMatch(message);
    }
  });
});
