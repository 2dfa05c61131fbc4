import { describe, expect, it } from 'vitest';
import { caller } from '../helpers/call';
import { groupId, SEED001_SHARES, SEED001_TOTAL_ORE, setUpSeed001 } from '../helpers/costs';
import { logicalDump, startTestApp } from '../helpers/temp';
import { personFields } from '../helpers/setup';

const sum = (shares: { shareOre: number }[]) => shares.reduce((a, s) => a + s.shareOre, 0);

describe('cost parameters', () => {
  it('shows the reference PO-pålägg until the owner stores its own, then keeps them when one year is set', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    await ok('setup:complete', { ownerCode: 'NORRA' });
    const before = await ok('cost-parameters:list', {});
    expect(before.fromReference).toBe(true);
    expect(before.rows.find((r) => r.year === 2023)).toMatchObject({ poSurchargeBp: 5228, stored: false, id: null, readOnly: false });
    expect(before.rows.find((r) => r.year === 2021)?.poSurchargeBp).toBe(4615);
    const after = await ok('cost-parameters:set', { year: 2024, poSurchargeBp: 5300, salaryIndexBp: 10_300 });
    expect(after.fromReference).toBe(false);
    expect(after.rows.map((r) => r.year)).toEqual([2014, 2019, 2021, 2022, 2023, 2024]);
    expect(after.rows.every((r) => r.stored && r.owner === 'NORRA')).toBe(true);
    const y2024 = after.rows.find((r) => r.year === 2024);
    expect(y2024).toMatchObject({ poSurchargeBp: 5300, salaryIndexBp: 10_300, version: 1 });
    // a reference year shown as not stored can be set without a version; a stored one needs it
    const y2023 = (await ok('cost-parameters:set', { year: 2023, poSurchargeBp: 5229, version: 1 })).rows.find((r) => r.year === 2023);
    expect(y2023).toMatchObject({ poSurchargeBp: 5229, version: 2 });
    const dump = logicalDump(app);
    const stale = await raw('cost-parameters:set', { year: 2024, poSurchargeBp: 1, version: null });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await raw('cost-parameters:set', { year: 2024, poSurchargeBp: -5 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(logicalDump(app)).toBe(dump);
    const audit = app.ctx.sqlite.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'cost_parameters'").get() as { n: number };
    expect(audit.n).toBe(7); // 5 reference rows stored + 2024 created + 2023 updated
    await app.opened.close();
  });
});

describe('hosting, items and split', () => {
  it('reproduces seed 001: two process leaders, split by population of 31 Dec 2023, shares add up to the total', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    const { hostingId } = await setUpSeed001(app);
    const report = await ok('cost-report:hosting', { hostingId, year: 2024 });
    expect(report.lines.map((l) => l.costOre)).toEqual([118_778_400, 118_778_400]);
    expect(report.lines[0]?.trace).toMatchObject({ kind: 'STAFFED_ROLE', formula: '6500000 × 12 × 15228/10000 × 10000/10000 × 366/366' });
    expect(report.totalOre).toBe(SEED001_TOTAL_ORE);
    expect(report.parameters).toMatchObject({ owner: 'NORRA', source: 'STORED', poSurchargeBp: 5228, poYear: 2024, poAssumed: false });
    expect(report.key).toMatchObject({ kind: 'POPULATION', healthcareRegionCode: 'NORRA', populationYearOffset: -1, isDefault: true });
    expect(report.split?.shares.map(({ regionCode, shareOre }) => ({ regionCode, shareOre }))).toEqual(SEED001_SHARES);
    expect(sum(report.split?.shares ?? [])).toBe(report.split?.roundedTotalOre);
    expect(report.split?.trace.weights.every((w) => w.populationYearUsed === 2023)).toBe(true);
    expect(report.split?.trace).toMatchObject({ roundedTotalUnits: 2_375_568, floorSumUnits: 2_375_567, extraUnitsGiven: 1 });
    expect(report.warnings).toEqual([]);
    const jamtland = await ok('cost-report:region', { regionCode: '23', year: 2024 });
    expect(jamtland).toMatchObject({ regionName: 'Region Jämtland Härjedalen', hostingOre: 34_917_800, totalOre: 34_917_800 });
    expect(jamtland.hostingShares[0]).toMatchObject({ hostHealthcareRegionCode: 'NORRA', population: 132_572, populationYearUsed: 2023 });
    expect(jamtland.payees).toEqual([{ kind: 'HOSTING', payee: 'NORRA', amountOre: 34_917_800 }]);
    await app.opened.close();
  });

  it('splits by EQUAL, FIXED_VARIABLE and CUSTOM keys and rounds to the chosen unit; the shares always add up', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    const { hostingId } = await setUpSeed001(app);
    const equal = await ok('allocation-keys:create', { name: 'Lika', kind: 'EQUAL', healthcareRegionCode: 'NORRA' });
    const fixed = await ok('allocation-keys:create', {
      name: 'Halv fast',
      kind: 'FIXED_VARIABLE',
      healthcareRegionCode: 'NORRA',
      fixedPartBp: 5000,
    });
    const shares = [
      { regionCode: '22', shareBp: 2500 },
      { regionCode: '23', shareBp: 1000 },
      { regionCode: '24', shareBp: 3500 },
      { regionCode: '25', shareBp: 3000 },
    ];
    const custom = await ok('allocation-keys:create', { name: 'Avtal', kind: 'CUSTOM', healthcareRegionCode: 'NORRA', shares });
    let version = (await ok('hostings:get', { id: hostingId })).hosting.version;
    const base = {
      id: hostingId,
      groupId: await groupId(app, 'Endokrina sjukdomar'),
      hostHealthcareRegionCode: 'NORRA',
      status: 'ACTIVE' as const,
      startDate: '2024-01-01',
    };
    for (const [key, unit] of [
      [equal, 'KRONA'],
      [fixed, 'HUNDRED_KRONOR'],
      [custom, 'ORE'],
    ] as const) {
      const updated = await ok('hostings:update', { ...base, version, allocationKeyId: key.id, roundingUnit: unit });
      version = updated.hosting.version;
      const report = await ok('cost-report:hosting', { hostingId, year: 2024 });
      expect(report.key).toMatchObject({ allocationKeyId: key.id, kind: key.kind, isDefault: false });
      expect(sum(report.split?.shares ?? [])).toBe(report.split?.roundedTotalOre);
      expect((report.split?.roundedTotalOre ?? 0) % (unit === 'HUNDRED_KRONOR' ? 10_000 : unit === 'KRONA' ? 100 : 1)).toBe(0);
      if (key.kind === 'EQUAL')
        expect(report.split?.shares.map((s) => s.shareOre)).toEqual([59_389_200, 59_389_200, 59_389_200, 59_389_200]);
      if (key.kind === 'CUSTOM') expect(report.split?.shares.find((s) => s.regionCode === '23')?.shareOre).toBe(23_755_680);
      if (key.kind === 'FIXED_VARIABLE') expect(report.split?.trace.weights[0]?.fixedWeight).toBe('1/8');
    }
    await app.opened.close();
  });

  it('costs the region’s own representatives by person or default salary and adds its fixed contributions', async () => {
    const app = await startTestApp();
    const { ok } = caller(app);
    await setUpSeed001(app);
    const npo = await groupId(app, 'Levnadsvanor');
    const anna = await ok('persons:create', {
      name: 'Anna Ek',
      email: null,
      phone: null,
      regionCode: '23',
      organisationId: null,
      profession: 'Läkare',
      gender: null,
      notes: null,
    });
    const bo = await ok('persons:create', { ...personFields, name: 'Bo Al' });
    for (const person of [anna, bo]) {
      await ok('memberships:create', {
        personId: person.id,
        groupId: npo,
        seatId: null,
        role: 'MEMBER',
        startDate: '2023-05-01',
        endDate: null,
        allocationBp: 1000,
        status: 'DECIDED',
        notes: null,
      });
    }
    await ok('default-salaries:set', { year: 2024, role: 'MEMBER', monthlySalaryOre: 9_000_000 });
    await ok('person-salaries:set', { personId: anna.id, effectiveDate: '2023-01-01', monthlySalaryOre: 8_000_000 });
    await ok('fixed-contributions:create', {
      regionCode: '23',
      year: 2024,
      recipient: 'RCC Norr',
      label: 'Regionalt cancercentrum',
      amountOre: 195_000_000,
    });
    const report = await ok('cost-report:region', { regionCode: '23', year: 2024 });
    // Anna: 80 000 kr × 12 × 1.5228 × 10 % = 146 188,80 kr; Bo: default 90 000 kr → 164 462,40 kr
    expect(report.memberships.map((m) => [m.personName, m.costOre, m.trace.salary.source])).toEqual([
      ['Anna Ek', 14_618_880, 'PERSON'],
      ['Bo Al', 16_446_240, 'DEFAULT'],
    ]);
    expect(report).toMatchObject({
      hostingOre: 34_917_800,
      membershipsOre: 31_065_120,
      fixedContributionsOre: 195_000_000,
      totalOre: 260_982_920,
    });
    expect(report.payees).toEqual([
      { kind: 'HOSTING', payee: 'NORRA', amountOre: 34_917_800 },
      { kind: 'OWN_STAFF', payee: '23', amountOre: 31_065_120 },
      { kind: 'CONTRIBUTION', payee: 'RCC Norr', amountOre: 195_000_000 },
    ]);
    await app.opened.close();
  });

  it('keeps ownership: a healthcare region records only its own hostings, a region may plan its healthcare region’s', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    await ok('setup:complete', { ownerCode: '23' });
    const group = await groupId(app, 'Endokrina sjukdomar');
    const dump = logicalDump(app);
    expect(
      await raw('hostings:create', { groupId: group, hostHealthcareRegionCode: 'SODRA', status: 'ACTIVE', startDate: '2024-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await raw('fixed-contributions:create', { regionCode: '24', year: 2024, recipient: 'x', label: 'y', amountOre: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(logicalDump(app)).toBe(dump);
    const planning = await ok('hostings:create', {
      groupId: group,
      hostHealthcareRegionCode: 'NORRA',
      status: 'ACTIVE',
      startDate: '2024-01-01',
    });
    expect(planning.hosting).toMatchObject({ owner: '23', planningCopy: true, readOnly: false });
    await app.opened.close();
  });

  it('rejects bad input with one typed line and leaves the database unchanged', async () => {
    const app = await startTestApp();
    const { ok, raw } = caller(app);
    const { hostingId, items } = await setUpSeed001(app);
    const dump = logicalDump(app);
    const cases: [string, unknown, string][] = [
      ['cost-items:create', { hostingId, year: 2023, kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 100 }, 'VALIDATION'],
      ['cost-items:create', { hostingId, year: 2024, kind: 'STAFFED_ROLE', label: 'X', role: 'R', allocationBp: 10_001 }, 'VALIDATION'],
      ['cost-items:create', { hostingId, year: 2024, kind: 'FIXED_AMOUNT', label: 'Resor', amountOre: 1.5 }, 'VALIDATION'],
      ['cost-items:update', { id: items[0]?.id, version: 7, year: 2024, kind: 'FIXED_AMOUNT', label: 'x', amountOre: 1 }, 'CONFLICT'],
      [
        'allocation-keys:create',
        {
          name: 'Fel',
          kind: 'CUSTOM',
          healthcareRegionCode: 'NORRA',
          shares: [
            { regionCode: '22', shareBp: 5000 },
            { regionCode: '23', shareBp: 4000 },
            { regionCode: '24', shareBp: 500 },
            { regionCode: '25', shareBp: 400 },
          ],
        },
        'VALIDATION',
      ],
      ['allocation-keys:create', { name: 'Fel', kind: 'FIXED_VARIABLE', healthcareRegionCode: 'NORRA' }, 'VALIDATION'],
      [
        'hostings:create',
        {
          groupId: await groupId(app, 'Endokrina sjukdomar'),
          hostHealthcareRegionCode: 'NORRA',
          status: 'ACTIVE',
          startDate: '2025-01-01',
        },
        'CONFLICT',
      ],
      [
        'hostings:update',
        {
          id: hostingId,
          version: 1,
          groupId: await groupId(app, 'Endokrina sjukdomar'),
          hostHealthcareRegionCode: 'NORRA',
          status: 'ACTIVE',
          startDate: '2025-01-01',
        },
        'VALIDATION',
      ],
      ['cost-report:hosting', { hostingId, year: 2023 }, 'VALIDATION'],
      ['cost-report:region', { regionCode: '99', year: 2024 }, 'NOT_FOUND'],
    ];
    for (const [channel, input, code] of cases) {
      const result = await raw(channel as 'cost-items:create', input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${channel}: ${result.error.message}`).toBe(code);
        expect(result.error.message.split('\n')).toHaveLength(1);
      }
    }
    expect(logicalDump(app)).toBe(dump);
    const custom = await raw('allocation-keys:create', cases[4]?.[1]);
    expect(!custom.ok && custom.error.message).toMatch(/10 000/);
    expect((await ok('hostings:get', { id: hostingId })).items).toHaveLength(2);
    await app.opened.close();
  });
});
