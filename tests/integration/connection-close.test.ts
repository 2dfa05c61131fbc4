import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { first, qb, run } from '../../src/main/db/data';
import { tempDir } from '../helpers/temp';

describe('closing a database used only through the sync data API', () => {
  it('closes the handle and checkpoints the write-ahead log, though kysely never ran a query', async () => {
    const dir = tempDir();
    const file = path.join(dir, 's.db');
    const opened = await openDatabase(file, { create: true, now: () => new Date('2026-11-23T10:00:00.000Z') });
    run(opened.conn, qb.insertInto('settings').values({ key: 'language', value: 'sv' }));
    expect(first(opened.conn, qb.selectFrom('settings').select('value').where('key', '=', 'language'))).toEqual({ value: 'sv' });
    await opened.close();
    expect(opened.sqlite.open).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
