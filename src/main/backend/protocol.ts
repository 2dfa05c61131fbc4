import type { Result } from '@shared/contract/errors';

/**
 * The messages between a backend host and the backend process (src/main/backend). A call and its
 * answer have the same shape on every transport (the host's own link, or a window's MessagePort):
 * `{ id, channel, input }` in, `{ id, result }` out, where `result` is the dispatcher's typed Result.
 * Everything here is plain data (structured-clone and JSON safe); nothing imports the database.
 */

/** What the backend needs to start: the same values in every host. */
export type BackendOptions = {
  readonly dbPath: string;
  readonly resourcesDir: string;
  readonly appVersion: string;
  readonly actor: string;
};

export type CallRequest = { readonly id: number; readonly channel: string; readonly input: unknown };
export type CallReply = { readonly id: number; readonly result: Result<unknown> };

/** A failed start as data, for the host's error dialog (the kind of a DatabaseOpenError, its verified backups). */
export type StartFailure = { readonly name: string; readonly kind: string | null; readonly message: string; readonly backupIds: string[] };

/** Host → backend: start once, calls, a window's port (Electron; the port travels beside the message), shut down. */
export type HostMessage =
  | { readonly type: 'start'; readonly options: BackendOptions }
  | { readonly type: 'call'; readonly call: CallRequest }
  | { readonly type: 'port' }
  | { readonly type: 'shutdown' };

/** Backend → host. */
export type BackendMessage =
  | { readonly type: 'ready'; readonly damaged: boolean }
  | { readonly type: 'start-failed'; readonly failure: StartFailure }
  | { readonly type: 'reply'; readonly reply: CallReply }
  | { readonly type: 'closed' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isCallRequest(value: unknown): value is CallRequest {
  return isObject(value) && typeof value['id'] === 'number' && typeof value['channel'] === 'string';
}

export function isCallReply(value: unknown): value is CallReply {
  return isObject(value) && typeof value['id'] === 'number' && isObject(value['result']) && typeof value['result']['ok'] === 'boolean';
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (!isObject(value)) return false;
  if (value['type'] === 'call') return isCallRequest(value['call']);
  if (value['type'] === 'start') return isObject(value['options']);
  return value['type'] === 'port' || value['type'] === 'shutdown';
}

export function isBackendMessage(value: unknown): value is BackendMessage {
  if (!isObject(value)) return false;
  if (value['type'] === 'reply') return isCallReply(value['reply']);
  if (value['type'] === 'start-failed') return isObject(value['failure']);
  return value['type'] === 'ready' || value['type'] === 'closed';
}
