import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE } from '../helpers/cli';
import { PROJECT_ROOT, tempDir } from '../helpers/temp';
import { deflatedPart, SHEET_HEAD, SHEET_TAIL, workbookParts, zipOf } from '../helpers/xlsx-files';

/**
 * Issue 16, point 5: the spreadsheet import reads .xlsx under explicit bounds. Each hostile file goes
 * through the CLI bundle in its own process, whose peak resident memory is measured (not its time).
 */
const MAX_RSS_KB = 300 * 1024;
const HOOK = path.join(PROJECT_ROOT, 'tests', 'helpers', 'max-rss.mjs');
let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir('samplan-bounds-');
  db = path.join(dir, 'samplan.db');
  const init = spawnSync(process.execPath, [CLI_BUNDLE, '--db', db, 'init', '--region', '23'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(init.status).toBe(0);
});

function importInChild(file: string): { code: number | null; stderr: string; maxRssKb: number } {
  const rssFile = path.join(dir, `${path.basename(file)}.rss`);
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(HOOK).href, CLI_BUNDLE, '--db', db, 'register', 'import', file, '--dry-run'],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SAMPLAN_MAX_RSS_FILE: rssFile },
    },
  );
  return { code: result.status, stderr: result.stderr, maxRssKb: Number(fs.readFileSync(rssFile, 'utf8')) };
}

const ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>Anna Lindqvist</t></is></c></row>';
const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Namn</t></is></c></row>';

describe('spreadsheet import bounds', () => {
  it('a zip bomb that states its true size (300 MB unpacked) is refused in Swedish, under 300 MB', async () => {
    const sheet = await deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, ' ', 300 * 1024 * 1024, SHEET_TAIL);
    const file = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(file, zipOf([...workbookParts(), sheet]));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const result = importInChild(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^samplan: Arbetsboken packas upp till mer än 80 MB och kan inte läsas in\. Spara bara de blad.*\n$/);
    expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
  }, 120_000);

  it('a zip bomb that lies about its size is refused once it inflates past what it states, under 300 MB', async () => {
    const sheet = await deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, ' ', 300 * 1024 * 1024, SHEET_TAIL);
    const file = path.join(dir, 'lying-bomb.xlsx');
    fs.writeFileSync(
      file,
      zipOf([...workbookParts(), sheet], (part) => (part === sheet ? 4096 : part.size)),
    );
    const result = importInChild(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Arbetsboken packas upp till mer än 80 MB/);
    expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
  }, 120_000);

  it('a sheet of a million rows is refused at the row bound, in Swedish, under 300 MB', async () => {
    const sheet = await deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + HEADER, ROW, 1_000_000, SHEET_TAIL);
    const file = path.join(dir, 'million.xlsx');
    fs.writeFileSync(file, zipOf([...workbookParts(), sheet]));
    const result = importInChild(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^samplan: Arbetsbladet har fler än 100000 rader\. Dela upp filen.*\n$/);
    expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
  }, 120_000);

  it('a small hand-made workbook within the bounds is read', async () => {
    const sheet = await deflatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD + HEADER, ROW, 1, SHEET_TAIL);
    const file = path.join(dir, 'small.xlsx');
    fs.writeFileSync(file, zipOf([...workbookParts(), sheet]));
    const result = spawnSync(process.execPath, [CLI_BUNDLE, '--db', db, '--json', 'register', 'import', file, '--dry-run'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ sheet: 'Personer' });
  }, 60_000);
});
