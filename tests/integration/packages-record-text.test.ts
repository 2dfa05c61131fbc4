import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES } from '../../src/shared/contract/packages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { isWellFormedText } from '../../src/main/domain/packages/safe-json';
import { rowToWire, type DbRow } from '../../src/main/domain/packages/wire';
import { RecordStore } from '../../src/main/repositories/packages/record-store';
import { generateDataset } from '../../src/main/services/generator/generate-service';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { contentHash } from '../../src/main/services/packages/records';
import { caller } from '../helpers/call';
import {
  decodeDocument,
  encodeDocument,
  exportPackageBytes,
  importInput,
  importPackageResult,
  startInstallation,
} from '../helpers/packages';
import { logicalDump } from '../helpers/temp';

/**
 * The exporter takes each record's text from SQLite's json_object() and the importer hashes rows the
 * same way (RecordStore): that text must be exactly the canonical JSON of the values read back.
 */
const open: StartedApp[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

describe("SQLite's json_object() text", () => {
  // Lone surrogates never reach the database: a package holding one is rejected (below).
  it('is JSON.stringify of the values read back, for any well-formed text (all of Unicode, controls) and any safe integer', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (s TEXT, n INTEGER) STRICT');
    const insert = db.prepare('INSERT INTO t (s, n) VALUES (?, ?)');
    const read = db.prepare("SELECT s, n, json_object('n', n, 's', s) AS text FROM t WHERE rowid = ?");
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }).filter(isWellFormedText),
      fc.constantFrom('\u0000', '\u007f', '\u2028\u2029', '\ud83d\ude00', '"\\/', ''),
    );
    fc.assert(
      fc.property(
        fc.option(text),
        fc.option(
          fc.oneof(
            fc.maxSafeInteger(),
            fc.maxSafeInteger().map((m) => -m),
            fc.integer(),
          ),
        ),
        (s, n) => {
          const { lastInsertRowid } = insert.run(s, n);
          const row = read.get(lastInsertRowid) as { s: string | null; n: number | null; text: string };
          expect(row.text).toBe(JSON.stringify({ n: row.n, s: row.s }));
        },
      ),
      { numRuns: 3000 },
    );
    db.close();
  });

  it('of every exportable record is its canonical JSON, and of every row hashes like contentHash of the row', async () => {
    const app = await startInstallation('STOCKHOLM_GOTLAND');
    open.push(app);
    await generateDataset(app.ctx, { scale: 'small', seed: 3 });
    const store = new RecordStore(app.ctx.conn);
    let checked = 0;
    for (const type of PACKAGE_RECORD_TYPES) {
      const rows = app.ctx.sqlite.prepare(`SELECT * FROM "${type}"`).all() as DbRow[];
      const owners = [...new Set(rows.map((r) => String(r.owner)))];
      const entries = new Map(store.listEntriesByOwners(type, owners).map((e) => [String(e.wire.id), e]));
      const texts = store.rowTextsByIds(
        type,
        rows.map((r) => String(r.id)),
      );
      for (const row of rows) {
        const entry = entries.get(String(row.id));
        if (entry) {
          expect(entry.text).toBe(canonicalJson(rowToWire(type, row)));
          expect(entry.wire).toEqual(rowToWire(type, row));
        }
        expect(canonicalJson(JSON.parse(texts.get(String(row.id))!))).toBe(texts.get(String(row.id)));
        expect(contentHash(JSON.parse(texts.get(String(row.id))!) as DbRow)).toBe(contentHash(row));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});

describe('text that is not well-formed Unicode', () => {
  const cases: [string, (doc: ReturnType<typeof decodeDocument>) => void][] = [
    ['a lone high surrogate in a name', (doc) => void (doc.payload.persons![0]!.name = 'Anna \ud800 Lindqvist')],
    ['a lone low surrogate in a note', (doc) => void (doc.payload.persons![0]!.notes = '\udc00')],
    ['a surrogate pair the wrong way round', (doc) => void (doc.payload.persons![0]!.email = '\ude00\ud83d@example.se')],
    ['a lone surrogate in the manifest', (doc) => void (doc.manifest.appVersion = '1.0\udfff')],
  ];

  it.each(cases)('rejects the whole package before anything is written: %s', async (_what, tamper) => {
    const [a, b] = [await startInstallation('23'), await startInstallation('24')];
    open.push(a, b);
    await caller(a).ok('persons:create', {
      name: 'Anna Lindqvist',
      email: 'anna@example.se',
      phone: null,
      regionCode: '23',
      organisationId: null,
      profession: null,
      gender: null,
      notes: 'Anteckning',
    });
    const doc = decodeDocument((await exportPackageBytes(a, { scope: 'own', recipient: '24' })).bytes);
    tamper(doc);
    const before = logicalDump(b);
    const input = importInput(encodeDocument(doc, true), { confirmMassDeletion: true });
    const inspected = await caller(b).raw('packages:inspect', { fileName: input.fileName, contentBase64: input.contentBase64 });
    const imported = await importPackageResult(b, input);
    for (const result of [inspected, imported]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { key: 'package.illFormedText', params: {} } } });
    }
    expect(logicalDump(b)).toBe(before);
  });
});
