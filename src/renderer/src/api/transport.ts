import type { Channel, ChannelInput, ChannelOutput, SamplanApi } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';

export type Transport = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

const TOKEN_STORAGE_KEY = 'samplan.sessionToken';
const TOKEN_HEADER = 'x-samplan-token';

/** The Electron preload's `window.api`, when there is one. */
function electronApi(): SamplanApi | null {
  const candidate: unknown = Reflect.get(window, 'api');
  return typeof candidate === 'object' && candidate !== null ? (candidate as SamplanApi) : null;
}

/**
 * Browser mode: the server prints a URL with `#token=…`. Keep the token for this tab only and remove
 * it from the address bar (and history) at once. Call before anything else reads `location.hash`.
 */
export function captureSessionToken(): void {
  const match = /(?:^#|[#&])token=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  window.sessionStorage.setItem(TOKEN_STORAGE_KEY, decodeURIComponent(match[1]));
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function httpCall(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  if (token) headers[TOKEN_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, { method: 'POST', headers, body: JSON.stringify(input) });
  } catch (error) {
    return failure(`Samplan could not be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure(`Unexpected answer from Samplan (HTTP ${response.status})`);
  }
  return isResult(body) ? body : failure(`Unexpected answer from Samplan (HTTP ${response.status})`);
}

async function electronCall(api: SamplanApi, channel: Channel, input: unknown): Promise<Result<unknown>> {
  const fn = api[channel] as ((input: unknown) => Promise<Result<unknown>>) | undefined;
  if (typeof fn !== 'function') return failure(`The desktop bridge has no channel ${channel}`);
  try {
    return await fn(input);
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
}

/** Chooses the Electron bridge when present, otherwise HTTP to the browser-mode server. */
export function createTransport(): Transport {
  return <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const api = electronApi();
    const pending = api ? electronCall(api, channel, input) : httpCall(channel, input);
    return pending as Promise<Result<ChannelOutput<C>>>;
  };
}
