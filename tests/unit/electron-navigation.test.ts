import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, decideNavigation, externalUrlToOpen, isAllowedExternalUrl, isAppUrl } from '../../src/main/electron/navigation';

/** Neither an app URL nor an allow-listed external one: every one must be refused by both checks. */
const HOSTILE_URLS: readonly string[] = [
  // look-alikes of the app origin
  'app://samplan.evil/index.html',
  'app://samplan.evil.com/',
  'app://samplan@evil/',
  'app://samplan:x@evil/',
  'app://evil@samplan/',
  'app://user:pass@samplan/',
  'app://samplan:8080/',
  'app://samplan:0/',
  'app://samplanx/',
  'app://xsamplan/',
  'app://sampIan/',
  'app://SAMPLAN/',
  'APP://samplan/',
  'App://samplan/',
  'app:/samplan/index.html',
  'app:samplan/index.html',
  'app:///samplan/',
  'app://samplan',
  'app://samplan\\@evil/',
  'app://samplan\\evil/',
  'app://samp lan/',
  'app://samp\tlan/',
  'app://samp\nlan/',
  'app://samplan%2eevil/',
  'app://samplan./',
  'apps://samplan/',
  'app2://samplan/',
  'ap://samplan/',
  // dangerous schemes
  'file:///C:/Windows/System32/calc.exe',
  'file:///etc/passwd',
  'file://server/share/file.txt',
  'FILE:///C:/x',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:app://samplan/0c1b6b7e-7c52-4c35-9d0c-1f0e4d1d6b1a',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://samplan/index.html',
  'filesystem:app://samplan/temporary/x',
  // network shares and odd protocols
  '\\\\server\\share\\file.txt',
  '\\\\?\\UNC\\server\\share',
  '//server/share/file.txt',
  'smb://server/share',
  'ftp://kunskapsstyrningvard.se/',
  'ws://kunskapsstyrningvard.se/',
  'wss://kunskapsstyrningvard.se/',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'ms-officecmd:{}',
  'mailto:someone@skr.se',
  'tel:+46000000',
  'steam://run/1',
  'zoommtg://zoom.us/join',
  'intent://scan/#Intent;scheme=zxing;end',
  // look-alikes of allow-listed sites
  'https://kunskapsstyrningvard.se.evil.com/',
  'https://kunskapsstyrningvard.se@evil.com/',
  'https://evil.com@kunskapsstyrningvard.se/',
  'https://user:pass@kunskapsstyrningvard.se/',
  'https://kunskapsstyrningvard.se:8443/',
  'https://kunskapsstyrningvard.se:443@evil.com/',
  'https://evilkunskapsstyrningvard.se/',
  'https://kunskapsstyrningvard.se.',
  'https://kunskapsstyrningvard.se./',
  'https://kunskapsstyrningvard.sé/',
  'https://kunskapsstyrningvàrd.se/',
  'https://kunskapsstyrningvard.se\\@evil.com/',
  'https://kunskapsstyrningvard%2ese/',
  'https://skr.se.attacker.com/',
  'https://notskr.se/',
  'https://skr.se%00.evil.com/',
  'https://scb.se:80/',
  'https://skr.se:443/',
  'https://SKR.se/',
  'https://scb.se:1/',
  'https://regionfakta.com.evil/',
  'https://regionfakta.co/',
  'https://skr.evil.se/',
  'https://xn--skr-ula.se/',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://localhost/',
  // downgrade and malformed
  'http://kunskapsstyrningvard.se/',
  'http://skr.se/',
  'HTTP://scb.se/',
  'HTTPS://scb.se/',
  'https:/scb.se/',
  'https:scb.se',
  'https:///scb.se/',
  '//scb.se/',
  'scb.se',
  '',
  ' ',
  'https://scb.se/ ',
  'https://scb.se/\u2028',
  'https://scb.se/\u202e',
  `https://scb.se/${'a'.repeat(5000)}`,
];

const NON_STRINGS: readonly unknown[] = [undefined, null, 42, {}, [], { href: APP_ENTRY_URL }, new URL('https://scb.se/')];

const APP_URLS = ['app://samplan/', APP_ENTRY_URL, 'app://samplan/assets/index-abc123.js', 'app://samplan/index.html#/reference?x=1'];

const EXTERNAL_URLS = [
  'https://kunskapsstyrningvard.se/',
  'https://kunskapsstyrningvard.se/programomraden/nationellaprogramomraden.html',
  'https://www.kunskapsstyrningvard.se/x?y=1#z',
  'https://skr.se/',
  'https://www.scb.se/hitta-statistik/',
  'https://regionfakta.com/stockholms-lan/',
  'https://scb.se',
  'https://scb.se?q=1',
];

describe('the hostile corpus', () => {
  it('has at least 50 URLs', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(50);
  });
  it.each(HOSTILE_URLS.map((url) => [JSON.stringify(url).slice(0, 90), url]))('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(externalUrlToOpen(url)).toBeNull();
    expect(decideNavigation(url)).toEqual({ allow: false, openExternally: null });
  });
  it.each(NON_STRINGS.map((value) => [String(value), value]))('refuses the non-string %s', (_label, value) => {
    expect(isAppUrl(value)).toBe(false);
    expect(isAllowedExternalUrl(value)).toBe(false);
    expect(decideNavigation(value).allow).toBe(false);
  });
});

describe('isAppUrl', () => {
  it.each(APP_URLS)('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(decideNavigation(url)).toEqual({ allow: true, openExternally: null });
  });
  it('never treats an app URL as external', () => {
    for (const url of APP_URLS) expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(EXTERNAL_URLS)('accepts %s, to be opened outside the app', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
    expect(isAppUrl(url)).toBe(false);
    const decision = decideNavigation(url);
    expect(decision.allow).toBe(false);
    expect(decision.openExternally).toBe(new URL(url).href);
  });
});
