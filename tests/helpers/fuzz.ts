import fc from 'fast-check';
import { z } from 'zod';

/**
 * Generators of hostile inputs for the IPC and CLI fuzz tests: arbitrary values (wrong types,
 * Map/Set/Date/typed arrays as Electron's structured clone can deliver them), special numbers,
 * odd unicode, huge strings, deep nesting, prototype-pollution keys, and values sampled from a
 * channel's own schema and then mutated (dropped, added or replaced fields).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: Json[];
  const?: Json;
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  default?: Json;
};

export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'Åsa Öberg',
  'ÅÄÖ åäö É ñ ß',
  '𝕊𝕒𝕞𝕡𝕝𝕒𝕟 🧑‍⚕️',
  'Ａ１２',
  '\r\n\t',
  "'; DROP TABLE persons; --",
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  '__proto__',
  'constructor',
  'prototype',
  '1e309',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
];

export const SPECIAL_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1e309,
  -1e309,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  -1,
  2 ** 53,
  1.5,
  1e21,
];

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];

const hugeString = fc
  .constantFrom(10_000, 100_000, 1_000_000)
  .chain((n) => fc.constantFrom('x'.repeat(n), 'å'.repeat(n), '\uD800'.repeat(n / 10)));

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const deepNesting = fc.tuple(fc.constantFrom(64, 1_000, 10_000), fc.boolean()).map(([depth, asArray]) => nest(depth, 1, asArray));

/** Own `__proto__` / `constructor` keys, as JSON.parse creates them. */
const pollution = fc
  .tuple(fc.constantFrom(...POLLUTION_KEYS), fc.constantFrom<Json>({ polluted: true }, 'x', null, { prototype: { polluted: true } }))
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as unknown);

export const primitiveOdd: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...SPECIAL_NUMBERS, ...ODD_STRINGS, null, undefined, true, false, [], {}, [[]], [{}]),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: primitiveOdd },
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: 'binary',
    }),
  },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: pollution },
);

/** A value shaped like the schema (valid where the sampler can tell), the base for mutations. */
export function sampleFromSchema(schema: JsonSchema, depth = 0): Json {
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0]!;
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return sampleFromSchema(options[0]!, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || schema.properties) {
    const out: Record<string, Json> = {};
    if (depth < 6) for (const [key, sub] of Object.entries(schema.properties ?? {})) out[key] = sampleFromSchema(sub, depth + 1);
    return out;
  }
  if (type === 'array') return depth < 6 && schema.items ? [sampleFromSchema(schema.items, depth + 1)] : [];
  if (type === 'integer' || type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return false;
  if (type === 'null') return null;
  return sampleString(schema);
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return '5b0f6e8a-2d4c-4b7e-9f1a-3c2d1e0f9a8b';
  if (schema.format === 'date') return '2026-03-01';
  if (schema.format === 'email') return 'asa.oberg@example.org';
  if (schema.pattern === '^\\d{2}$') return '23';
  if (schema.pattern === '^\\d{4}$') return '2026';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

export function schemaBase(schema: z.ZodType): Json {
  return sampleFromSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

type Path = (string | number)[];

function isPlainContainer(value: unknown): value is Record<string | number, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (!isPlainContainer(value) || depth > 3) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf(value[key], [...prefix, key], depth + 1)]);
}

const own = (value: object, key: string | number) => Object.prototype.hasOwnProperty.call(value, key);

/**
 * Applies `change` at `path` inside a copy. Walks own properties only, so a `__proto__` key can
 * never lead to Object.prototype (the harness must not pollute the very thing it checks).
 */
function withChange(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = attempt<unknown>(() => structuredClone(value), {});
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = isPlainContainer(parent) && own(parent, key) ? parent[key] : undefined;
  const shared: unknown[] = [Object.prototype, Array.prototype];
  if (isPlainContainer(parent) && !shared.includes(parent)) {
    attempt(() => change(parent, path[path.length - 1]!), undefined);
  }
  return copy;
}

function attempt<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch {
    return fallback; // BigInt in JSON, or nesting too deep to copy
  }
}

/** One mutation of a schema-shaped base: drop, add (also pollution keys), replace, or reshape. */
function mutation(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const newKey = fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'extra', ''), fc.string({ unit: 'binary', maxLength: 12 }));
  const container = typeof base === 'object' && base !== null ? base : {};
  const reshaped = fc.constantFrom<unknown>(
    [base],
    attempt(() => JSON.stringify(base), '{'),
    { input: base },
    Object.values(container),
    null,
    undefined,
  );
  const added = fc.tuple(newKey, hostileValue).map(([k, v]) => {
    const copy = attempt<object>(() => structuredClone(container), {});
    attempt(() => Object.defineProperty(copy, k, { value: v, enumerable: true, configurable: true, writable: true }), undefined);
    return copy;
  });
  if (paths.length === 0) return fc.oneof(added, reshaped);
  const somePath = fc.constantFrom(...paths);
  return fc.oneof(
    somePath.map((p) => withChange(base, p, (parent, key) => own(parent, key) && delete parent[key])),
    fc
      .tuple(somePath, hostileValue)
      .map(([p, v]) =>
        withChange(base, p, (parent, key) =>
          Object.defineProperty(parent, key, { value: v, enumerable: true, configurable: true, writable: true }),
        ),
      ),
    added,
    reshaped,
  );
}

/** Schema-derived inputs with one to three mutations applied. */
export function mutatedFromSchema(schema: z.ZodType): fc.Arbitrary<unknown> {
  const base = schemaBase(schema);
  const once = mutation(base);
  return fc.oneof(
    once,
    once.chain((v) => (typeof v === 'object' && v !== null ? mutation(v) : fc.constant(v))),
  );
}

export function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 5, arbitrary: mutatedFromSchema(schema) });
}
