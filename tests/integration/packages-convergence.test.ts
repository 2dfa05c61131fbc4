import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { applyVerifiedPackage } from '../../src/main/services/packages/apply';
import { alreadyImported, signerOf, verifyPackageBytes } from '../../src/main/services/packages/import-service';
import type { PackageScope } from '../../src/shared/contract/packages';
import { caller } from '../helpers/call';
import { decodeDocument, exportPackageBytes, startFromTemplate, travellingState } from '../helpers/packages';

/**
 * Model-based convergence (reliability checklist S1, S2, S5, I5): 2–5 regions and their
 * healthcare-region coordinator change persons, memberships and costs at random, export (full or
 * changes since the last package, to someone or no one) and import each other's packages in random
 * order with repetitions. Then every package ever written is imported into fresh observers in
 * random orders: all observers agree, every origin's records equal the origin's own, no tombstoned
 * record comes back, re-imports change nothing and money sums are exact to the öre.
 * SAMPLAN_FUZZ_RUNS raises the number of runs (nightly).
 */
const RUNS = Number(process.env.SAMPLAN_FUZZ_RUNS ?? 50);
const REGIONS = ['23', '24', '22', '25', '01'];
const COORDINATOR = 'NORRA';
const NAMES = ['Åsa Öberg', 'Bo Ek', 'Eva Lind', 'Örjan Ärlig'];

type Command =
  | { kind: 'person'; who: number; name: number }
  | { kind: 'rename'; who: number; pick: number; name: number }
  | { kind: 'end-person'; who: number; pick: number }
  | { kind: 'membership'; who: number; pick: number; group: number; bp: number }
  | { kind: 'allocation'; who: number; pick: number; bp: number }
  | { kind: 'remove-membership'; who: number; pick: number }
  | { kind: 'cost'; who: number; amount: number }
  | { kind: 'change-cost'; who: number; pick: number; amount: number }
  | { kind: 'remove-cost'; who: number; pick: number }
  | { kind: 'export'; who: number; to: number | null; sinceLast: boolean }
  | { kind: 'import'; who: number; pkg: number };

const who = fc.nat(5);
const pick = fc.nat(20);
const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const weighted = (weight: number, arbitrary: fc.Arbitrary<Command>) => ({ weight, arbitrary });
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  weighted(4, fc.record({ kind: fc.constant('person' as const), who, name: fc.nat(3) })),
  weighted(2, fc.record({ kind: fc.constant('rename' as const), who, pick, name: fc.nat(3) })),
  weighted(1, fc.record({ kind: fc.constant('end-person' as const), who, pick })),
  weighted(
    4,
    fc.record({ kind: fc.constant('membership' as const), who, pick, group: fc.nat(5), bp: fc.integer({ min: 0, max: 10_000 }) }),
  ),
  weighted(2, fc.record({ kind: fc.constant('allocation' as const), who, pick, bp: fc.integer({ min: 0, max: 10_000 }) })),
  weighted(2, fc.record({ kind: fc.constant('remove-membership' as const), who, pick })),
  weighted(3, fc.record({ kind: fc.constant('cost' as const), who, amount })),
  weighted(2, fc.record({ kind: fc.constant('change-cost' as const), who, pick, amount })),
  weighted(2, fc.record({ kind: fc.constant('remove-cost' as const), who, pick })),
  weighted(3, fc.record({ kind: fc.constant('export' as const), who, to: fc.option(fc.nat(5), { nil: null }), sinceLast: fc.boolean() })),
  weighted(4, fc.record({ kind: fc.constant('import' as const), who, pkg: fc.nat(1000) })),
);

type Participant = { app: StartedApp; owner: string; scope: PackageScope };

function live(app: StartedApp, table: 'persons' | 'memberships' | 'fixed_contributions', owner: string): Record<string, unknown>[] {
  return app.ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE owner = ? AND deleted_at IS NULL ORDER BY id`).all(owner) as Record<
    string,
    unknown
  >[];
}

const at = <T>(rows: T[], index: number): T | undefined => (rows.length === 0 ? undefined : rows[index % rows.length]);

/** An import as the channel does it (verify, signer, already imported, one transaction) without the backup. */
async function importQuietly(app: StartedApp, bytes: Buffer): Promise<number> {
  const pkg = await verifyPackageBytes(bytes);
  signerOf(app.ctx, pkg);
  if (alreadyImported(app.ctx, pkg)) return 0;
  // Every order is the point here: a package to someone else, an older one, or one with rejections is confirmed.
  const outcome = applyVerifiedPackage(app.ctx, pkg, {
    dryRun: false,
    confirmMassDeletion: true,
    confirmRecipient: true,
    confirmOlder: true,
    acceptRejected: true,
    trustSigner: false,
  });
  return outcome.totals.rejected;
}

async function change(p: Participant, command: Command): Promise<void> {
  const { ok } = caller(p.app);
  const region = p.owner === COORDINATOR ? '23' : p.owner;
  const persons = live(p.app, 'persons', p.owner);
  const memberships = live(p.app, 'memberships', p.owner);
  const costs = live(p.app, 'fixed_contributions', p.owner);
  const personFields = (name: number) => ({
    name: NAMES[name]!,
    email: null,
    phone: null,
    regionCode: p.owner === COORDINATOR ? null : p.owner,
    organisationId: null,
    profession: null,
    gender: null,
    notes: null,
  });
  if (command.kind === 'person') await ok('persons:create', personFields(command.name));
  const person = 'pick' in command ? at(persons, command.pick) : undefined;
  const membership = 'pick' in command ? at(memberships, command.pick) : undefined;
  const cost = 'pick' in command ? at(costs, command.pick) : undefined;
  if (command.kind === 'rename' && person)
    await ok('persons:update', { id: String(person.id), version: Number(person.version), ...personFields(command.name) });
  if (command.kind === 'end-person' && person && person.ended_on === null)
    await ok('persons:end', { id: String(person.id), version: Number(person.version), endDate: '2027-06-30' });
  if (command.kind === 'membership' && person) {
    const group = p.app.ctx.sqlite
      .prepare("SELECT id FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1 OFFSET ?")
      .get(command.group) as { id: string };
    await ok('memberships:create', {
      personId: String(person.id),
      groupId: group.id,
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: command.bp,
      status: 'DECIDED',
      notes: null,
    });
  }
  if (command.kind === 'allocation' && membership) {
    const m = membership as Record<string, string | number | null>;
    await ok('memberships:update', {
      id: String(m.id),
      version: Number(m.version),
      personId: String(m.person_id),
      groupId: String(m.group_id),
      seatId: null,
      role: 'MEMBER',
      startDate: String(m.start_date),
      endDate: m.end_date === null ? null : String(m.end_date),
      allocationBp: command.bp,
      status: m.status as 'DECIDED',
      notes: null,
    });
  }
  if (command.kind === 'remove-membership' && membership)
    await ok('memberships:delete', { id: String(membership.id), version: Number(membership.version) });
  const costFields = (amountOre: number) => ({ regionCode: region, year: 2026, recipient: 'RCC', label: 'Avgift', amountOre });
  if (command.kind === 'cost') await ok('fixed-contributions:create', costFields(command.amount));
  if (command.kind === 'change-cost' && cost)
    await ok('fixed-contributions:update', { id: String(cost.id), version: Number(cost.version), ...costFields(command.amount) });
  if (command.kind === 'remove-cost' && cost)
    await ok('fixed-contributions:delete', { id: String(cost.id), version: Number(cost.version) });
}

async function exportFrom(p: Participant, all: Participant[], to: number | null, sinceLast: boolean): Promise<Buffer> {
  const recipient = to === null ? null : all[to % all.length]!.owner;
  return (await exportPackageBytes(p.app, { scope: p.scope, recipient, sinceLast })).bytes;
}

function tombstonedIds(pool: readonly Buffer[]): Set<string> {
  const ids = new Set<string>();
  for (const bytes of pool) {
    for (const records of Object.values(decodeDocument(bytes).payload))
      for (const r of records) if (r.deletedAt !== null) ids.add(String(r.id));
  }
  return ids;
}

const liveSum = (app: StartedApp, owner: string) =>
  (
    app.ctx.sqlite
      .prepare('SELECT COALESCE(SUM(amount_ore), 0) AS s FROM fixed_contributions WHERE owner = ? AND deleted_at IS NULL')
      .get(owner) as { s: number }
  ).s;

const OBSERVER = '03';

/**
 * A package addressed to another region leaves out what that region holds itself (its own records), so an
 * observer who confirms it before that region's own package may reject a record referring to one; every
 * other package must import without a rejection. Convergence is judged on the final state below.
 */
async function observe(pool: readonly Buffer[], order: readonly number[]): Promise<StartedApp> {
  const observer = await startFromTemplate(OBSERVER);
  for (const index of order) {
    const bytes = pool[index % pool.length]!;
    const recipient = decodeDocument(bytes).manifest['recipient'];
    const rejected = await importQuietly(observer, bytes);
    if (recipient === null || recipient === undefined || recipient === OBSERVER) expect(rejected).toBe(0);
  }
  return observer;
}

/** Every package once in an order given by random keys, after a random prefix of repetitions. */
function shuffled(count: number, keys: readonly number[]): number[] {
  const key = (i: number) => keys[i % Math.max(1, keys.length)]! * 31 + i;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (keys.length === 0 ? b - a : key(a) - key(b) || a - b));
  return [...keys.map((k) => k % count), ...order];
}

async function close(apps: StartedApp[]): Promise<void> {
  for (const app of apps) {
    await app.opened.close();
    fs.rmSync(path.dirname(app.ctx.dbPath), { recursive: true, force: true });
  }
}

async function checkRun(regionCount: number, commands: Command[], orders: [number[], number[]], repeats: number[]): Promise<void> {
  const participants: Participant[] = [];
  for (const owner of REGIONS.slice(0, regionCount)) participants.push({ app: await startFromTemplate(owner), owner, scope: 'own' });
  participants.push({ app: await startFromTemplate(COORDINATOR), owner: COORDINATOR, scope: 'healthcare-region' });
  const pool: Buffer[] = [];
  const apps = participants.map((p) => p.app);
  try {
    for (const command of commands) {
      const p = participants[command.who % participants.length]!;
      if (command.kind === 'export') pool.push(await exportFrom(p, participants, command.to, command.sinceLast));
      else if (command.kind === 'import') {
        if (pool.length > 0) expect(await importQuietly(p.app, pool[command.pkg % pool.length]!)).toBe(0);
      } else await change(p, command);
    }
    for (const p of participants) pool.push(await exportFrom(p, participants, null, false));
    const coordinator = participants.at(-1)!;
    pool.push((await exportPackageBytes(coordinator.app, { scope: 'own' })).bytes);

    const [one, two] = [await observe(pool, shuffled(pool.length, orders[0])), await observe(pool, shuffled(pool.length, orders[1]))];
    apps.push(one, two);
    const owners = participants.map((p) => p.owner);
    const state = travellingState(one, owners);
    expect(travellingState(two, owners)).toBe(state);
    for (const p of participants) {
      expect(travellingState(one, [p.owner])).toBe(travellingState(p.app, [p.owner]));
      expect(liveSum(one, p.owner)).toBe(liveSum(p.app, p.owner));
    }
    for (const id of tombstonedIds(pool)) {
      const rows = ['persons', 'memberships', 'fixed_contributions'].map(
        (t) => one.ctx.sqlite.prepare(`SELECT deleted_at FROM ${t} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined,
      );
      expect(
        rows.some((r) => r !== undefined && r.deleted_at !== null),
        `tombstone ${id}`,
      ).toBe(true);
    }
    for (const index of repeats) await importQuietly(one, pool[index % pool.length]!);
    expect(travellingState(one, owners)).toBe(state);
    expect(verifyAuditChain(one.ctx.sqlite).ok).toBe(true);
  } finally {
    await close(apps);
  }
}

describe('package exchange converges (model-based)', () => {
  it(`same final state in every order, no resurrection, idempotent, exact money (${RUNS} runs)`, { timeout: 30 * 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.array(commandArb, { minLength: 10, maxLength: 40, size: 'max' }),
        fc.tuple(fc.array(fc.nat(1000), { maxLength: 12 }), fc.array(fc.nat(1000), { maxLength: 12 })),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 4 }),
        (regionCount, commands, orders, repeats) => checkRun(regionCount, commands, orders, repeats),
      ),
      { numRuns: RUNS },
    );
  });
});
