/**
 * Canonical JSON (docs/package-format.md, "Canonical JSON"): object keys sorted by UTF-16 code units,
 * no whitespace, strings escaped as JSON.stringify does, only safe integers as numbers. For the values
 * a package may hold this is the JSON Canonicalization Scheme of RFC 8785.
 *
 * It runs once per record on every export and import (tens of thousands of records), so it avoids
 * per-member strings where it can; `sort()` without a comparator orders strings by UTF-16 code units.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function canonicalNumber(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`canonical JSON holds only safe integers, not ${String(value)}`);
  return JSON.stringify(value);
}

/** Joined, not concatenated: a package's record lists are long, and a flat string hashes faster than a rope. */
function canonicalArray(values: readonly unknown[]): string {
  return `[${values.map((value) => canonicalJson(value)).join(',')}]`;
}

/** A member JSON.stringify writes exactly as canonical JSON does (and whose key it does not reorder). */
function isFlatMember(key: string, member: unknown): boolean {
  const first = key.charCodeAt(0);
  // Integer-like keys come first in property order; assigning __proto__ would set the prototype.
  if ((first >= 0x30 && first <= 0x39) || key === '__proto__') return false;
  return member === null || typeof member === 'string' || typeof member === 'boolean' || Number.isSafeInteger(member);
}

/** True when JSON.stringify would write `value` exactly as canonical JSON: sorted keys, flat members, no toJSON. */
function isCanonicalAsIs(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  if ('toJSON' in value) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0 && !(keys[i - 1]! < key)) return false;
    const member = value[key];
    if (member !== undefined && !isFlatMember(key, member)) return false;
  }
  return true;
}

/**
 * An object of text, safe integers, booleans and nulls (every record of a package) is written by
 * JSON.stringify: as it is when its keys are already sorted (records read from the database are built
 * that way), else copied with its keys in sorted order, which JSON.stringify keeps; anything else member by member.
 */
function canonicalObject(value: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(value);
  if (isCanonicalAsIs(value, keys)) return JSON.stringify(value);
  keys.sort();
  const sorted: Record<string, unknown> = {};
  let flat = true;
  for (const key of keys) {
    const member = value[key];
    if (member === undefined) continue;
    if (!isFlatMember(key, member)) {
      flat = false;
      break;
    }
    sorted[key] = member;
  }
  if (flat) return JSON.stringify(sorted);
  const members: string[] = [];
  for (const key of keys) {
    const member = value[key];
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}

export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return canonicalNumber(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Readonly<Record<string, unknown>>);
    default:
      throw new Error(`canonical JSON cannot hold a ${typeof value}`);
  }
}
