import { describe, expect, it } from 'vitest';
import {
  ALLOWED_EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
  toAllowedExternalUrl,
} from '../../../electron/main/security';

const notUrls: readonly unknown[] = [
  '',
  null,
  undefined,
  42,
  {},
  ['app://bundle/'],
  { toString: () => 'app://bundle/' },
];

describe('isAppUrl', () => {
  it.each([
    'app://bundle/index.html',
    'app://bundle/',
    'app://bundle/index.html#/board?x=1',
    'app://bundle/assets/x.js?v=1',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://bundle.evil.io/',
    'app://evil/index.html',
    'app://bundle@evil/index.html',
    'app://evil@bundle/index.html',
    'app://user:pw@bundle/index.html',
    'app://bundle:443/index.html',
    'app:///index.html',
    'app:bundle/index.html',
    'https://bundle/index.html',
    'file:///work/out/renderer/index.html',
    'javascript:alert(1)//app://bundle/',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    ' app://bundle/index.html',
    'app://bundle/index.html\n',
    'app://bun\tdle/index.html',
  ])('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));

  it.each(notUrls)('refuses the non-URL %j', (value) => expect(isAppUrl(value)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts only frames of the app origin', () => {
    expect(isTrustedSender('app://bundle/index.html')).toBe(true);
    for (const url of [
      'file:///work/out/renderer/index.html',
      'https://evil.io/',
      'app://evil/',
      'about:blank',
      '',
      undefined,
      null,
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows nothing with the shipped (empty) allow-list', () => {
    expect(ALLOWED_EXTERNAL_HOSTS).toEqual([]);
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
  });

  const hosts = ['example.com'];

  it.each(['https://example.com/', 'https://example.com/path?q=1#x', 'https://EXAMPLE.com/a'])(
    'allows %s on an allow-listed host',
    (url) => {
      expect(isAllowedExternalUrl(url, hosts)).toBe(true);
    },
  );

  it('returns the normalised href, not the raw input', () => {
    expect(toAllowedExternalUrl('https://EXAMPLE.com/a b', hosts)).toBe(null);
    expect(toAllowedExternalUrl('https://EXAMPLE.com/a%20b', hosts)).toBe(
      'https://example.com/a%20b',
    );
  });

  it.each([
    // other schemes
    'http://example.com/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'file:///etc/passwd',
    'file://example.com/share/x.exe',
    'smb://example.com/share',
    '\\\\example.com\\share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://example.com/',
    'app://bundle/index.html',
    // look-alike hosts
    'https://example.com.evil.io/',
    'https://evil.io/example.com',
    'https://evil.io/?u=https://example.com',
    'https://sub.example.com/',
    'https://notexample.com/',
    'https://example.com./',
    'https://xn--exmple-cua.com/',
    'https://exаmple.com/',
    // userinfo and ports
    'https://example.com@evil.io/',
    'https://user:pw@example.com/',
    'https://evil.io\\@example.com/',
    'https://example.com:8443/',
    // whitespace and control characters the parser would silently strip
    ' https://example.com/',
    'https://example.com/\n',
    'https://exa\tmple.com/',
    'https://example.com/\u0000',
    // relative or schemeless
    '//example.com/',
    'example.com',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
    expect(toAllowedExternalUrl(url, hosts)).toBe(null);
  });

  it.each(notUrls)('refuses the non-URL %j', (value) =>
    expect(isAllowedExternalUrl(value, hosts)).toBe(false),
  );
});
