import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { YearReport } from '../../src/shared/contract/cost/reports';
import { caller } from '../helpers/call';
import { SEED001_SHARES, SEED001_TOTAL_ORE, setUpSeed001 } from '../helpers/costs';
import { PROJECT_ROOT, startTestApp, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A NORRA database with seed 001's hosting and a scenario, built through the channels, then closed. */
async function seededDatabase(): Promise<string> {
  const dir = tempDir();
  const app = await startTestApp({ dir });
  await setUpSeed001(app);
  await caller(app).ok('scenarios:create', { name: 'PO 50', overrides: [{ kind: 'PO_SURCHARGE', year: 2024, poSurchargeBp: 5000 }] });
  await app.opened.close();
  return path.join(dir, 'samplan.db');
}

describe('CLI costs', () => {
  let db = '';
  beforeAll(async () => {
    db = await seededDatabase();
  });

  it('prints the whole calculation of a year in öre and reproduces seed 001', () => {
    const result = cli(['--db', db, 'costs', '--year', '2024', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as YearReport;
    expect(report.hostings).toHaveLength(1);
    const hosting = report.hostings[0];
    expect(hosting?.lines.map((l) => l.costOre)).toEqual([118_778_400, 118_778_400]);
    expect(hosting?.totalOre).toBe(SEED001_TOTAL_ORE);
    expect(hosting?.key).toMatchObject({ kind: 'POPULATION', healthcareRegionCode: 'NORRA' });
    expect(hosting?.split?.trace.weights.map((w) => [w.regionCode, w.population, w.populationYearUsed])).toEqual([
      ['22', 242_148, 2023],
      ['23', 132_572, 2023],
      ['24', 278_729, 2023],
      ['25', 248_480, 2023],
    ]);
    expect(hosting?.split?.shares.map(({ regionCode, shareOre }) => ({ regionCode, shareOre }))).toEqual(SEED001_SHARES);
    expect(report.regions.map((r) => [r.regionCode, r.hostingOre, r.totalOre])).toEqual(
      SEED001_SHARES.map((s) => [s.regionCode, s.shareOre, s.shareOre]),
    );
    const text = cli(['--db', db, 'costs', '--year', '2024', '--healthcare-region', 'NORRA']);
    expect(text.stdout).toMatch(/23 Region Jämtland Härjedalen\s+349\u00A0178\u00A0kr/);
    // the text is Swedish: healthcare regions by name, key kind and status in words
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Kostnader 2024 – gällande plan – Norra sjukvårdsregionen');
    expect(text.stdout).toContain('Värdskap (1), totalt 2\u00A0375\u00A0568\u00A0kr:');
    expect(text.stdout).toMatch(
      /Endokrina sjukdomar – värd Norra sjukvårdsregionen \(aktivt\): 2\u00A0375\u00A0568\u00A0kr, nyckel Befolkning Norra sjukvårdsregionen/,
    );
    expect(text.stdout).toMatch(/Regioner \(4\), totalt/);
    expect(text.stdout).toMatch(/\(värdskap 349\u00A0178\u00A0kr, representation 0\u00A0kr, fasta bidrag 0\u00A0kr\)/);
    expect(text.stdout).not.toMatch(/\b(Costs|Hostings|Regions|host|key|contributions|current plan)\b/);
    const scenario = JSON.parse(cli(['--db', db, 'costs', '--year', '2024', '--scenario', 'po 50', '--json']).stdout) as YearReport;
    expect(scenario.scenario?.name).toBe('PO 50');
    expect(scenario.hostings[0]?.totalOre).toBe(234_000_000);
  });

  it('writes the workbook with --xlsx', async () => {
    const file = path.join(tempDir(), 'kostnader.xlsx');
    const result = cli(['--db', db, 'costs', '--year', '2024', '--xlsx', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Skrev .*kostnader\.xlsx$/m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toContain('Intern kostnadsrapport 23');
  });

  it.each([
    [['costs'], /--year krävs/],
    [['costs', '--year', '24'], /--year tar ett år mellan 1990 och 2100, t\.ex\. 2024 \(fick "24"\)/],
    [['costs', '--year', '2024', '--scenario', 'Okänt'], /inget scenario heter ”Okänt”; scenarier: ”PO 50”/],
    [['costs', '--year', '2024', '--healthcare-region', 'NORR'], /”NORR” är ingen känd sjukvårdsregion/],
  ])('rejects %j with one readable line', (args, pattern) => {
    const result = cli(['--db', db, ...args]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
