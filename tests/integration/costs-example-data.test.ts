/**
 * The example data shows seed 001's figures (section 11): Norra's two hosted NPO with a process leader
 * each cost Region Jämtland Härjedalen about 350 tkr (349 178 kr with the seed's populations), Norra's
 * representatives at 10 % about 5 MSEK, and Jämtland's fixed contributions are there — all as examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { wordMessage } from '../../src/shared/messages';
import { exportPackageBytes, exportPackageResult } from '../helpers/packages';
import { startTestApp } from '../helpers/temp';

let app: StartedApp;

beforeAll(async () => {
  app = await startTestApp();
  const { ok } = caller(app);
  await ok('setup:complete', { ownerCode: 'NORRA' });
  await ok('example:load', {});
});

afterAll(async () => {
  await app.opened.close();
});

describe('example data with the seed’s costs', () => {
  it('gives Jämtland its share of Norra’s two process leaders, 349 178 kr in 2024', async () => {
    const { ok } = caller(app);
    const year = await ok('cost-report:year', { year: 2024, healthcareRegionCode: 'NORRA', scenarioId: null, withLines: true });
    expect(year.hostings.map((h) => [h.groupName, h.totalOre])).toEqual([
      // 65 000 kr × 12 × 1,5228 = 1 187 784 kr a leader
      ['Endokrina sjukdomar', 118_778_400],
      ['Levnadsvanor', 118_778_400],
    ]);
    expect(year.hostings.every((h) => h.lines.every((l) => l.label.endsWith('(exempel)')))).toBe(true);
    const jh = year.regions.find((r) => r.regionCode === '23');
    // 1 187 784 kr × 132 572 / 901 929 = 174 589,02 kr per hosting, twice
    expect(jh?.hostingOre).toBe(34_917_800);
    const invoice = await ok('invoice:get', {
      regionCode: '23',
      hostHealthcareRegionCode: 'NORRA',
      year: 2024,
      instalments: 'yearly',
      budgetId: null,
    });
    expect(invoice.totalOre).toBe(34_917_800);
    expect(invoice.lines.map((l) => l.amountOre)).toEqual([17_458_900, 17_458_900]);
  });

  it('costs Norra’s representatives at 10 % about 5 MSEK, from the example default salary', async () => {
    const { ok } = caller(app);
    const year = await ok('cost-report:year', { year: 2024, healthcareRegionCode: 'NORRA', scenarioId: null, withLines: true });
    const members = year.regions.flatMap((r) => r.memberships);
    const fullYear = members.filter((m) => m.startDate <= '2024-01-01' && (m.endDate === null || m.endDate >= '2024-12-31'));
    // one representative for the whole year: 92 500 kr × 12 × 1,5228 × 10 % = 169 030,80 kr; 30 of them 5 070 924 kr
    expect(fullYear.length).toBeGreaterThan(0);
    expect(fullYear.every((m) => m.costOre === 16_903_080)).toBe(true);
    const representation = year.regions.reduce((acc, r) => acc + r.membershipsOre, 0);
    expect(representation).toBeGreaterThan(300_000_000);
    expect(representation).toBeLessThan(700_000_000);
    expect(members.every((m) => m.costOre > 0)).toBe(true);
    // in 2025 every filled seat (31; the seed speaks of about 30) runs the whole year: 31 × 169 030,80 kr
    const next = await ok('cost-report:year', { year: 2025, healthcareRegionCode: 'NORRA', scenarioId: null, withLines: true });
    expect(next.regions.flatMap((r) => r.memberships)).toHaveLength(31);
    expect(next.regions.reduce((acc, r) => acc + r.membershipsOre, 0)).toBe(31 * 16_903_080);
  });

  it('holds Jämtland’s fixed contributions from the seed, labelled as examples', async () => {
    const { ok } = caller(app);
    const region = await ok('cost-report:region', { regionCode: '23', year: 2024, scenarioId: null });
    expect(region.contributions.map((c) => c.amountOre).sort((a, b) => a - b)).toEqual([
      17_700_000, 38_500_000, 96_200_000, 195_000_000, 230_000_000,
    ]);
    expect(region.contributions.every((c) => c.label.startsWith('Exempel:'))).toBe(true);
    expect(region.fixedContributionsOre).toBe(577_400_000);
    expect(region.hostingOre).toBe(34_917_800);
  });

  it('never sends the example cost records in a package (they are examples, as the example persons are)', async () => {
    const { ok } = caller(app);
    // a real record of Norra's beside the examples: it travels, the examples stay behind
    await ok('fixed-contributions:create', { regionCode: '25', year: 2024, recipient: 'RCC Norr', label: 'Årsavgift', amountOre: 100_000 });
    for (const scope of ['own', 'hosting'] as const) {
      const sent = await exportPackageBytes(app, { scope, recipient: '23' });
      expect(sent.summary.counts).toMatchObject({ hostings: 0, cost_items: 0, cost_parameters: 0, default_salaries: 0 });
    }
    const own = await exportPackageBytes(app, { scope: 'own', recipient: '23' });
    expect(own.summary.counts).toMatchObject({ fixed_contributions: 1, persons: 0 });
    // a real cost item in an example hosting cannot travel without it: the export says so, by name
    const year = await ok('cost-report:year', { year: 2024, healthcareRegionCode: 'NORRA', scenarioId: null, withLines: false });
    const hostingId = year.hostings[0]!.hostingId;
    await ok('cost-items:create', { hostingId, year: 2024, kind: 'FIXED_AMOUNT', label: 'Analysstöd', amountOre: 100_000 });
    const refused = await exportPackageResult(app, { scope: 'hosting', recipient: '23' });
    const detail = refused.ok ? null : refused.error.detail;
    expect(detail?.key).toBe('package.export.exampleReference');
    const text = wordMessage('sv', detail!.key, detail!.params);
    expect(text).toContain('Kostnadspost: Analysstöd (2024) → Värdskap för Endokrina sjukdomar hänvisar till exempeldata');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
