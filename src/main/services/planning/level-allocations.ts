import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { LevelAllocation, levelAllocationSetSchema } from '@shared/contract/planning/teams';
import type { ActivityLevel, MembershipRole } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import { resolveLevelAllocations } from '../../domain/levels/allocations';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';

type Executor = Kysely<Database> | Transaction<Database>;

/** The full level × role matrix: configured rows over the built-in defaults (first use needs no seeding). */
export async function readLevelAllocations(db: Executor): Promise<LevelAllocation[]> {
  const rows = await db.selectFrom('activity_level_allocations').selectAll().execute();
  return resolveLevelAllocations(
    rows.map((r) => ({ level: r.level as ActivityLevel, role: r.role as MembershipRole, allocationBp: r.allocation_bp })),
  );
}

export async function listLevelAllocations(ctx: ServiceContext): Promise<LevelAllocation[]> {
  return readLevelAllocations(ctx.db);
}

/** Configures one value, or (null) removes it so the default applies again. */
export async function setLevelAllocation(
  ctx: ServiceContext,
  input: z.output<typeof levelAllocationSetSchema>,
): Promise<LevelAllocation[]> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('activity_level_allocations')
      .selectAll()
      .where('level', '=', input.level)
      .where('role', '=', input.role)
      .executeTakeFirst();
    if (input.allocationBp === null) {
      await trx.deleteFrom('activity_level_allocations').where('level', '=', input.level).where('role', '=', input.role).execute();
    } else {
      const value = input.allocationBp;
      await trx
        .insertInto('activity_level_allocations')
        .values({ level: input.level, role: input.role, allocation_bp: value })
        .onConflict((oc) => oc.columns(['level', 'role']).doUpdateSet({ allocation_bp: value }))
        .execute();
    }
    await appendAudit(
      trx,
      {
        action: input.allocationBp === null ? 'delete' : 'update',
        entity: 'activity_level_allocations',
        recordId: `${input.level}:${input.role}`,
        before: before ?? null,
        after: input.allocationBp === null ? null : input,
      },
      ctx.actor,
      now,
    );
  });
  return readLevelAllocations(ctx.db);
}
