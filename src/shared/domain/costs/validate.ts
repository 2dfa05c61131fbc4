/**
 * Input checks shared by the cost functions (behind the contract's own checks, so a user rarely meets
 * one). Every failure is a `DomainError` with code VALIDATION, worded as `input.invalid`; the English
 * message names the value, for logs and the CLI's bracket.
 */
import { DomainError } from '../../contract/domain-error';

export function invalid(message: string): never {
  throw new DomainError('VALIDATION', message, { key: 'input.invalid', params: {} });
}

/** A safe integer within [min, max]; `name` is used in the message. */
export function requireInteger(
  name: string,
  value: number,
  min: number = Number.MIN_SAFE_INTEGER,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isSafeInteger(value)) invalid(`${name} must be an integer, got ${value}`);
  if (value < min || value > max) invalid(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function requireYear(name: string, value: number): number {
  return requireInteger(name, value, 1, 9999);
}

/** Allocation share of a full-time post in basis points, 0 … 10 000. */
export function requireAllocationBp(name: string, value: number): number {
  return requireInteger(name, value, 0, 10_000);
}

export function requireNonNegative(name: string, value: number): number {
  return requireInteger(name, value, 0);
}

/** Throws when the same key appears twice. */
export function requireUnique(name: string, keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) invalid(`${name}: duplicate ${key}`);
    seen.add(key);
  }
}
