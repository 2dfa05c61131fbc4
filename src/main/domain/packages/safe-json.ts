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
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isNumberStart = (c: number) => isDigit(c) || c === 0x2d;
/** Digits, `-`, `+`, `.`, `e`, `E`. */
const isNumberChar = (c: number) => isDigit(c) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonLimitError extends Error {}

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
  while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
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
      if (text.charCodeAt(nextNonSpace(text, end + 1)) === COLON) checkKey(text.slice(i + 1, end));
      i = end;
    } else if (OPEN.has(c)) {
      if (++depth > limits.maxDepth) throw new JsonLimitError(`the JSON is nested deeper than ${limits.maxDepth} levels`);
      if (c === 0x7b && ++objects > limits.maxObjects) throw new JsonLimitError(`the JSON holds more than ${limits.maxObjects} objects`);
    } else if (CLOSE.has(c)) {
      depth--;
    } else if (isNumberStart(c)) {
      i = scanNumber(text, i, limits);
    }
  }
}

/** Scans, then parses; a forbidden key is rejected again while parsing, whatever the scan saw. */
export function safeJsonParse(text: string, limits: JsonLimits = PACKAGE_JSON_LIMITS): unknown {
  scanJson(text, limits);
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new JsonLimitError(`the key "${key}" is not allowed`);
      return value;
    });
  } catch (error) {
    if (error instanceof JsonLimitError) throw error;
    throw new JsonLimitError(`not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}
