import type { ServiceContext } from '../lib/context';
import { foreignKeyViolationCount, integrityCheck } from '../repositories/database-checks';

export type CheckResult = { ok: boolean; integrity: string; foreignKeyViolations: number; problems: string[] };

/** SQLite's own integrity check plus a foreign-key check; read-only. */
export function checkDatabase(ctx: ServiceContext): CheckResult {
  const integrity = integrityCheck(ctx.conn);
  const fk = foreignKeyViolationCount(ctx.conn);
  const problems: string[] = [];
  if (integrity !== 'ok') problems.push(`integrity: ${integrity}`);
  if (fk > 0) problems.push(`${fk} foreign-key violations`);
  return { ok: problems.length === 0, integrity, foreignKeyViolations: fk, problems };
}
