/** Effective-dated salaries of persons: the reads and the row→entity mapper. */
import type { Selectable } from 'kysely';
import type { PersonSalary } from '@shared/domain/costs';
import { all, first, qb, type Connection } from '../../db/data';
import type { PersonSalariesTable } from '../../db/schema';

export type PersonSalaryRow = Selectable<PersonSalariesTable>;

export function toPersonSalary(r: PersonSalaryRow): PersonSalary {
  return { effectiveDate: r.effective_date, monthlySalaryOre: r.monthly_salary_ore };
}

/** Live salaries (of one person when given) by effective date. */
export function livePersonSalaries(conn: Connection, personId: string | null = null): PersonSalaryRow[] {
  let query = qb.selectFrom('person_salaries').selectAll().where('deleted_at', 'is', null);
  if (personId !== null) query = query.where('person_id', '=', personId);
  return all(conn, query.orderBy('effective_date'));
}

/** The salary of a person from a date (a live row before a tombstone), or undefined. */
export function personSalaryOf(conn: Connection, personId: string, effectiveDate: string): PersonSalaryRow | undefined {
  return first(
    conn,
    qb
      .selectFrom('person_salaries')
      .selectAll()
      .where('person_id', '=', personId)
      .where('effective_date', '=', effectiveDate)
      .orderBy('deleted_at', 'asc'),
  );
}
