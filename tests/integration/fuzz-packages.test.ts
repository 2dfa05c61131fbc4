import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { PACKAGE_LIMITS } from '../../src/main/domain/packages/format';
import { decodeContainer } from '../../src/main/services/packages/codec';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { inspectPackage, verifyPackageBytes } from '../../src/main/services/packages/import-service';
import { DomainError } from '../../src/shared/contract/errors';
import { caller } from '../helpers/call';
import { Prng } from '../../src/main/services/generator/prng';
import { classPlan, makeCase, wrongOwner, type FuzzCase } from '../helpers/package-fuzz';
import { exportPackageBytes, importInput, importPackageResult, startFromTemplate } from '../helpers/packages';
import { logicalDump } from '../helpers/temp';
import { personFields } from '../helpers/setup';

/**
 * Package fuzzing (issue #7): SAMPLAN_PACKAGE_FUZZ_RUNS (default 10 000, the CI setting) damaged or
 * hostile package files — byte flips, truncation, trailing bytes, edited JSON text, wrong types,
 * huge strings, deep nesting, decompression bombs, prototype-pollution keys, duplicate ids, wrong
 * counts, random JSON and random bytes. Every one goes through verification (the pure part of an
 * import); every 25th hostile one also through a package-import job's work (the job path's input
 * schema, service and typed error, run in-process) and every 50th through the `packages:inspect` channel.
 * None may be accepted, none may throw anything but a one-line rejection, the receiving database must
 * not change, memory must stay bounded, and the work is bounded: no case makes verification read more
 * decompressed text than the format's limits allow for its file size (work done, not wall time).
 * Wrong owners are verified packages by design: the dry run must ignore every foreign record.
 */
const RUNS = Math.max(10_000, Number(process.env.SAMPLAN_PACKAGE_FUZZ_RUNS ?? 10_000));
const SEED = Number(process.env.SAMPLAN_PACKAGE_FUZZ_SEED ?? 20261123);
const MAX_HEAP_GROWTH = 256 * 1024 * 1024;
const MAX_RSS_GROWTH = 512 * 1024 * 1024;

let sender: StartedApp;
let receiver: StartedApp;
let packages: Buffer[];
const canonicalOf = new Map<Buffer, string>();

function totalChanges(app: StartedApp): number {
  return (app.ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

beforeAll(async () => {
  sender = await startFromTemplate('23');
  receiver = await startFromTemplate('NORRA');
  const { ok } = caller(sender);
  for (const name of ['Åsa Öberg', 'Bertil Ek', 'Cecilia Lind']) {
    await ok('persons:create', { ...personFields, name });
  }
  await ok('fixed-contributions:create', { regionCode: '23', year: 2026, recipient: 'RCC Norr', label: 'RCC', amountOre: 100 });
  const valid = (await exportPackageBytes(sender, { scope: 'own' })).bytes;
  await ok('keys:generate', {});
  const signed = (await exportPackageBytes(sender, { scope: 'own', sign: true })).bytes;
  packages = [valid, signed];
  for (const bytes of packages) {
    const pkg = await verifyPackageBytes(bytes);
    canonicalOf.set(bytes, canonicalJson({ manifest: pkg.manifest, payload: pkg.payload }));
  }
}, 120_000);

afterAll(async () => {
  await sender.opened.close();
  await receiver.opened.close();
});

type Figures = {
  inputs: number;
  /** The largest share of its file's decompression allowance any case made verification read (≤ 1). */
  maxWorkShare: number;
  largestWork: string;
  accepted: number;
  crashes: number;
  harmless: number;
  maxMs: number;
  slowest: string;
  channelCalls: number;
  partialWrites: number;
};

/** Verifies one case; returns 'rejected', or 'harmless' when it decodes to exactly its source package. */
async function verifyCase(c: FuzzCase, figures: Figures): Promise<'rejected' | 'harmless' | 'accepted' | 'crash'> {
  const started = performance.now();
  const outcome = await verifyPackageBytes(c.bytes).then(
    (pkg) =>
      !c.strict && canonicalJson({ manifest: pkg.manifest, payload: pkg.payload }) === canonicalOf.get(c.source) ? 'harmless' : 'accepted',
    (error: unknown) =>
      error instanceof DomainError && error.code === 'VALIDATION' && /^Package rejected: [^\n]+$/.test(error.message)
        ? 'rejected'
        : 'crash',
  );
  const ms = performance.now() - started;
  if (ms > figures.maxMs) {
    figures.maxMs = ms;
    figures.slowest = c.kind;
  }
  const share = (await decodedBytes(c.bytes)) / decodeAllowance(c.bytes);
  if (share > figures.maxWorkShare) {
    figures.maxWorkShare = share;
    figures.largestWork = c.kind;
  }
  return outcome;
}

/** The most decompressed bytes the format lets verification read of a file of this size (PACKAGE_LIMITS). */
function decodeAllowance(file: Buffer): number {
  const { maxDecompressedBytes, maxCompressionRatio, minDecompressedAllowance } = PACKAGE_LIMITS;
  return Math.min(maxDecompressedBytes, Math.max(minDecompressedAllowance, file.length * maxCompressionRatio));
}

/** The decompressed bytes every later step of verification reads (linear work each), or 0 when the container is refused. */
async function decodedBytes(file: Buffer): Promise<number> {
  try {
    return Buffer.byteLength(await decodeContainer(file), 'utf8');
  } catch {
    return 0;
  }
}

/** The same case through an import job's work or the inspect channel: refused with one line, and not a single row changed. */
async function throughApp(c: FuzzCase, path: 'import-job' | 'packages:inspect', figures: Figures): Promise<void> {
  const before = totalChanges(receiver);
  const input = importInput(c.bytes);
  const result = path === 'import-job' ? await importPackageResult(receiver, input) : await caller(receiver).raw(path, input);
  figures.channelCalls += 1;
  if (result.ok) figures.accepted += 1;
  else if (result.error.message.includes('\n') || result.error.code === 'INTERNAL') figures.crashes += 1;
  if (totalChanges(receiver) !== before) figures.partialWrites += 1;
}

const newFigures = (): Figures => ({
  inputs: 0,
  maxWorkShare: 0,
  largestWork: '',
  accepted: 0,
  crashes: 0,
  harmless: 0,
  maxMs: 0,
  slowest: '',
  channelCalls: 0,
  partialWrites: 0,
});

type Campaign = { figures: Figures; perClass: Record<string, number>; heapGrowth: number; rssGrowth: number };

/** Runs every class of the plan; the logical dump of the receiver is compared every 2 000 inputs. */
async function runCampaign(rng: Prng, dumpBefore: string): Promise<Campaign> {
  const figures = newFigures();
  const perClass: Record<string, number> = {};
  const baseline = process.memoryUsage();
  let maxHeap = baseline.heapUsed;
  let maxRss = baseline.rss;
  let strictSeen = 0;
  for (const [kind, count] of classPlan(RUNS)) {
    for (let i = 0; i < count; i++) {
      const c = makeCase(kind, rng, packages);
      const outcome = await verifyCase(c, figures);
      figures.inputs += 1;
      perClass[kind] = (perClass[kind] ?? 0) + 1;
      if (outcome === 'accepted') figures.accepted += 1;
      if (outcome === 'crash') figures.crashes += 1;
      if (outcome === 'harmless') figures.harmless += 1;
      if (outcome === 'rejected' && c.strict && ++strictSeen % 25 === 0)
        await throughApp(c, strictSeen % 50 === 0 ? 'packages:inspect' : 'import-job', figures);
      if (figures.inputs % 100 === 0) {
        const memory = process.memoryUsage();
        maxHeap = Math.max(maxHeap, memory.heapUsed);
        maxRss = Math.max(maxRss, memory.rss);
      }
      if (figures.inputs % 2000 === 0) expect(logicalDump(receiver)).toBe(dumpBefore);
    }
  }
  return { figures, perClass, heapGrowth: maxHeap - baseline.heapUsed, rssGrowth: maxRss - baseline.rss };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

describe('package fuzzing: damaged and hostile package files', () => {
  it(`refuses ${RUNS} generated packages: none accepted, no crash, database unchanged, bounded work and memory`, async () => {
    for (const bytes of packages) {
      expect(
        await verifyCase({ kind: 'control', bytes, strict: true, source: bytes }, newFigures()),
        'the harness sees an accepted package',
      ).toBe('accepted');
    }
    const dumpBefore = logicalDump(receiver);
    const started = performance.now();
    const { figures, perClass, heapGrowth, rssGrowth } = await runCampaign(new Prng(SEED), dumpBefore);
    console.log(
      `package fuzz: ${figures.inputs} inputs (${Object.entries(perClass)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}); ` +
        `${figures.channelCalls} also through an import job or packages:inspect; accepted ${figures.accepted}, crashes ${figures.crashes}, ` +
        `partial writes ${figures.partialWrites}, identical-content no-ops ${figures.harmless}; slowest ${figures.maxMs.toFixed(1)} ms (${figures.slowest}); ` +
        `most decompressed text read ${(figures.maxWorkShare * 100).toFixed(1)} % of the allowance (${figures.largestWork}); ` +
        `max heap growth ${mb(heapGrowth)}, max RSS growth ${mb(rssGrowth)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
    );
    expect(figures.inputs).toBeGreaterThanOrEqual(10_000);
    expect(figures.channelCalls).toBeGreaterThanOrEqual(200);
    expect(figures).toMatchObject({ accepted: 0, crashes: 0, partialWrites: 0 });
    expect(figures.harmless).toBeLessThan(figures.inputs / 100);
    expect(figures.maxWorkShare).toBeLessThanOrEqual(1);
    expect(figures.maxWorkShare, 'the harness measures the work').toBeGreaterThan(0);
    expect(heapGrowth).toBeLessThan(MAX_HEAP_GROWTH);
    expect(rssGrowth).toBeLessThan(MAX_RSS_GROWTH);
    expect(logicalDump(receiver)).toBe(dumpBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);

  it('wrong owners: the package verifies, but the dry run ignores every record the sender does not own', async () => {
    const rng = new Prng(SEED + 1);
    const dumpBefore = logicalDump(receiver);
    const source = packages[0]!;
    for (let i = 0; i < 300; i++) {
      const { bytes, owner } = wrongOwner(rng, source, ['NATIONAL', 'NORRA', '01', '24', 'SODRA']);
      const inspection = await inspectPackage(receiver.ctx, { fileName: 'p.samplan', contentBase64: bytes.toString('base64') });
      const ignored = inspection.preview.ignored.filter((g) => g.owner === owner);
      expect(
        ignored.reduce((n, g) => n + g.count, 0),
        `owner ${owner}`,
      ).toBeGreaterThanOrEqual(1);
    }
    expect(logicalDump(receiver)).toBe(dumpBefore);
  }, 120_000);
});
