import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldedWords } from '../../src/shared/text/fold';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { insertBulkRegister } from '../helpers/bulk-register';
import { personFields, startRegionApp, type Api } from '../helpers/setup';

let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp());
});
afterEach(() => app.opened.close());

const search = (query: string, more: { limit?: number; offset?: number; includeEnded?: boolean } = {}) =>
  api.ok('persons:search', {
    query,
    regionCode: null,
    includeEnded: more.includeEnded ?? false,
    limit: more.limit ?? 100,
    offset: more.offset ?? 0,
  });
/** SQLite's NOCASE: only A–Z fold. */
const nocase = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const names = async (query: string) => (await search(query)).rows.map((r) => r.name);

/** The promise of search, computed without SQL: the query's words follow each other in one field, the last one as a prefix. */
function matchesQuery(fields: readonly (string | null)[], query: string): boolean {
  const wanted = foldedWords(query);
  if (wanted.length === 0) return query === '';
  return fields.some((field) => {
    const words = foldedWords(field ?? '');
    return words.some((_, start) =>
      wanted.every((word, i) => (i === wanted.length - 1 ? words[start + i]?.startsWith(word) : words[start + i] === word)),
    );
  });
}

describe('register search (FTS5)', () => {
  it('finds "Åsa Öberg" by "Åsa", "asa", "ÅSA", "Öberg", "oberg" and "åsa öb", and not by "sa" or "berg"', async () => {
    await api.ok('persons:create', { ...personFields, name: 'Åsa Öberg' });
    await api.ok('persons:create', { ...personFields, name: 'Bo Ek' });
    for (const query of ['Åsa', 'asa', 'ÅSA', 'Öberg', 'oberg', 'åsa öb', 'Asa-Oberg'])
      expect(await names(query), query).toEqual(['Åsa Öberg']);
    for (const query of ['sa', 'berg', 'öberg åsa', '%', '"']) expect(await names(query), query).toEqual([]);
    const group = await api.ok('groups:list', { type: null, level: null, query: 'ÄLDRES' });
    expect(group.length).toBeGreaterThan(0);
    expect(group.every((g) => foldedWords(g.name).some((w) => w.startsWith('aldres')))).toBe(true);
  });

  it('finds persons by any case of name, e-mail, profession and organisation, and follows renames', async () => {
    const org = await api.ok('organisations:create', { name: 'Östersunds Sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    const asa = await api.ok('persons:create', {
      ...personFields,
      name: 'ÅSA ÖBERG',
      email: 'asa@example.org',
      profession: 'Överläkare',
      organisationId: org.id,
    });
    await api.ok('persons:create', { ...personFields, name: 'Bo Ek' });
    expect(await names('åsa öberg')).toEqual(['ÅSA ÖBERG']);
    expect(await names('ÖVERLÄK')).toEqual(['ÅSA ÖBERG']);
    expect(await names('@EXAMPLE')).toEqual(['ÅSA ÖBERG']);
    expect(await names('östersunds sjukhus')).toEqual(['ÅSA ÖBERG']);
    // a query never spans two fields, and % _ are plain characters
    expect(await names('öberg asa')).toEqual([]);
    expect(await names('%')).toEqual([]);
    await api.ok('persons:update', {
      ...personFields,
      id: asa.id,
      version: asa.version,
      name: 'Åsa Lind',
      email: null,
      profession: null,
      organisationId: org.id,
    });
    expect(await names('öberg')).toEqual([]);
    expect(await names('LIND')).toEqual(['Åsa Lind']);
    await api.ok('organisations:update', {
      id: org.id,
      version: org.version,
      name: 'Länssjukhuset',
      type: 'COUNTY_HOSPITAL',
      regionCode: '23',
    });
    expect(await names('östersund')).toEqual([]);
    expect(await names('länssjukhuset')).toEqual(['Åsa Lind']);
  });

  it('pages persons in name order without gaps or repeats, for dense and sparse queries', async () => {
    insertBulkRegister(app.ctx.sqlite, { persons: 450, groups: 30, memberships: 900, organisations: 5 });
    for (const query of ['', 'a', 'person1', 'öberg', 'zzz']) {
      const first = await search(query, { limit: 1000 });
      const paged: string[] = [];
      for (let offset = 0; offset < first.total; offset += 40)
        paged.push(...(await search(query, { limit: 40, offset })).rows.map((r) => r.id));
      expect(paged).toEqual(first.rows.map((r) => r.id));
      expect(new Set(paged).size).toBe(first.total);
      // NOCASE: ASCII folded, then code-point order; ties by id
      const nocase = (r: { name: string; id: string }) => `${r.name.replace(/[A-Z]/g, (c) => c.toLowerCase())}\u0000${r.id}`;
      const sorted = [...first.rows].sort((x, y) => (nocase(x) < nocase(y) ? -1 : 1));
      expect(first.rows.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
      expect(first.rows.every((r) => matchesQuery([r.name, r.email, r.profession, r.organisationName], query))).toBe(true);
    }
    expect((await search('person1')).total).toBe(111); // person1, person10–19, person100–199
    expect((await search('', { offset: 5000 })).rows).toEqual([]);
  });

  it('counts matches exactly with ended and deleted persons, with and without a region', async () => {
    insertBulkRegister(app.ctx.sqlite, { persons: 300, groups: 10, memberships: 100, organisations: 4 });
    app.ctx.sqlite.exec("UPDATE persons SET ended_on = '2026-01-01' WHERE rowid % 7 = 0");
    app.ctx.sqlite.exec("UPDATE persons SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE rowid % 11 = 0");
    type Row = {
      name: string;
      email: string | null;
      profession: string | null;
      org: string | null;
      region_code: string | null;
      deleted_at: string | null;
      ended_on: string | null;
    };
    const all = app.ctx.sqlite
      .prepare(
        'SELECT p.name, p.email, p.profession, o.name AS org, p.region_code, p.deleted_at, p.ended_on FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id',
      )
      .all() as Row[];
    const expected = (query: string, regionCode: string | null, includeEnded: boolean) =>
      all.filter(
        (r) =>
          r.deleted_at === null &&
          (includeEnded || r.ended_on === null) &&
          (regionCode === null || r.region_code === regionCode) &&
          matchesQuery([r.name, r.email, r.profession, r.org], query),
      ).length;
    for (const query of ['a', 'Å', 'person2', 'sjukhus', 'läkare']) {
      for (const includeEnded of [false, true]) {
        for (const regionCode of [null, '23']) {
          const found = await api.ok('persons:search', { query, regionCode, includeEnded, limit: 10, offset: 0 });
          expect(found.total, `${query} ${includeEnded} ${regionCode}`).toBe(expected(query, regionCode, includeEnded));
        }
      }
    }
  });

  it('pages groups with a total, in the same order as the full list', async () => {
    insertBulkRegister(app.ctx.sqlite, { persons: 40, groups: 130, memberships: 400, organisations: 2 });
    const all = await api.ok('groups:list', { type: null, level: null, query: '' });
    const paged: string[] = [];
    let total = 0;
    for (let offset = 0; offset < all.length; offset += 50) {
      const page = await api.ok('groups:search', { type: null, level: null, query: '', limit: 50, offset });
      total = page.total;
      paged.push(...page.rows.map((g) => g.id));
    }
    expect(total).toBe(all.length);
    expect(paged).toEqual(all.map((g) => g.id));
    const regional = await api.ok('groups:search', { type: 'OTHER', level: 'REGIONAL', query: 'PROCESSTEAM ÖBERG', limit: 100, offset: 0 });
    expect(regional.total).toBeGreaterThan(0);
    expect(regional.rows.every((g) => g.name.startsWith('Processteam Öberg'))).toBe(true);
    const withCounts = (await api.ok('groups:search', { type: 'OTHER', level: null, query: '', limit: 5, offset: 0 })).rows;
    expect(withCounts.map((g) => g.activeMembers)).toEqual(withCounts.map((g) => all.find((x) => x.id === g.id)!.activeMembers));
  });

  it('sorts persons by organisation, profession and region in the database, empty values last, pages never overlapping', async () => {
    insertBulkRegister(app.ctx.sqlite, { persons: 120, groups: 5, memberships: 50, organisations: 3 });
    await api.ok('persons:create', { ...personFields, name: 'Utan Uppgifter', regionCode: '01' });
    const regions = new Map((await api.ok('reference:get', {})).regions.map((r) => [r.code, r.name]));
    const collate = (a: string, b: string) => {
      const [x, y] = [nocase(a), nocase(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    type Row = { id: string; name: string; organisationName: string | null; profession: string | null; regionCode: string | null };
    const keys = {
      organisation: (r: Row) => r.organisationName,
      profession: (r: Row) => r.profession,
      region: (r: Row) => (r.regionCode ? (regions.get(r.regionCode) ?? null) : null),
    } as const;
    for (const sort of ['organisation', 'profession', 'region'] as const) {
      for (const descending of [false, true]) {
        const rows: Row[] = [];
        for (let offset = 0; ; offset += 25) {
          const page = await api.ok('persons:search', { query: '', sort, descending, limit: 25, offset });
          rows.push(...page.rows);
          if (offset + 25 >= page.total) break;
        }
        expect(new Set(rows.map((r) => r.id)).size, `${sort} ${descending}`).toBe(rows.length);
        const values = rows.map(keys[sort]);
        const filled = values.filter((v): v is string => v !== null);
        // empty values last, whichever the direction
        expect(values.slice(filled.length).every((v) => v === null)).toBe(true);
        const expected = [...filled].sort(collate);
        expect(filled, `${sort} ${descending}`).toEqual(descending ? expected.reverse() : expected);
      }
    }
    const byName = await api.ok('persons:search', { query: '', sort: 'name', descending: true, limit: 5, offset: 0 });
    const names = byName.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(collate).reverse());
  });

  it('sorts groups by name, or by type and level in their defined order (national first)', async () => {
    insertBulkRegister(app.ctx.sqlite, { persons: 5, groups: 40, memberships: 10, organisations: 1 });
    const all = await api.ok('groups:list', { type: null, level: null, query: '' });
    const page = (sort: 'name' | 'type' | 'level', descending: boolean) =>
      api.ok('groups:search', { type: null, level: null, query: '', sort, descending, limit: 1000, offset: 0 });
    const byName = (await page('name', false)).rows.map((g) => nocase(g.name));
    expect(byName).toEqual([...byName].sort());
    expect(byName).toHaveLength(all.length);
    const levels = ['NATIONAL', 'HEALTHCARE_REGIONAL', 'REGIONAL'];
    const byLevel = (await page('level', false)).rows.map((g) => levels.indexOf(g.level));
    expect(byLevel).toEqual([...byLevel].sort((a, b) => a - b));
    const byLevelDesc = (await page('level', true)).rows.map((g) => levels.indexOf(g.level));
    expect(byLevelDesc).toEqual([...byLevelDesc].sort((a, b) => b - a));
    const types = ['NPO', 'NSG', 'NAG', 'RPO', 'RPT', 'SOR', 'PRIMARY_CARE_COUNCIL', 'OTHER'];
    const byType = (await page('type', false)).rows.map((g) => types.indexOf(g.type));
    expect(byType).toEqual([...byType].sort((a, b) => a - b));
  });
});
