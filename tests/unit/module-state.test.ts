/**
 * No module-level mutable state in src/main (issue 13, "Done when"): what a running backend holds
 * belongs to an object it owns (the started app, its job registry, the open connection), created at
 * start and released at shutdown, so two apps in one process (tests, a restore) never share it.
 * A static scan of the source: module-level `let`/`var`; a module-level `const` holding a collection
 * (`new Map/Set/WeakMap/WeakSet`, an array or object literal) that the module changes (`.set(`,
 * `.add(`, `.push(`, `x[k] = …` and the like); class fields that are `static` and not `readonly`.
 * Lookup tables built once and only read stay allowed. What remains is listed one by one, with why.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MAIN = path.join(ROOT, 'src', 'main');

/** `file:name` of module-level state that belongs to no app. Keep it short; say why for each. */
const ALLOWED: readonly string[] = [
  // The Electron main process's one window (the single-instance lock keeps one per process); main holds no backend state.
  'src/main/index.ts:mainWindow',
  // Memoisation of a pure function keyed by its (immutable) input list: weakly held, it can neither go stale nor outlive the list.
  'src/main/domain/cost-plan/membership-coster.ts:byRegion',
  // Compiled forms of constant zod schemas: the same for every app and every database, filled once per record type.
  'src/main/domain/packages/record-schemas.ts:COMPILED',
  // [field, column] pairs of the constant record types, computed once per type; the same for every app.
  'src/main/domain/packages/wire.ts:FIELD_COLUMNS',
  'src/main/domain/packages/wire.ts:SORTED_FIELD_COLUMNS',
];

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** True when `node` (an initializer) is or constructs a collection outside any function: it would live as long as the module. */
function constructsCollection(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return false;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && COLLECTIONS.has(node.expression.text)) return true;
  return ts.forEachChild(node, (child) => (constructsCollection(child) ? true : undefined)) ?? false;
}

const MUTATORS = 'set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill';

/** True when the module changes what `name` holds: a mutating method, or an assignment to one of its members. */
function mutated(name: string, text: string): boolean {
  const escaped = name.replace(/[$]/g, '\\$');
  const call = new RegExp(`\\b${escaped}\\s*\\.\\s*(${MUTATORS})\\s*\\(`);
  const assignment = new RegExp(`\\b${escaped}\\s*(\\.\\s*\\w+|\\[[^\\]]*\\])\\s*(=(?!=)|\\+=|-=|\\+\\+|--)`);
  return call.test(text) || assignment.test(text);
}

function isLiteralCollection(node: ts.Expression): boolean {
  const inner = ts.isAsExpression(node) || ts.isSatisfiesExpression(node) ? node.expression : node;
  return ts.isArrayLiteralExpression(inner) || ts.isObjectLiteralExpression(inner);
}

function isStatic(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);
}
function isReadonly(member: ts.ClassElement): boolean {
  return ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ?? false);
}

/** The module-level state a source text declares: one "line: name (what)" per finding. */
export function moduleStateIn(fileName: string, text: string): string[] {
  // only what could declare module state is parsed (the scan runs over every file of src/main)
  const candidate =
    /^(export )?(let|var) /m.test(text) ||
    /\bnew (Map|Set|WeakMap|WeakSet)\b/.test(text) ||
    /\bstatic /.test(text) ||
    /^(export )?const [\w$]+(: [^=\n]+)? = (\[|\{)/m.test(text);
  if (!candidate) return [];
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visitClass = (node: ts.ClassLikeDeclaration) => {
    for (const member of node.members)
      if (ts.isPropertyDeclaration(member) && isStatic(member) && !isReadonly(member))
        found.push(`${at(member)}: ${member.name.getText(source)} (a static field that is not readonly)`);
  };
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement)) visitClass(statement);
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      const init = declaration.initializer;
      if (!isConst) found.push(`${at(declaration)}: ${name} (a module-level let/var)`);
      else if (init && (constructsCollection(init) || isLiteralCollection(init)) && mutated(name, text))
        found.push(`${at(declaration)}: ${name} (a module-level collection that is changed)`);
    }
  }
  return found;
}

describe('no module-level mutable state in src/main', () => {
  it('finds none outside the allow-list, and every allow-list entry is still needed', () => {
    const findings: string[] = [];
    const used = new Set<string>();
    for (const file of sourceFiles(MAIN)) {
      const relative = path.relative(ROOT, file).split(path.sep).join('/');
      for (const finding of moduleStateIn(file, fs.readFileSync(file, 'utf8'))) {
        const name = finding.replace(/^\d+: (\S+) .*$/, '$1');
        const key = `${relative}:${name}`;
        if (ALLOWED.includes(key)) used.add(key);
        else findings.push(`${relative}:${finding}`);
      }
    }
    expect(findings).toEqual([]);
    expect(ALLOWED.filter((key) => !used.has(key))).toEqual([]);
  }, 60_000); // parses much of src/main: a loaded machine takes seconds (no assertion on time)

  it('the scan catches each kind of module state and passes over what lives in functions and instances', () => {
    const text = [
      'let count = 0;',
      'var legacy = 1;',
      'const cache = new WeakMap<object, number>();',
      'const KNOWN = new Set(["a", "b"]);',
      'const pending = [] as string[];',
      'const byId = {} as Record<string, number>;',
      'const make = () => new Map<string, number>();',
      'class Counter { static next = 0; static readonly LIMIT = 3; private seen = new Set<string>(); }',
      'export function f(o: object) { let local = 0; const m = new Map(); cache.set(o, 1); return [local, m, KNOWN.has("a")]; }',
      'export function g(id: string) { pending.push(id); byId[id] = 1; }',
    ].join('\n');
    expect(moduleStateIn('x.ts', text)).toEqual([
      '1: count (a module-level let/var)',
      '2: legacy (a module-level let/var)',
      '3: cache (a module-level collection that is changed)',
      '5: pending (a module-level collection that is changed)',
      '6: byId (a module-level collection that is changed)',
      '8: next (a static field that is not readonly)',
    ]);
  });
});
