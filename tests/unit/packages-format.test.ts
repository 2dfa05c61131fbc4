import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES } from '@shared/contract/packages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { packageJsonSchema } from '../../src/main/domain/packages/json-schema';
import { compareStamps, decide, ignoreReason, needsMassDeletionConfirmation, type Stamp } from '../../src/main/domain/packages/merge';
import { columnOf, fieldsOf, RECORD_REFERENCES } from '../../src/main/domain/packages/record-schemas';
import { JsonLimitError, PACKAGE_JSON_LIMITS, safeJsonParse } from '../../src/main/domain/packages/safe-json';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('package format', () => {
  it('docs/package-format.schema.json is the schema the importer enforces (regenerate: npx tsx scripts/write-package-schema.ts)', () => {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'package-format.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(packageJsonSchema())));
  });

  it('field names map to columns one to one, and references point at record types', () => {
    for (const type of PACKAGE_RECORD_TYPES) {
      const columns = fieldsOf(type).map(columnOf);
      expect(new Set(columns).size).toBe(columns.length);
      for (const [field, target] of Object.entries(RECORD_REFERENCES[type])) {
        expect(fieldsOf(type)).toContain(field);
        expect(PACKAGE_RECORD_TYPES).toContain(target);
      }
    }
    expect(columnOf('monthlySalaryOre')).toBe('monthly_salary_ore');
  });
});

describe('canonical JSON', () => {
  it('sorts keys by code unit, has no whitespace and holds only safe integers', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'å"\n'], Z: { y: 2, x: -3 } })).toBe(
      '{"Z":{"x":-3,"y":2},"a":[true,null,"å\\"\\n"],"b":1}',
    );
    expect(() => canonicalJson({ a: 1.5 })).toThrow(/safe integers/);
    expect(() => canonicalJson({ a: Number.MAX_SAFE_INTEGER + 1 })).toThrow(/safe integers/);
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('does not depend on key order and is a fixed point', () => {
    const onlySafeIntegers = (v: unknown): boolean =>
      typeof v === 'number'
        ? Number.isSafeInteger(v) && !Object.is(v, -0)
        : Array.isArray(v)
          ? v.every(onlySafeIntegers)
          : v !== null && typeof v === 'object'
            ? Object.values(v).every(onlySafeIntegers)
            : true;
    const value = fc.jsonValue().filter(onlySafeIntegers);
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        const shuffled = JSON.parse(JSON.stringify(v), (_k, x: unknown) =>
          x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
        ) as unknown;
        expect(canonicalJson(shuffled)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bounded safe JSON parsing', () => {
  const small = { ...PACKAGE_JSON_LIMITS, maxDepth: 4, maxStringLength: 5, maxObjects: 3 };
  it.each([
    ['depth', '[[[[[1]]]]]', /nested deeper than 4/],
    ['string length', '["123456"]', /longer than 5 characters/],
    ['escaped string length', '["\\u0041\\u0041\\u0041\\u0041\\u0041\\u0041"]', /longer than 5 characters/],
    ['object count', '[{},{},{},{}]', /more than 3 objects/],
    ['number length', `[${'9'.repeat(40)}]`, /number is longer/],
    ['__proto__', '{"__proto__":{"x":1}}', /"__proto__" is not allowed/],
    ['escaped __proto__', '{"\\u005f_proto__":1}', /"__proto__" is not allowed/],
    ['constructor', '{"a":{"constructor":1}}', /"constructor" is not allowed/],
    ['prototype', '{"prototype":1}', /"prototype" is not allowed/],
    ['unterminated string', '["abc', /ends inside a string/],
    ['invalid JSON', '{"a":}', /not valid JSON/],
  ])('rejects %s', (_name, text, pattern) => {
    const limits = /__proto__|constructor|prototype/.test(String(pattern)) ? PACKAGE_JSON_LIMITS : small;
    expect(() => safeJsonParse(text, limits)).toThrow(JsonLimitError);
    expect(() => safeJsonParse(text, limits)).toThrow(pattern);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('accepts forbidden words as values and parses like JSON.parse otherwise', () => {
    expect(safeJsonParse('{"a":"__proto__","b":["constructor"]}')).toEqual({ a: '__proto__', b: ['constructor'] });
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        let parsed: unknown;
        try {
          parsed = safeJsonParse(text);
        } catch (error) {
          expect((error as Error).message).toMatch(/is not allowed/);
          return;
        }
        expect(parsed).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('merge rules', () => {
  const stamp = fc.record({ version: fc.integer({ min: 1, max: 4 }), deleted: fc.boolean(), hash: fc.constantFrom('aa', 'bb', 'cc') });

  it('the winner of any set of versions does not depend on order or repetition', () => {
    fc.assert(
      fc.property(fc.array(stamp, { minLength: 1, maxLength: 8 }), fc.array(fc.nat()), (stamps, keys) => {
        const winner = (list: Stamp[]) => list.reduce<Stamp | null>((held, s) => (decide(held, s) === 'unchanged' ? held : s), null);
        const shuffled = [...stamps, ...stamps.slice(0, 2)]
          .map((s, i) => ({ s, k: keys[i] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.s);
        expect(winner(shuffled)).toEqual(winner(stamps));
      }),
    );
  });

  it('higher version wins; at equal version a tombstone, then the greater hash', () => {
    expect(decide(null, { version: 1, deleted: false, hash: 'a' })).toBe('new');
    expect(decide(null, { version: 1, deleted: true, hash: 'a' })).toBe('deleted');
    expect(decide({ version: 2, deleted: false, hash: 'a' }, { version: 1, deleted: true, hash: 'z' })).toBe('unchanged');
    expect(decide({ version: 2, deleted: false, hash: 'a' }, { version: 2, deleted: true, hash: 'a' })).toBe('deleted');
    expect(decide({ version: 2, deleted: true, hash: 'z' }, { version: 2, deleted: false, hash: 'a' })).toBe('unchanged');
    expect(decide({ version: 2, deleted: false, hash: 'a' }, { version: 2, deleted: false, hash: 'b' })).toBe('changed');
    expect(decide({ version: 2, deleted: true, hash: 'a' }, { version: 3, deleted: false, hash: 'a' })).toBe('changed');
    expect(compareStamps({ version: 1, deleted: false, hash: 'a' }, { version: 1, deleted: false, hash: 'a' })).toBe(0);
  });

  it('ownership: only the sender, or a coordinator for its member regions; never national or own records', () => {
    const ctx = {
      origin: 'NORRA',
      scope: 'healthcare-region' as const,
      localOwner: '24',
      memberRegions: new Set(['22', '23', '24', '25']),
    };
    expect(ignoreReason('NORRA', ctx)).toBeNull();
    expect(ignoreReason('23', ctx)).toBeNull();
    expect(ignoreReason('24', ctx)).toBe('owned by this installation');
    expect(ignoreReason('01', ctx)).toMatch(/member regions/);
    expect(ignoreReason('NATIONAL', ctx)).toMatch(/national/);
    expect(ignoreReason('23', { ...ctx, scope: 'own' })).toBe('not owned by the sender');
  });

  it('mass deletion: more than half, or more than 100 records', () => {
    expect(needsMassDeletionConfirmation(10, 5)).toBe(false);
    expect(needsMassDeletionConfirmation(10, 6)).toBe(true);
    expect(needsMassDeletionConfirmation(1000, 100)).toBe(false);
    expect(needsMassDeletionConfirmation(1000, 101)).toBe(true);
    expect(needsMassDeletionConfirmation(0, 0)).toBe(false);
  });
});
