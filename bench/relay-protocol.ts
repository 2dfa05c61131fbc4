import type { BackendOptions } from '../src/main/backend/protocol';
import type { StallParts } from './stall-watch';

/**
 * The messages between the bench and its relay process (bench/relay-child.ts): the bench asks for one
 * task at a time, the relay does it (starting backends, relaying calls, watching its own event loop)
 * and answers with its figures. Plain data (the link is child_process IPC, advanced serialization).
 */

/** One watch of the relay's own event loop: `ms` is the wall time of the watched work; the parts say what its stalls were made of. */
export type Watch = { ms: number; maxLoopDelayMs: number; p99LoopDelayMs: number } & StallParts;

export type RelayTask =
  /** Watches an idle wait of `ms` (the baseline). */
  | { readonly kind: 'idle'; readonly ms: number }
  /** Starts a backend on `options.dbPath`, relays one call as its first, stops it. */
  | { readonly kind: 'first-call'; readonly options: BackendOptions; readonly channel: string; readonly input: unknown }
  /** Starts a backend, runs a national package export as a job and polls it as the UI does, stops it. */
  | { readonly kind: 'export-job'; readonly options: BackendOptions };

export type RelayAnswer = {
  idle: Watch;
  'first-call': { start: Watch; call: Watch; rssMb: number };
  'export-job': Watch;
};

export type RelayRequest = { readonly id: number; readonly task: RelayTask };
export type RelayReply = { readonly id: number } & (
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }
);

export function isRelayRequest(value: unknown): value is RelayRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { id, task } = value as { id?: unknown; task?: { kind?: unknown } };
  return typeof id === 'number' && typeof task === 'object' && task !== null && typeof task.kind === 'string';
}

export function isRelayReply(value: unknown): value is RelayReply {
  if (typeof value !== 'object' || value === null) return false;
  const { id, ok } = value as { id?: unknown; ok?: unknown };
  return typeof id === 'number' && typeof ok === 'boolean';
}
