import { call, sample } from './measure';
import { row, type BenchRow } from './report';
import type { OpenApp } from './setup';

/**
 * The cost report after a finance edit (issue #13): a person's salary, a default salary, a hosting's
 * cost item, an allocation key (the populations a population key weighs). Each run follows a real edit
 * of another record (written straight to the tables, as the membership rows in run.ts are), so the
 * read model has to bring the report up to date every time. Target: p95 ≤ 100 ms nationally.
 */
const RUNS = 20;
const YEAR = 2026;
const NOW = '2026-11-23T10:00:00.000Z';

type Edit = { name: string; edit: (() => void) | null };

function cycle(ids: readonly string[], apply: (id: string, n: number) => void): (() => void) | null {
  if (ids.length === 0) return null;
  let next = 0;
  return () => {
    const n = next++;
    apply(ids[(n * 7919) % ids.length]!, n);
  };
}

function edits(national: OpenApp): Edit[] {
  const sqlite = national.app.ctx.sqlite;
  const ids = (sql: string, ...params: unknown[]) =>
    sqlite
      .prepare(sql)
      .pluck()
      .all(...params) as string[];
  const persons = ids(
    `SELECT DISTINCT m.person_id FROM memberships m JOIN persons p ON p.id = m.person_id
    WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL AND p.region_code IS NOT NULL AND m.allocation_bp > 0
      AND m.start_date <= '${YEAR}-12-31' AND (m.end_date IS NULL OR m.end_date >= '${YEAR}-01-01') ORDER BY m.person_id`,
  );
  const setSalary = sqlite.prepare(
    `INSERT INTO person_salaries (id, owner, version, created_at, updated_at, person_id, effective_date, monthly_salary_ore)
    VALUES (?, (SELECT owner FROM persons WHERE id = ?), 1, ?, ?, ?, '2025-01-01', ?)
    ON CONFLICT (id) DO UPDATE SET monthly_salary_ore = excluded.monthly_salary_ore, version = version + 1`,
  );
  const defaults = ids(`SELECT id FROM default_salaries WHERE deleted_at IS NULL AND year <= ${YEAR} ORDER BY id`);
  const setDefault = sqlite.prepare(
    'UPDATE default_salaries SET monthly_salary_ore = monthly_salary_ore + 10000, version = version + 1 WHERE id = ?',
  );
  const items = ids(`SELECT id FROM cost_items WHERE deleted_at IS NULL AND year = ${YEAR} ORDER BY id`);
  const setItem = sqlite.prepare(
    `UPDATE cost_items SET amount_ore = CASE WHEN kind = 'FIXED_AMOUNT' THEN amount_ore + 100000 ELSE NULL END,
      allocation_bp = CASE WHEN kind = 'STAFFED_ROLE' THEN (allocation_bp + 500) % 10000 ELSE allocation_bp END,
      version = version + 1 WHERE id = ?`,
  );
  const populations = ids(
    `SELECT id FROM healthcare_region_member_populations WHERE deleted_at IS NULL AND year BETWEEN ${YEAR - 2} AND ${YEAR} ORDER BY id`,
  );
  const setPopulation = sqlite.prepare('UPDATE healthcare_region_member_populations SET population = population + 1000 WHERE id = ?');
  return [
    {
      name: 'person salary',
      edit: cycle(persons, (id, n) => setSalary.run(`bbbbbbbb${id.slice(8)}`, id, NOW, NOW, id, 4_000_000 + n * 1000)),
    },
    { name: 'default salary', edit: cycle(defaults, (id) => setDefault.run(id)) },
    { name: 'cost item', edit: cycle(items, (id) => setItem.run(id)) },
    { name: 'key', edit: cycle(populations, (id) => setPopulation.run(id)) },
  ];
}

/** Rows "cost report for 2026 (all healthcare regions), after a finance edit: …" (bench/run.ts). */
export async function financeEditViews(national: OpenApp, rows: BenchRow[]): Promise<void> {
  const report = () => call(national.handlers, 'cost-report:year', { year: YEAR });
  for (const { name, edit } of edits(national)) {
    const operation = `cost report for ${YEAR} (all healthcare regions), after a finance edit: ${name}`;
    if (edit === null) {
      rows.push(row(`${operation} (no such records in the dataset)`, {}));
      continue;
    }
    const s = await sample(report, RUNS, 2, edit);
    rows.push(row(operation, { p50Ms: s.p50Ms, p95Ms: s.p95Ms, target: 'p95 ≤ 100 ms', met: s.p95Ms <= 100 }));
  }
}
