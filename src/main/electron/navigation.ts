/**
 * URL policy of the desktop shell. Pure functions (no electron import) so every rule is unit-tested
 * under Node against a hostile corpus (tests/unit/navigation.test.ts).
 *
 * - The UI lives at exactly one origin, `app://samplan`. Nothing else may be loaded in a window.
 * - A few public https sites may be opened in the user's browser (never inside the app).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'samplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sites a link in the UI may open in the system browser: the exact host or one of its subdomains. */
export const EXTERNAL_HOSTS: readonly string[] = Object.freeze(['kunskapsstyrningvard.se', 'skr.se', 'scb.se', 'regionfakta.com']);

const MAX_URL_LENGTH = 2048;
/** Control characters, whitespace and backslashes are never part of a URL we accept (parsers disagree on them). */
const FORBIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;

function parseStrict(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  if (FORBIDDEN_CHARACTERS.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hasNoCredentialsOrPort(parsed: URL): boolean {
  return parsed.username === '' && parsed.password === '' && parsed.port === '';
}

/** True only for `app://samplan/…`: exact scheme and host, no credentials, no port. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseStrict(url);
  if (!parsed || typeof url !== 'string') return false;
  return (
    url.startsWith(`${APP_ORIGIN}/`) &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    hasNoCredentialsOrPort(parsed)
  );
}

function isAllowedHost(hostname: string): boolean {
  if (hostname.endsWith('.') || hostname.includes('..')) return false;
  return EXTERNAL_HOSTS.some((allowed) => hostname === allowed || hostname.endsWith(`.${allowed}`));
}

/**
 * True for `https://<allow-listed host or subdomain>/…` without credentials or an explicit port.
 * Compared on the parsed host, never by prefix, so `https://skr.se.evil.com` and `https://skr.se@evil`
 * are refused.
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  const parsed = parseStrict(url);
  if (!parsed || typeof url !== 'string') return false;
  if (parsed.protocol !== 'https:' || !hasNoCredentialsOrPort(parsed) || !isAllowedHost(parsed.hostname)) return false;
  return hasLiteralAuthority(url, `https://${parsed.hostname}`);
}

/**
 * The raw text must already be canonical up to the path: `https://host` followed by `/`, `?`, `#` or
 * the end. Refuses encoded, upper-case, extra-slash or explicit-port spellings that a parser would
 * quietly repair.
 */
function hasLiteralAuthority(url: string, prefix: string): boolean {
  if (!url.startsWith(prefix)) return false;
  const next = url.charAt(prefix.length);
  return next === '' || next === '/' || next === '?' || next === '#';
}

/** The normalised URL to hand to the system browser, or null when the URL is not allow-listed. */
export function externalUrlToOpen(url: unknown): string | null {
  return isAllowedExternalUrl(url) ? new URL(url as string).href : null;
}

export type NavigationDecision = { allow: boolean; openExternally: string | null };

/**
 * What to do when a frame wants to navigate or redirect to `url`: stay inside the app origin, or be
 * refused (and, for an allow-listed site, open it in the system browser instead).
 */
export function decideNavigation(url: unknown): NavigationDecision {
  if (isAppUrl(url)) return { allow: true, openExternally: null };
  return { allow: false, openExternally: externalUrlToOpen(url) };
}
