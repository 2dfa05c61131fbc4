import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/src/i18n/en.json';
import sv from '../../../src/renderer/src/i18n/sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const svKeys = flatten(sv);
const enKeys = flatten(en);

describe('UI translations', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...svKeys.keys()].sort());
  });

  it('no translation is empty', () => {
    for (const [key, value] of [...svKeys, ...enKeys]) expect(value.trim(), key).not.toBe('');
  });

  it('both languages use the same interpolation placeholders', () => {
    for (const [key, value] of svKeys) expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
