/**
 * The zustand store holds UI state only (filters, selection, route, what the user last did): server
 * state is TanStack Query, and every write is a mutation of the form that makes it (api/use-write.ts).
 * A static scan of src/renderer/src/store for anything that reaches the backend.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const STORE = path.join(ROOT, 'src', 'renderer', 'src', 'store');

/** Each pattern with what it catches. */
const BACKEND_PATTERNS: readonly [string, RegExp][] = [
  ['an import of the transport (call/read)', /from '\.\.\/api(\/index|\/transport)?'/],
  ['an import of the query cache or a mutation', /from '\.\.\/api\/(query|changes|use-write)'/],
  ['a direct call', /\b(call|read|request)\(\s*['"`]/],
  ['a busy/error ticket', /\btrack\(/],
];

function hitsIn(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => BACKEND_PATTERNS.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${i + 1}: ${what}`));
}

describe('the store', () => {
  const files = fs.readdirSync(STORE).filter((name) => /\.tsx?$/.test(name));

  it('is scanned (the folder has its slices)', () => {
    expect(files).toContain('index.ts');
    expect(files.length).toBeGreaterThan(5);
  });

  it('never reaches the backend: no calls, no query cache, no write actions', () => {
    const found = files.flatMap((name) => hitsIn(path.join(STORE, name)).map((hit) => `${name} ${hit}`));
    expect(found).toEqual([]);
  });

  it('is caught by the scan when a slice calls the backend (the patterns are live)', () => {
    const sample = ["import { call } from '../api';", "  const done = await get().track('x', () => call('rules:dismiss', d));"];
    const hits = sample.flatMap((line) => BACKEND_PATTERNS.filter(([, pattern]) => pattern.test(line)).map(([what]) => what));
    expect(hits).toEqual(['an import of the transport (call/read)', 'a direct call', 'a busy/error ticket']);
  });
});
