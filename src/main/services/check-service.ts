import type { ServiceContext } from '../lib/context';

export type CheckResult = { ok: boolean; integrity: string; foreignKeyViolations: number; problems: string[] };

/** SQLite's own integrity check plus a foreign-key check; read-only. */
export function checkDatabase(ctx: ServiceContext): CheckResult {
  const integrityRows = ctx.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const integrity = integrityRows.map((r) => r.integrity_check).join('; ');
  const fk = ctx.sqlite.pragma('foreign_key_check') as unknown[];
  const problems: string[] = [];
  if (integrity !== 'ok') problems.push(`integrity: ${integrity}`);
  if (fk.length > 0) problems.push(`${fk.length} foreign-key violations`);
  return { ok: problems.length === 0, integrity, foreignKeyViolations: fk.length, problems };
}
