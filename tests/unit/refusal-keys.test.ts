/**
 * No English-only refusal (issue #14 point 5): every DomainError carries a message key with parameters
 * (its `detail`), worded in src/shared/messages/{sv,en}.json, so the renderer and the CLI show the
 * user's language. The type makes the key mandatory; this test keeps it so (the expected type error
 * below) and checks each construction site in src/main and src/shared passes one.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DomainError, refusal } from '../../src/shared/contract/errors';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `new DomainError(…)` calls with fewer than three arguments (code, message, detail), as "file:line". */
function keylessConstructions(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes('DomainError(')) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'DomainError' && (node.arguments?.length ?? 0) < 3)
      found.push(`${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every refusal has a message key', () => {
  it('the type requires the key', () => {
    // @ts-expect-error a DomainError without its message key does not compile
    const keyless = new DomainError('VALIDATION', 'English only');
    expect(keyless).toBeInstanceOf(DomainError);
    expect(refusal('NOT_FOUND', 'membership.notFound').detail).toEqual({ key: 'membership.notFound', params: {} });
  });

  it('no DomainError in src/main or src/shared is constructed without one', () => {
    const files = [...sourceFiles(path.join(ROOT, 'src', 'main')), ...sourceFiles(path.join(ROOT, 'src', 'shared'))];
    expect(files.flatMap(keylessConstructions)).toEqual([]);
  });

  it('the scan finds a keyless construction', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.refusal-keys-'));
    try {
      const file = path.join(dir, 'x.ts');
      fs.writeFileSync(file, "throw new DomainError('VALIDATION', 'no key');\nthrow new DomainError('VALIDATION', 'k', detail);\n");
      expect(keylessConstructions(file)).toEqual([`${path.relative(ROOT, file)}:1`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
