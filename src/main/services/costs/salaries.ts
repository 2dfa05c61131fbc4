/**
 * Default salaries per owner, year, role and profession, and effective-dated person salaries. Which
 * salary a calculation uses is decided by the cost domain (`resolveSalary`): stated → person → default.
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { DefaultSalaryRow, PersonSalaryRow, defaultSalarySetSchema, personSalarySetSchema } from '@shared/contract/cost/records';
import { DomainError } from '@shared/contract/errors';
import type { DefaultSalariesTable, PersonSalariesTable } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner } from './scope';
import { assertSettable } from './versioning';

type DefaultRow = Selectable<DefaultSalariesTable>;
type PersonRow = Selectable<PersonSalariesTable>;

function defaultView(r: DefaultRow, own: string | null): DefaultSalaryRow {
  return {
    id: r.id,
    year: r.year,
    role: r.role,
    profession: r.profession,
    monthlySalaryOre: r.monthly_salary_ore,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
  };
}

function personView(r: PersonRow, own: string | null): PersonSalaryRow {
  return {
    id: r.id,
    personId: r.person_id,
    effectiveDate: r.effective_date,
    monthlySalaryOre: r.monthly_salary_ore,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
  };
}

export async function listDefaultSalaries(ctx: ServiceContext, input: { year: number | null }): Promise<DefaultSalaryRow[]> {
  const own = await installationOwner(ctx.db);
  let query = ctx.db.selectFrom('default_salaries').selectAll().where('deleted_at', 'is', null);
  if (input.year !== null) query = query.where('year', '=', input.year);
  const rows = await query.orderBy('owner').orderBy('year').orderBy('role').orderBy('profession').execute();
  return rows.map((r) => defaultView(r, own));
}

export async function setDefaultSalary(ctx: ServiceContext, input: z.output<typeof defaultSalarySetSchema>): Promise<DefaultSalaryRow> {
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx
      .selectFrom('default_salaries')
      .selectAll()
      .where('owner', '=', owner)
      .where('year', '=', input.year)
      .where('role', '=', input.role)
      .where('profession', '=', input.profession)
      .executeTakeFirst();
    if (!before) {
      const row = {
        ...newRecordColumns(ctx.newId(), owner, now),
        year: input.year,
        role: input.role,
        profession: input.profession,
        monthly_salary_ore: input.monthlySalaryOre,
      };
      await trx.insertInto('default_salaries').values(row).execute();
      await appendAudit(trx, { action: 'create', entity: 'default_salaries', recordId: row.id, before: null, after: row }, ctx.actor, now);
      return row.id;
    }
    assertSettable(before, `Default salary ${input.year} ${input.role}`, owner, input.version);
    const changes = { monthly_salary_ore: input.monthlySalaryOre, deleted_at: null, version: before.version + 1, updated_at: now };
    await trx.updateTable('default_salaries').set(changes).where('id', '=', before.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'default_salaries', recordId: before.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
    return before.id;
  });
  const row = await ctx.db.selectFrom('default_salaries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return defaultView(row, row.owner);
}

export async function deleteDefaultSalary(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('default_salaries').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Default salary', owner, input.version);
    await trx
      .updateTable('default_salaries')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'default_salaries', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}

export async function listPersonSalaries(ctx: ServiceContext, input: { personId: string }): Promise<PersonSalaryRow[]> {
  const own = await installationOwner(ctx.db);
  const rows = await ctx.db
    .selectFrom('person_salaries')
    .selectAll()
    .where('person_id', '=', input.personId)
    .where('deleted_at', 'is', null)
    .orderBy('effective_date')
    .execute();
  return rows.map((r) => personView(r, own));
}

/** A person's salary from a date; only the owner of the person record (the employer's installation) sets it. */
export async function setPersonSalary(ctx: ServiceContext, input: z.output<typeof personSalarySetSchema>): Promise<PersonSalaryRow> {
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const person = await trx
      .selectFrom('persons')
      .select(['owner'])
      .where('id', '=', input.personId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!person) throw new DomainError('NOT_FOUND', 'Person not found');
    if (person.owner !== owner)
      throw new DomainError('FORBIDDEN', `The person belongs to ${person.owner}; only ${person.owner} records the salary`);
    const before = await trx
      .selectFrom('person_salaries')
      .selectAll()
      .where('person_id', '=', input.personId)
      .where('effective_date', '=', input.effectiveDate)
      .orderBy('deleted_at', 'asc')
      .executeTakeFirst();
    if (!before) {
      const row = {
        ...newRecordColumns(ctx.newId(), owner, now),
        person_id: input.personId,
        effective_date: input.effectiveDate,
        monthly_salary_ore: input.monthlySalaryOre,
      };
      await trx.insertInto('person_salaries').values(row).execute();
      await appendAudit(trx, { action: 'create', entity: 'person_salaries', recordId: row.id, before: null, after: row }, ctx.actor, now);
      return row.id;
    }
    assertSettable(before, `Salary from ${input.effectiveDate}`, owner, input.version);
    const changes = { monthly_salary_ore: input.monthlySalaryOre, deleted_at: null, version: before.version + 1, updated_at: now };
    await trx.updateTable('person_salaries').set(changes).where('id', '=', before.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'person_salaries', recordId: before.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
    return before.id;
  });
  const row = await ctx.db.selectFrom('person_salaries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return personView(row, row.owner);
}

export async function deletePersonSalary(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('person_salaries').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Person salary', owner, input.version);
    await trx
      .updateTable('person_salaries')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'person_salaries', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}
