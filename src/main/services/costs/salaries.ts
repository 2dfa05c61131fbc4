/**
 * Default salaries per owner, year, role and profession, and effective-dated person salaries. Which
 * salary a calculation uses is decided by the cost domain (`resolveSalary`): stated → person → default.
 */
import type { z } from 'zod';
import type { DefaultSalaryRow, PersonSalaryRow, defaultSalarySetSchema, personSalarySetSchema } from '@shared/contract/cost/records';
import { refusal } from '@shared/contract/errors';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import {
  defaultSalaryOf,
  liveDefaultSalaries,
  toDefaultSalary,
  type DefaultSalaryRow as DefaultRow,
} from '../../repositories/costs/parameters';
import {
  livePersonSalaries,
  personSalaryOf,
  toPersonSalary,
  type PersonSalaryRow as PersonRow,
} from '../../repositories/costs/person-salaries';
import { livePersonOwner } from '../../repositories/costs/references';
import { requireOwner } from '../../repositories/records';
import { write } from '../../repositories/record-writer';
import { installationOwner } from './scope';
import { settableTarget } from './versioning';

function defaultView(r: DefaultRow, own: string | null): DefaultSalaryRow {
  return { id: r.id, ...toDefaultSalary(r), owner: r.owner, version: r.version, readOnly: r.owner !== own };
}

function personView(r: PersonRow, own: string | null): PersonSalaryRow {
  return { id: r.id, personId: r.person_id, ...toPersonSalary(r), owner: r.owner, version: r.version, readOnly: r.owner !== own };
}

export async function listDefaultSalaries(ctx: ServiceContext, input: { year: number | null }): Promise<DefaultSalaryRow[]> {
  const own = installationOwner(ctx.conn);
  return Promise.resolve(liveDefaultSalaries(ctx.conn, input.year).map((r) => defaultView(r, own)));
}

export async function setDefaultSalary(ctx: ServiceContext, input: z.output<typeof defaultSalarySetSchema>): Promise<DefaultSalaryRow> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const row = transaction(conn, () => {
    const owner = requireOwner(conn);
    const how = { actor: ctx.actor, now, owner };
    const before = defaultSalaryOf(conn, { owner, year: input.year, role: input.role, profession: input.profession });
    if (!before) {
      const created = { year: input.year, role: input.role, profession: input.profession, monthly_salary_ore: input.monthlySalaryOre };
      return write(conn, 'default_salaries', { id: ctx.newId() }, created, { ...how, action: 'create' });
    }
    const target = settableTarget(before, `Default salary ${input.year} ${input.role}`, owner, input.version);
    return write(conn, 'default_salaries', target, { monthly_salary_ore: input.monthlySalaryOre }, { ...how, action: 'update' });
  });
  return Promise.resolve(defaultView(row, row.owner));
}

export async function deleteDefaultSalary(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    write(
      conn,
      'default_salaries',
      { id: input.id, expectedVersion: input.version },
      {},
      { action: 'delete', actor: ctx.actor, now, owner },
    );
  });
  return Promise.resolve({ ok: true });
}

export async function listPersonSalaries(ctx: ServiceContext, input: { personId: string }): Promise<PersonSalaryRow[]> {
  const own = installationOwner(ctx.conn);
  return Promise.resolve(livePersonSalaries(ctx.conn, input.personId).map((r) => personView(r, own)));
}

/** A person's salary from a date; only the owner of the person record (the employer's installation) sets it. */
export async function setPersonSalary(ctx: ServiceContext, input: z.output<typeof personSalarySetSchema>): Promise<PersonSalaryRow> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const row = transaction(conn, () => {
    const owner = requireOwner(conn);
    const how = { actor: ctx.actor, now, owner };
    const personOwner = livePersonOwner(conn, input.personId);
    if (personOwner === undefined) throw refusal('NOT_FOUND', 'person.notFound');
    if (personOwner !== owner) throw refusal('FORBIDDEN', 'salary.foreignPerson', { owner: personOwner });
    const before = personSalaryOf(conn, input.personId, input.effectiveDate);
    if (!before) {
      const created = { person_id: input.personId, effective_date: input.effectiveDate, monthly_salary_ore: input.monthlySalaryOre };
      return write(conn, 'person_salaries', { id: ctx.newId() }, created, { ...how, action: 'create' });
    }
    const target = settableTarget(before, `Salary from ${input.effectiveDate}`, owner, input.version);
    return write(conn, 'person_salaries', target, { monthly_salary_ore: input.monthlySalaryOre }, { ...how, action: 'update' });
  });
  return Promise.resolve(personView(row, row.owner));
}

export async function deletePersonSalary(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    write(
      conn,
      'person_salaries',
      { id: input.id, expectedVersion: input.version },
      {},
      { action: 'delete', actor: ctx.actor, now, owner },
    );
  });
  return Promise.resolve({ ok: true });
}
