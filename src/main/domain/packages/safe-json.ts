import { FORBIDDEN_KEYS, PACKAGE_LIMITS } from './format';

/**
 * Bounded, prototype-safe JSON parsing of untrusted text: one linear pre-scan enforces the nesting
 * depth, string and number lengths, the number of objects and the forbidden keys before JSON.parse
 * allocates anything. Every failure is an Error with one readable line.
 */
export type JsonLimits = {
  maxDepth: number;
  maxStringLength: number;
  maxNumberLength: number;
  maxObjects: number;
};

export const PACKAGE_JSON_LIMITS: JsonLimits = {
  maxDepth: PACKAGE_LIMITS.maxDepth,
  maxStringLength: PACKAGE_LIMITS.maxStringLength,
  maxNumberLength: PACKAGE_LIMITS.maxNumberLength,
  maxObjects: PACKAGE_LIMITS.maxRecords + PACKAGE_LIMITS.maxOtherObjects,
};

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
/** Plain comparisons, not Set lookups: these run for every character outside strings. */
const isOpen = (c: number) => c === 0x7b || c === 0x5b; // { [
const isClose = (c: number) => c === 0x7d || c === 0x5d; // } ]
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isNumberStart = (c: number) => isDigit(c) || c === 0x2d;
/** Digits, `-`, `+`, `.`, `e`, `E`. */
const isNumberChar = (c: number) => isDigit(c) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** A key written in fewer characters cannot be a forbidden one (escapes only make it longer). */
const SHORTEST_FORBIDDEN_KEY = Math.min(...[...FORBIDDEN_KEYS].map((key) => key.length));

export class JsonLimitError extends Error {}

/**
 * A text that is not well-formed Unicode (a lone surrogate such as `\ud800`, which JSON's `\u` escapes
 * can spell): SQLite would store it as invalid UTF-8 and a forwarded record's canonical JSON would
 * differ from the original at the same version. The whole package is refused; the renderer words the key.
 */
export class IllFormedTextError extends JsonLimitError {
  readonly detail = { key: 'package.illFormedText', params: {} } as const;
  constructor() {
    super('a text is not well-formed Unicode (a lone surrogate)');
  }
}

type MaybeWellFormed = string & { isWellFormed(): boolean };
/** String.prototype.isWellFormed (Node 20; the ES2023 lib of the project does not declare it yet). */
export const isWellFormedText = (text: string): boolean => (text as MaybeWellFormed).isWellFormed();

/** Index of the closing quote of the string starting at `start`; its decoded length is checked. */
function scanString(text: string, start: number, limits: JsonLimits): number {
  let length = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === BACKSLASH) i += text.charCodeAt(i + 1) === 0x75 ? 5 : 1; // \uXXXX or \n etc.
    if (++length > limits.maxStringLength) {
      throw new JsonLimitError(`a text is longer than ${limits.maxStringLength} characters`);
    }
  }
  throw new JsonLimitError('the JSON text ends inside a string');
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Rejects a forbidden key, also when written with escapes (`"\u005f_proto__"`). */
function checkKey(raw: string): void {
  if (raw.length > 80) return;
  const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  if (FORBIDDEN_KEYS.has(key)) throw new JsonLimitError(`the key "${key}" is not allowed`);
}

function scanNumber(text: string, start: number, limits: JsonLimits): number {
  let i = start;
  while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
  if (i - start > limits.maxNumberLength) throw new JsonLimitError(`a number is longer than ${limits.maxNumberLength} characters`);
  return i - 1;
}

/** The pre-scan: throws JsonLimitError on the first limit a text breaks. */
export function scanJson(text: string, limits: JsonLimits): void {
  let depth = 0;
  let objects = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = scanString(text, i, limits);
      if (end - i - 1 >= SHORTEST_FORBIDDEN_KEY && text.charCodeAt(nextNonSpace(text, end + 1)) === COLON) checkKey(text.slice(i + 1, end));
      i = end;
    } else if (isOpen(c)) {
      if (++depth > limits.maxDepth) throw new JsonLimitError(`the JSON is nested deeper than ${limits.maxDepth} levels`);
      if (c === 0x7b && ++objects > limits.maxObjects) throw new JsonLimitError(`the JSON holds more than ${limits.maxObjects} objects`);
    } else if (isClose(c)) {
      depth--;
    } else if (isNumberStart(c)) {
      i = scanNumber(text, i, limits);
    }
  }
}

function checkChild(child: unknown, pending: unknown[]): void {
  if (typeof child === 'string') {
    if (!isWellFormedText(child)) throw new IllFormedTextError();
  } else if (child !== null && typeof child === 'object') pending.push(child);
}

/**
 * Rejects a forbidden key and any ill-formed text (key or value) anywhere in a parsed value. JSON.parse
 * makes such a key an own data property (it never sets a prototype); walking the result afterwards is
 * many times cheaper than a reviver.
 */
function checkParsedValue(root: unknown): void {
  const pending: unknown[] = [];
  checkChild(root, pending);
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) checkChild(item, pending);
      continue;
    }
    const members = node as Record<string, unknown>;
    for (const key of Object.keys(members)) {
      if (FORBIDDEN_KEYS.has(key)) throw new JsonLimitError(`the key "${key}" is not allowed`);
      if (!isWellFormedText(key)) throw new IllFormedTextError();
      checkChild(members[key], pending);
    }
  }
}

/**
 * Scans, then parses; a forbidden key is rejected again in the parsed value, whatever the scan saw,
 * and so is text that is not well-formed Unicode (IllFormedTextError), before anything is written.
 */
export function safeJsonParse(text: string, limits: JsonLimits = PACKAGE_JSON_LIMITS): unknown {
  scanJson(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonLimitError(`not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  checkParsedValue(value);
  return value;
}
