import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { Organisation, organisationCreateSchema, organisationUpdateSchema } from '@shared/contract/register';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { ownerCodeOf, requireOwner } from '../../repositories/records';
import { write } from '../../repositories/record-writer';
import { organisationRows, toOrganisation } from '../../repositories/register/organisations';

type CreateInput = z.output<typeof organisationCreateSchema>;
type UpdateInput = z.output<typeof organisationUpdateSchema>;

export async function listOrganisations(ctx: ServiceContext): Promise<Organisation[]> {
  return readOrganisations(ctx);
}

function readOrganisations(ctx: ServiceContext): Organisation[] {
  const owner = ownerCodeOf(ctx.conn);
  return organisationRows(ctx.conn).map((r) => toOrganisation(r, owner));
}

function getOrganisation(ctx: ServiceContext, id: string): Organisation {
  const found = readOrganisations(ctx).find((o) => o.id === id);
  if (!found) throw refusal('NOT_FOUND', 'organisation.notFound');
  return found;
}

const columns = (input: CreateInput) => ({ name: input.name, type: input.type, region_code: input.regionCode });

export async function createOrganisation(ctx: ServiceContext, input: CreateInput): Promise<Organisation> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    write(ctx.conn, 'organisations', { id }, columns(input), { action: 'create', actor: ctx.actor, now, owner });
  });
  return getOrganisation(ctx, id);
}

export async function updateOrganisation(ctx: ServiceContext, input: UpdateInput): Promise<Organisation> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    write(ctx.conn, 'organisations', { id: input.id, expectedVersion: input.version }, columns(input), {
      action: 'update',
      actor: ctx.actor,
      now,
      owner,
    });
  });
  return getOrganisation(ctx, input.id);
}
