import fs from 'node:fs';
import type { CustomScheme, Protocol } from 'electron';
import { resolveStaticFile, SECURITY_HEADERS } from '../web/static-files';
import { APP_SCHEME, isAppUrl } from './navigation';

/**
 * `app://` is a standard, secure scheme (so the page is a secure context with a real origin and
 * `fetch` works); it does not bypass the CSP, has no service workers and no CORS relaxation.
 * Must be registered before the app is ready.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export type AppResponsePlan = {
  status: 200 | 404 | 405;
  headers: Record<string, string>;
  /** The file to send for a 200; null otherwise. */
  filePath: string | null;
};

function refusal(status: 404 | 405, extra: Record<string, string> = {}): AppResponsePlan {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    filePath: null,
  };
}

/**
 * Maps one request on `app://` to a response: only GET, only the app host, only files inside the
 * bundled renderer folder (traversal, hidden files and unknown types are refused by
 * resolveStaticFile). Every response carries the security headers, including the CSP.
 */
export function planAppResponse(method: string, url: string, rendererDir: string): AppResponsePlan {
  if (method !== 'GET') return refusal(405, { Allow: 'GET' });
  if (!isAppUrl(url)) return refusal(404);
  const file = resolveStaticFile(rendererDir, new URL(url).pathname);
  if (!file) return refusal(404);
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
    filePath: file.filePath,
  };
}

/** The protocol handler body: plan, then read the planned file (if any) into a Response. */
export async function respondToAppRequest(request: Pick<Request, 'method' | 'url'>, rendererDir: string): Promise<Response> {
  const plan = planAppResponse(request.method, request.url, rendererDir);
  if (plan.filePath === null) {
    return new Response(plan.status === 405 ? 'Method not allowed' : 'Not found', { status: plan.status, headers: plan.headers });
  }
  try {
    const body = await fs.promises.readFile(plan.filePath);
    return new Response(new Uint8Array(body), { status: plan.status, headers: plan.headers });
  } catch {
    const notFound = refusal(404);
    return new Response('Not found', { status: notFound.status, headers: notFound.headers });
  }
}

/** Serves the bundled renderer on `app://samplan/`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rendererDir));
}

/**
 * Defence in depth: the UI never loads `file://`, so the scheme answers 404 in the app's session
 * (a navigation to it is already refused by the navigation guards).
 */
export function refuseFileProtocol(protocol: Pick<Protocol, 'handle'>): void {
  const notFound = refusal(404);
  protocol.handle('file', () => new Response('Not found', { status: notFound.status, headers: notFound.headers }));
}
