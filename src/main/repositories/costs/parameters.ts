/** Cost parameters (PO-pålägg, salary index) and default salaries per owner and year: the reads and the row→entity mappers. */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../../db/data';
import type { CostParametersTable, DefaultSalariesTable } from '../../db/schema';
import type { OwnerParameters, ParameterRow } from '../../domain/cost-plan/types';

export type CostParameterRow = Selectable<CostParametersTable>;
export type DefaultSalaryRow = Selectable<DefaultSalariesTable>;

export function toParameter(r: CostParameterRow): ParameterRow {
  return {
    year: r.year,
    poSurchargeBp: r.po_surcharge_bp,
    salaryIndexBp: r.salary_index_bp,
    salaryIndexEffectiveDate: r.salary_index_effective_date,
  };
}

export function toDefaultSalary(s: DefaultSalaryRow): OwnerParameters['defaultSalaries'][number] {
  return { year: s.year, role: s.role, profession: s.profession, monthlySalaryOre: s.monthly_salary_ore };
}

/** Live parameter rows (of one owner when given) by year. */
export function liveParameters(conn: Connection, owner: string | null = null): CostParameterRow[] {
  let query = qb.selectFrom('cost_parameters').selectAll().where('deleted_at', 'is', null);
  if (owner !== null) query = query.where('owner', '=', owner);
  return all(conn, query.orderBy('year'));
}

/** The parameter row of an owner and year, tombstone included, or undefined. */
export function parameterOf(conn: Connection, owner: string, year: number): CostParameterRow | undefined {
  return first(conn, qb.selectFrom('cost_parameters').selectAll().where('owner', '=', owner).where('year', '=', year));
}

/** Live default salaries (of one year when given) by owner, year, role and profession. */
export function liveDefaultSalaries(conn: Connection, year: number | null = null): DefaultSalaryRow[] {
  let query = qb.selectFrom('default_salaries').selectAll().where('deleted_at', 'is', null);
  if (year !== null) query = query.where('year', '=', year);
  return all(conn, query.orderBy('owner').orderBy('year').orderBy('role').orderBy('profession'));
}

/** The default salary of an owner, year, role and profession, tombstone included, or undefined. */
export function defaultSalaryOf(
  conn: Connection,
  key: { owner: string; year: number; role: string; profession: string },
): DefaultSalaryRow | undefined {
  return first(
    conn,
    qb
      .selectFrom('default_salaries')
      .selectAll()
      .where('owner', '=', key.owner)
      .where('year', '=', key.year)
      .where('role', '=', key.role)
      .where('profession', '=', key.profession),
  );
}
