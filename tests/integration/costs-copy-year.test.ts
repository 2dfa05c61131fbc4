import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CopyYearResult } from '../../src/shared/contract/cost/roll';
import { wordMessage } from '../../src/shared/messages';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { setUpSeed001 } from '../helpers/costs';
import { logicalDump, startTestApp, tempDir } from '../helpers/temp';

const auditCount = (app: Awaited<ReturnType<typeof startTestApp>>, entity: string) =>
  (app.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND action = ?').get(entity, 'create') as { n: number }).n;

describe('a cost item salary changed on 1 April', () => {
  it('costs the days under each salary and shows both segments in the trace', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId, items } = await setUpSeed001(app);
    const first = items[0]!;
    const body = {
      kind: 'STAFFED_ROLE' as const,
      label: first.label,
      role: 'PROCESS_LEADER',
      allocationBp: 10_000,
      monthlySalaryOre: 6_500_000,
    };
    await ok('cost-items:update', {
      ...body,
      id: first.id,
      version: first.version,
      year: 2024,
      salaryChanges: [{ effectiveDate: '2024-04-01', monthlySalaryOre: 6_800_000 }],
    });
    const report = await ok('cost-report:hosting', { hostingId, year: 2024 });
    const line = report.lines.find((l) => l.costItemId === first.id)!;
    if (line.trace.kind !== 'STAFFED_ROLE') throw new Error('not staffed');
    expect(line.trace.segments.map((s) => [s.from, s.to, s.days, s.monthlySalaryOre])).toEqual([
      ['2024-01-01', '2024-03-31', 91, '6500000'],
      ['2024-04-01', '2024-12-31', 275, '6800000'],
    ]);
    // 12 × 1,5228 × (65 000 × 91 + 68 000 × 275) / 366 kr = 1 228 974,49 kr
    const exact = (12 * 15_228 * (6_500_000 * 91 + 6_800_000 * 275)) / (10_000 * 366);
    expect(line.costOre).toBe(Math.round(exact));
    expect(line.costOre).toBe(122_897_449);
    // a change outside the year, or before the first salary, is refused in Swedish
    const outside = await raw('cost-items:update', {
      ...body,
      id: first.id,
      version: first.version + 1,
      year: 2024,
      salaryChanges: [{ effectiveDate: '2025-04-01', monthlySalaryOre: 1 }],
    });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'roll.salaryDateNotInYear' } } });
    const early = await raw('cost-items:update', {
      ...body,
      id: first.id,
      version: first.version + 1,
      year: 2024,
      salaryEffectiveDate: '2024-05-01',
      salaryChanges: [{ effectiveDate: '2024-04-01', monthlySalaryOre: 1 }],
    });
    expect(early).toMatchObject({ ok: false, error: { detail: { key: 'roll.salaryChangeOrder' } } });
    await app.opened.close();
  });
});

describe('copy to next year', () => {
  it('copies a hosting’s items with an index in one audited transaction, refuses a second copy, and skips what exists', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId, items } = await setUpSeed001(app);
    const first = items[0]!;
    await ok('cost-items:update', {
      kind: 'STAFFED_ROLE',
      id: first.id,
      version: first.version,
      year: 2024,
      label: first.label,
      role: 'PROCESS_LEADER',
      allocationBp: 10_000,
      monthlySalaryOre: 6_500_000,
      salaryChanges: [{ effectiveDate: '2024-04-01', monthlySalaryOre: 6_800_000 }],
    });
    await ok('cost-items:create', { hostingId, year: 2024, kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 10_000_050 });
    const created = auditCount(app, 'cost_items');
    const result = await ok('costs:copy-year', { target: { kind: 'HOSTING', hostingId }, fromYear: 2024, indexBp: 10_300 });
    expect(result).toEqual({
      fromYear: 2024,
      toYear: 2025,
      indexBp: 10_300,
      copied: [
        { label: 'Processledare NPO Endokrina sjukdomar', amountOre: 7_004_000 }, // 68 000 (from 1 April) × 1,03
        { label: 'Processledare NPO Levnadsvanor', amountOre: 6_695_000 },
        { label: 'Resor', amountOre: 10_300_052 }, // 100 000,50 × 1,03 = 103 000,515 → 103 000,52
      ],
      skipped: [],
    });
    expect(auditCount(app, 'cost_items')).toBe(created + 3);
    const detail = await ok('hostings:get', { id: hostingId });
    const next = detail.items.filter((i) => i.year === 2025);
    expect(next.map((i) => [i.label, i.monthlySalaryOre, i.salaryEffectiveDate, i.salaryChanges, i.amountOre])).toEqual([
      ['Processledare NPO Endokrina sjukdomar', 7_004_000, '2025-01-01', [], null],
      ['Processledare NPO Levnadsvanor', 6_695_000, '2025-01-01', [], null],
      ['Resor', null, null, [], 10_300_052],
    ]);

    const dump = logicalDump(app);
    const again = await raw('costs:copy-year', { target: { kind: 'HOSTING', hostingId }, fromYear: 2024 });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'roll.nextYearHasItems', params: { year: 2025 } } },
    });
    expect(wordMessage('sv', 'roll.nextYearHasItems', { year: 2025 })).toMatch(/^Värdskapet har redan kostnadsposter för 2025\./);
    expect(logicalDump(app)).toBe(dump);

    const travel = next.find((i) => i.label === 'Resor')!;
    await ok('cost-items:delete', { id: travel.id, version: travel.version });
    const skip = await ok('costs:copy-year', { target: { kind: 'HOSTING', hostingId }, fromYear: 2024, existing: 'SKIP' });
    expect(skip.copied).toEqual([{ label: 'Resor', amountOre: 10_000_050 }]);
    expect(skip.skipped).toEqual(['Processledare NPO Endokrina sjukdomar', 'Processledare NPO Levnadsvanor']);
    await app.opened.close();
  });

  it('copies a region’s fixed contributions and refuses years the hosting does not cover', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId } = await setUpSeed001(app);
    await ok('fixed-contributions:create', { regionCode: '23', year: 2024, recipient: 'RCC Norr', label: 'RCC', amountOre: 195_000_000 });
    await ok('fixed-contributions:create', { regionCode: '23', year: 2024, recipient: 'SKR', label: 'Tjänster', amountOre: 38_500_000 });
    const result = await ok('costs:copy-year', { target: { kind: 'CONTRIBUTIONS', regionCode: '23' }, fromYear: 2024, indexBp: 10_250 });
    expect(result.copied).toEqual([
      { label: 'RCC', amountOre: 199_875_000 },
      { label: 'Tjänster', amountOre: 39_462_500 },
    ]);
    const rows = await ok('fixed-contributions:list', { regionCode: '23', year: 2025 });
    expect(rows.map((r) => [r.recipient, r.amountOre])).toEqual([
      ['RCC Norr', 199_875_000],
      ['SKR', 39_462_500],
    ]);
    const again = await raw('costs:copy-year', { target: { kind: 'CONTRIBUTIONS', regionCode: '23' }, fromYear: 2024 });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'roll.nextYearHasContributions', params: { region: 'Region Jämtland Härjedalen' } } },
    });
    const nothing = await raw('costs:copy-year', { target: { kind: 'CONTRIBUTIONS', regionCode: '23' }, fromYear: 2020 });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'roll.nothingToCopy' } } });

    const version = (await ok('hostings:get', { id: hostingId })).hosting.version;
    const hosting = await ok('hostings:get', { id: hostingId });
    await ok('hostings:update', {
      id: hostingId,
      version,
      groupId: hosting.hosting.groupId,
      hostHealthcareRegionCode: 'NORRA',
      status: 'ACTIVE',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    });
    const ended = await raw('costs:copy-year', { target: { kind: 'HOSTING', hostingId }, fromYear: 2024 });
    expect(ended).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'hosting.notInYear', params: { year: 2025 } } } });
    await app.opened.close();
  });
});

describe('costs copy-year on the command line', () => {
  it('copies by group name with --index in percent, and answers bad input with one Swedish line and exit 1', async () => {
    const dir = tempDir();
    const app = await startTestApp({ dir });
    await setUpSeed001(app);
    await app.opened.close();
    const db = path.join(dir, 'samplan.db');
    const run = runCliProcess([
      '--db',
      db,
      'costs',
      'copy-year',
      '--hosting',
      'Endokrina sjukdomar',
      '--from',
      '2024',
      '--index',
      '2,5',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as CopyYearResult;
    expect(result).toMatchObject({ toYear: 2025, indexBp: 10_250, skipped: [] });
    expect(result.copied.map((c) => c.amountOre)).toEqual([6_662_500, 6_662_500]);
    const text = runCliProcess(['--db', db, 'costs', 'copy-year', '--hosting', 'Endokrina sjukdomar', '--from', '2024', '--skip-existing']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Kopierade 0 poster från 2024 till 2025');
    expect(text.stdout).toContain(
      'Fanns redan för 2025 (hoppades över): Processledare NPO Endokrina sjukdomar, Processledare NPO Levnadsvanor',
    );
    const cases: [string[], RegExp][] = [
      [['--from', '2024'], /^ange antingen --hosting eller --contributions/],
      [['--hosting', 'Endokrina sjukdomar', '--from', '24'], /^--from tar året att kopiera från/],
      [['--hosting', 'Endokrina sjukdomar', '--from', '2024', '--index', 'tre'], /^--index tar en procentsats/],
      [['--contributions', 'JH', '--from', '2024'], /^--contributions tar en regionkod/],
      [['--hosting', 'Finns inte', '--from', '2024'], /^inget värdskap för gruppen ”Finns inte”/],
      [['--hosting', 'Endokrina sjukdomar', '--from', '2024'], /^Värdskapet har redan kostnadsposter för 2025\./],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess(['--db', db, 'costs', 'copy-year', ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.replace(/^samplan: /, '')).toMatch(message);
    }
  });
});

describe('a salary-index scenario', () => {
  it('raises salaries stated for the year too ("Löneindex +3 %" changes the figures), shown in the trace', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    await setUpSeed001(app);
    const scenario = await ok('scenarios:create', {
      name: 'Löneindex +3 %',
      overrides: [{ kind: 'SALARY_INDEX', year: 2024, indexBp: 10_300 }],
    });
    const plan = await ok('cost-report:year', { year: 2024 });
    const raised = await ok('cost-report:year', { year: 2024, scenarioId: scenario.id });
    expect(plan.totals.hostingsOre).toBe(237_556_800);
    // 65 000 × 1,03 = 66 950 kr a month: 2 × 66 950 × 12 × 1,5228 = 2 446 835,04 kr
    expect(raised.totals.hostingsOre).toBe(244_683_504);
    const trace = raised.hostings[0]?.lines[0]?.trace;
    if (trace?.kind !== 'STAFFED_ROLE') throw new Error('not staffed');
    expect(trace.salary).toMatchObject({ source: 'STATED', monthlySalaryOre: '6695000', scenarioFactor: '103/100' });
    await app.opened.close();
  });
});
