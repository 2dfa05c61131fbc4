import type { z } from 'zod';
import type { LevelAllocation, levelAllocationSetSchema } from '@shared/contract/planning/teams';
import { transaction, type Connection } from '../../db/data';
import { resolveLevelAllocations } from '../../domain/levels/allocations';
import type { ServiceContext } from '../../lib/context';
import { appendAuditEntry } from '../../repositories/audit';
import {
  levelAllocationRow,
  putLevelAllocation,
  removeLevelAllocation,
  storedLevelAllocations,
} from '../../repositories/planning/level-allocations';

/** The full level × role matrix: configured rows over the built-in defaults (first use needs no seeding). */
export function readLevelAllocations(conn: Connection): LevelAllocation[] {
  return resolveLevelAllocations(storedLevelAllocations(conn));
}

export async function listLevelAllocations(ctx: ServiceContext): Promise<LevelAllocation[]> {
  return readLevelAllocations(ctx.conn);
}

/** Configures one value, or (null) removes it so the default applies again. */
export async function setLevelAllocation(
  ctx: ServiceContext,
  input: z.output<typeof levelAllocationSetSchema>,
): Promise<LevelAllocation[]> {
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const before = levelAllocationRow(ctx.conn, input.level, input.role);
    if (input.allocationBp === null) removeLevelAllocation(ctx.conn, input.level, input.role);
    else putLevelAllocation(ctx.conn, { level: input.level, role: input.role, allocationBp: input.allocationBp });
    appendAuditEntry(
      ctx.conn,
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
  return readLevelAllocations(ctx.conn);
}
