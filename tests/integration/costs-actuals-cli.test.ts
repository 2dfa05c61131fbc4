import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActualsImportReport, BudgetCompare } from '../../src/shared/contract/cost/actuals';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { setUpSeed001 } from '../helpers/costs';
import { logicalDump, startTestApp, tempDir } from '../helpers/temp';

const LEDGER = [
  'Konto;KS;Period;Belopp',
  '6550;9100;2024-06;"200 000,50"',
  '6550;9100;2024-12;150 000 kr',
  '7010;9200;202403;-1234.5',
  '4010;;2024-05;1',
].join('\n');

/** Jämtland's database: seed 001's hosting planned by region 23, budget 2024 locked twice (the second at half the leaders' time). */
async function jamtlandDatabase(): Promise<{ dir: string; db: string; hostingId: string }> {
  const dir = tempDir();
  const app = await startTestApp({ dir });
  const { ok } = caller(app);
  const { hostingId, items } = await setUpSeed001(app, '23');
  await ok('budget:lock', { year: 2024, name: 'Budget 2024' });
  const item = items[0]!;
  await ok('cost-items:update', {
    id: item.id,
    version: item.version,
    year: 2024,
    kind: 'STAFFED_ROLE',
    label: item.label,
    role: 'PROCESS_LEADER',
    allocationBp: 5000,
    monthlySalaryOre: 6_500_000,
  });
  await ok('budget:lock', { year: 2024, name: 'Budget 2024 rev' });
  await app.opened.close();
  return { dir, db: path.join(dir, 'samplan.db'), hostingId };
}

describe('CLI actuals import and budget compare', () => {
  let db = '';
  let dir = '';
  let ledger = '';
  /** Every table's rows, read through a fresh open of the database. */
  const dump = async () => {
    const app = await startTestApp({ dir });
    const text = logicalDump(app);
    await app.opened.close();
    return text;
  };
  beforeAll(async () => {
    ({ db, dir } = await jamtlandDatabase());
    ledger = path.join(tempDir(), 'huvudbok.csv');
    fs.writeFileSync(ledger, LEDGER, 'utf8');
  });

  const columns = ['--account-col', 'Konto', '--cost-centre-col', 'KS', '--period-col', 'Period', '--amount-col', 'Belopp'];
  const rules = ['--rule', '6550@9100=värdskap:Endokrina sjukdomar', '--rule', '70*=personal'];

  it('a dry run previews the rows and leaves the database unchanged; the import then saves and remembers the mapping', async () => {
    const before = await dump();
    const dry = runCliProcess(['--db', db, 'actuals', 'import', ledger, ...columns, ...rules, '--dry-run', '--json']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as ActualsImportReport;
    expect(preview).toMatchObject({ applied: false, regionCode: '23', counts: { save: 3, rejected: 1 } });
    expect(preview.targets.map((t) => [t.category, t.amountOre])).toEqual([
      ['hosting', 35_000_050],
      ['staff', -123_450],
    ]);
    expect(await dump()).toBe(before);

    const text = runCliProcess(['--db', db, 'actuals', 'import', ledger, ...columns, ...rules, '--dry-run']);
    expect(text.stdout).toContain('rad 5: Konto 4010 med kostnadsställe – är inte kopplat till något utfall.');
    expect(text.stdout).toContain('Inget sparades (--dry-run).');

    const applied = runCliProcess(['--db', db, '--json', 'actuals', 'import', ledger, ...columns, ...rules]);
    expect(applied.code).toBe(0);
    expect((JSON.parse(applied.stdout) as ActualsImportReport).applied).toBe(true);
    // the remembered mapping serves the next import without flags
    const again = runCliProcess(['--db', db, '--json', 'actuals', 'import', ledger, '--dry-run']);
    expect(again.code).toBe(0);
    const second = JSON.parse(again.stdout) as ActualsImportReport;
    expect(second.targets.map((t) => [t.amountOre, t.previousOre])).toEqual([
      [35_000_050, 35_000_050],
      [-123_450, -123_450],
    ]);
  });

  it('reads a mapping file in the channel’s shape', () => {
    const mappingFile = path.join(tempDir(), 'koppling.json');
    const list = runCliProcess(['--db', db, '--json', 'actuals', 'import', ledger, '--dry-run']);
    const hostingId = (JSON.parse(list.stdout) as ActualsImportReport).targets[0]?.hostingId;
    const mapping = {
      columns: { account: 'Konto', costCentre: null, period: 'Period', amount: 'Belopp', text: null },
      rules: [{ account: '65*', costCentre: null, category: 'hosting', hostingId }],
      year: 2024,
    };
    fs.writeFileSync(mappingFile, JSON.stringify(mapping), 'utf8');
    const result = runCliProcess(['--db', db, '--json', 'actuals', 'import', ledger, '--mapping', mappingFile, '--dry-run']);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as ActualsImportReport).counts).toEqual({ save: 2, rejected: 2 });
  });

  it('compares two locked versions per region and hosting in öre', () => {
    const result = runCliProcess(['--db', db, 'budget', 'compare', '--from', '2024:1', '--to', '2024:2', '--json']);
    expect(result.stderr).toBe('');
    const compare = JSON.parse(result.stdout) as BudgetCompare;
    expect(compare.hostings.map((h) => [h.groupName, h.fromOre, h.toOre, h.differenceOre])).toEqual([
      ['Endokrina sjukdomar', 237_556_800, 178_167_600, -59_389_200],
    ]);
    expect(compare.regions.find((r) => r.regionCode === '23')).toMatchObject({
      fromOre: 34_917_800,
      toOre: 26_188_300,
      differenceOre: -8_729_500,
    });
    const text = runCliProcess(['--db', db, 'budget', 'compare', '--from', '2024:1', '--to', '2024:2']);
    expect(text.stdout).toContain('Från Budget 2024 (2024:1) till Budget 2024 rev (2024:2)');
  });

  it('answers bad input with one Swedish line and exit 1', () => {
    const cases: [string[], RegExp][] = [
      [['actuals', 'import', ledger, '--rule', '6550=okänt'], /^--rule 6550=okänt: okänd kategori/],
      [['actuals', 'import', ledger, '--rule', '6550=värdskap:Finns inte'], /^--rule 6550=värdskap:Finns inte: inget värdskap/],
      [['actuals', 'import', path.join(tempDir(), 'saknas.csv')], /^filen .* kan inte läsas/],
      [['actuals', 'import', ledger, '--year', '24'], /^--year tar ett år/],
      [['actuals', 'import', ledger, '--amount-col', 'Summa', '--dry-run'], /^Filen har ingen kolumn ”Summa”/],
      [['budget', 'compare', '--from', '2024:1'], /^--to krävs/],
      [['budget', 'compare', '--from', '2024:1', '--to', 'senaste'], /^--to har fel värde/],
      [['budget', 'compare', '--from', '2024:1', '--to', '2024:9'], /^Det finns ingen låst budget ”2024:9”/],
    ];
    for (const [args, message] of cases) {
      const result = runCliProcess(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines, args.join(' ')).toHaveLength(1);
      expect(lines[0]?.replace(/^samplan: /, ''), args.join(' ')).toMatch(message);
    }
  });
});
