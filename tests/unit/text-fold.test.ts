import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords, foldText, sameFolded } from '../../src/shared/text/fold';

describe('text folding', () => {
  it('removes diacritics, folds case and collapses spaces and hyphens', () => {
    expect(foldText('  Åsa   ÖBERG ')).toBe('asa oberg');
    expect(foldText('Linnéa Sjödin-Ängby')).toBe('linnea sjodin angby');
    expect(foldText('Anna – Karin')).toBe('anna karin');
    expect(sameFolded('Åsa Öberg', 'Asa Oberg')).toBe(true);
    expect(sameFolded('Åsa Öberg', 'ÅSA ÖBERG')).toBe(true);
  });

  it('keeps letters without a decomposition: ø æ ł ß are not o ae l ss', () => {
    expect(foldText('Øre Æsir Łukasz Straße')).toBe('øre æsir łukasz straße');
    expect(sameFolded('Øre', 'Ore')).toBe(false);
  });

  it('is idempotent, and folding never changes which texts are equal after a second fold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
        expect(foldText(text)).not.toMatch(/^\s|\s$|\s\s|-/);
      }),
      { numRuns: 500 },
    );
  });

  it('splits words exactly as the FTS5 unicode61 remove_diacritics 2 tokenizer does', () => {
    const db = new Database(':memory:');
    try {
      db.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
      db.exec('CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)');
      const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (1, ?)');
      const words = db.prepare('SELECT term FROM v ORDER BY offset');
      const letters = ['Å', 'å', 'Ä', 'ä', 'Ö', 'ö', 'É', 'é', 'ü', 'Ñ', 'ø', 'Æ', 'ł', 'A', 'z', '7', ' ', '-', '@', '.', "'", 'ß'];
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...letters), { maxLength: 16 }).map((a) => a.join('')),
          (text) => {
            db.exec('DELETE FROM t');
            insert.run(text);
            expect((words.all() as { term: string }[]).map((r) => r.term)).toEqual(foldedWords(text));
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      db.close();
    }
  });
});
