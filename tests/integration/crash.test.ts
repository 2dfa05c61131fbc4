import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { caller } from '../helpers/call';
import { PROJECT_ROOT, startTestApp, tempDir } from '../helpers/temp';
import { TEST_BUNDLE_DIR } from '../setup/build-bundles';

/**
 * Reliability checklist D2: a child process writes multi-row transactions through the real
 * connection factory and repositories and is killed with SIGKILL at a random moment. After every
 * kill the database must pass integrity_check and foreign_key_check, every batch must be wholly
 * there or wholly absent (checked against its marker row), every acknowledged batch must be there,
 * and the audit hash chain must verify. SAMPLAN_CRASH_RUNS raises the number of kills (nightly).
 *
 * Liveness is counted in work, never in wall time: each run draws how many batches the child must
 * acknowledge before it is killed (0–7), so a slow machine only makes a run longer, never emptier.
 */
const RUNS = Number(process.env.SAMPLAN_CRASH_RUNS ?? 200);
/** Two writers on two databases at once (CI has two cores); each is killed at its own random moments. */
const LANES = 2;
/** Batches a child acknowledges before its kill is armed: 0 to MAX_ACKS - 1, at random. */
const MAX_ACKS = 8;
/** Once armed, the kill comes after a random delay, so it lands anywhere in the batch being written. */
const MAX_DELAY_MS = 30;
/** The writer bundled by the integration project's globalSetup (tests/setup/build-bundles.ts). */
const CHILD = path.join(TEST_BUNDLE_DIR, 'crash-child.js');

type RunOutcome = { required: number; acknowledged: string[]; begun: string | null; killedInTransaction: boolean };
type Marker = { persons: number; memberships: number; audit: number };

type Lane = { dbPath: string; groupId: string };
const lanes: Lane[] = [];

async function prepareLane(): Promise<Lane> {
  const app = await startTestApp({ dir: tempDir('samplan-crash-') });
  await caller(app).ok('setup:complete', { ownerCode: '23' });
  const group = app.ctx.sqlite.prepare('SELECT id FROM groups WHERE deleted_at IS NULL ORDER BY id LIMIT 1').get() as { id: string };
  await app.opened.close();
  return { dbPath: app.ctx.dbPath, groupId: group.id };
}

beforeAll(async () => {
  for (let i = 0; i < LANES; i++) lanes.push(await prepareLane());
});

/**
 * Starts the writer and kills it once it has acknowledged `required` batches (0–7 at random; 0 = once it
 * is ready), after a short random delay; in 1 of 8 runs the kill is armed at spawn (required 0), so it can
 * also land while the database is being opened.
 */
function runAndKill(lane: Lane, runId: string): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [CHILD, lane.dbPath, runId, lane.groupId], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const atSpawn = Math.random() < 1 / 8;
    const required = atSpawn ? 0 : Math.floor(Math.random() * MAX_ACKS);
    const acknowledged: string[] = [];
    let begun: string | null = null;
    let armed = false;
    let buffer = '';
    let stderr = '';
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => proc.kill('SIGKILL'), Math.random() * MAX_DELAY_MS);
    };
    if (atSpawn) arm();
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('begin ')) begun = line.slice(6);
        else if (line.startsWith('committed ')) acknowledged.push(line.slice(10));
        if ((line === 'ready' || line.startsWith('committed ')) && acknowledged.length >= required) arm();
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('error', reject);
    // 'close', not 'exit': every line the writer printed before it died has been read.
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${stderr.trim()}`));
      else resolve({ required, acknowledged, begun, killedInTransaction: begun !== null && !acknowledged.includes(begun) });
    });
  });
}

function countByBatch(sqlite: Database.Database, sql: string, runId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name } of sqlite.prepare(sql).all({ pattern: `crash ${runId}-%` }) as { name: string }[]) {
    const batch = name.split(' ')[1]!;
    counts.set(batch, (counts.get(batch) ?? 0) + 1);
  }
  return counts;
}

/** Integrity, foreign keys, all-or-nothing per batch and durability of acknowledged batches. */
function verifyAfterKill(
  sqlite: Database.Database,
  runId: string,
  outcome: RunOutcome,
): { corrupt: number; partial: number; lost: number } {
  const corrupt =
    sqlite.pragma('integrity_check', { simple: true }) === 'ok' && (sqlite.pragma('foreign_key_check') as unknown[]).length === 0 ? 0 : 1;
  const markers = new Map(
    (sqlite.prepare('SELECT key, value FROM settings WHERE key LIKE ?').all(`crash:${runId}-%`) as { key: string; value: string }[]).map(
      (r) => [r.key.slice('crash:'.length), JSON.parse(r.value) as Marker],
    ),
  );
  const persons = countByBatch(sqlite, 'SELECT name FROM persons WHERE name LIKE @pattern', runId);
  const memberships = countByBatch(
    sqlite,
    'SELECT p.name FROM memberships m JOIN persons p ON p.id = m.person_id WHERE p.name LIKE @pattern',
    runId,
  );
  const audit = countByBatch(
    sqlite,
    `SELECT p.name FROM audit_log a JOIN persons p ON a.entity = 'persons' AND a.record_id = p.id WHERE p.name LIKE @pattern
     UNION ALL SELECT p.name FROM audit_log a JOIN memberships m ON a.entity = 'memberships' AND a.record_id = m.id
       JOIN persons p ON p.id = m.person_id WHERE p.name LIKE @pattern`,
    runId,
  );
  let partial = 0;
  for (const batch of new Set([...markers.keys(), ...persons.keys(), ...memberships.keys(), ...audit.keys()])) {
    const marker = markers.get(batch);
    const found = { persons: persons.get(batch) ?? 0, memberships: memberships.get(batch) ?? 0, audit: audit.get(batch) ?? 0 };
    if (!marker || marker.persons !== found.persons || marker.memberships !== found.memberships || marker.audit !== found.audit)
      partial += 1;
  }
  const lost = outcome.acknowledged.filter((batch) => !markers.has(batch)).length;
  return { corrupt, partial, lost };
}

describe('crash safety under SIGKILL (checklist D2)', () => {
  it(`keeps every transaction whole over ${RUNS} random kills`, { timeout: 15 * 60_000 }, async () => {
    const started = Date.now();
    const totals = { runs: 0, required: 0, acknowledged: 0, killedInTransaction: 0, partial: 0, lost: 0, corrupt: 0, chainChecks: 0 };
    const runLane = async (lane: Lane, index: number) => {
      for (let run = index; run < RUNS; run += LANES) {
        const runId = `r${run}`;
        const outcome = await runAndKill(lane, runId);
        const sqlite = new Database(lane.dbPath);
        try {
          const { corrupt, partial, lost } = verifyAfterKill(sqlite, runId, outcome);
          totals.corrupt += corrupt;
          totals.partial += partial;
          totals.lost += lost;
          if (run % 25 === 24 || run >= RUNS - LANES) {
            expect(verifyAuditChain(sqlite), `audit chain after run ${run}`).toMatchObject({ ok: true });
            totals.chainChecks += 1;
          }
        } finally {
          sqlite.close();
        }
        totals.runs += 1;
        totals.required += outcome.required;
        totals.acknowledged += outcome.acknowledged.length;
        if (outcome.killedInTransaction) totals.killedInTransaction += 1;
      }
    };
    await Promise.all(lanes.map((lane, index) => runLane(lane, index)));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`[crash] ${JSON.stringify(totals)} in ${seconds} s\n`);
    expect(totals).toMatchObject({ runs: RUNS, partial: 0, lost: 0, corrupt: 0 });
    // liveness in work done: every kill waited for its acknowledgements, and most kills hit a transaction
    expect(totals.acknowledged).toBeGreaterThanOrEqual(totals.required);
    expect(totals.required).toBeGreaterThan(RUNS);
    expect(totals.killedInTransaction).toBeGreaterThan(RUNS / 4);
  });

  it('the checker itself flags a batch that is only partly there (negative control)', () => {
    const sqlite = new Database(lanes[0]!.dbPath);
    try {
      sqlite
        .prepare("INSERT INTO settings (key, value) VALUES ('crash:probe-0', ?)")
        .run(JSON.stringify({ persons: 1, memberships: 1, audit: 2 }));
      sqlite.exec(`INSERT INTO persons (id, owner, version, created_at, updated_at, name, region_code)
        VALUES ('00000000-0000-4000-8000-000000000001', '23', 1, '2026-11-23', '2026-11-23', 'crash probe-1 0', '23')`);
      expect(verifyAfterKill(sqlite, 'probe', { required: 0, acknowledged: ['probe-2'], begun: null, killedInTransaction: false })).toEqual(
        {
          corrupt: 0,
          partial: 2,
          lost: 1,
        },
      );
    } finally {
      sqlite.close();
    }
  });
});
