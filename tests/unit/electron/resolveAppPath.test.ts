import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/main/resolveAppPath';

const root = join('/srv', 'klimatverkstad', 'out', 'renderer');

function servedFile(url: string): string {
  const result = resolveAppPath(url, root);
  if (!result.ok) throw new Error(`${url} refused: ${result.reason}`);
  return relative(root, result.filePath);
}

describe('resolveAppPath: files of the bundle', () => {
  it('serves the entry and assets with their content types', () => {
    expect(resolveAppPath('app://bundle/index.html', root)).toEqual({
      ok: true,
      filePath: join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
      fallback: false,
    });
    const js = resolveAppPath('app://bundle/assets/index-Bx_12aZ.js', root);
    expect(js).toMatchObject({ ok: true, filePath: join(root, 'assets', 'index-Bx_12aZ.js') });
    expect(js.ok && js.mimeType).toBe('text/javascript; charset=utf-8');
    expect(servedFile('app://bundle/assets/DejaVuSans-abc.ttf')).toBe(
      join('assets', 'DejaVuSans-abc.ttf'),
    );
    expect(servedFile('app://bundle/assets/a%20b.css')).toBe(join('assets', 'a b.css'));
  });

  it('falls back to index.html for the root and for extension-less routes', () => {
    for (const url of [
      'app://bundle/',
      'app://bundle',
      'app://bundle/workshop/42',
      'app://bundle/board/',
    ]) {
      expect(resolveAppPath(url, root)).toMatchObject({
        ok: true,
        filePath: join(root, 'index.html'),
        fallback: true,
      });
    }
  });

  it('ignores query and fragment, even hostile ones', () => {
    expect(servedFile('app://bundle/index.html?file=../../etc/passwd')).toBe('index.html');
    expect(servedFile('app://bundle/index.html#/../../etc/passwd')).toBe('index.html');
    expect(servedFile('app://bundle/assets/x.js?%2e%2e%2f%00#%5c..')).toBe(join('assets', 'x.js'));
  });

  it('serves unknown extensions as an opaque type', () => {
    const result = resolveAppPath('app://bundle/assets/data.xyz', root);
    expect(result.ok && result.mimeType).toBe('application/octet-stream');
  });
});

const hostile: readonly string[] = [
  // plain and nested traversal
  'app://bundle/../etc/passwd',
  'app://bundle/../../../../etc/passwd',
  'app://bundle/assets/../../secret.txt',
  'app://bundle/./index.html',
  // percent-encoded dots, any case, mixed
  'app://bundle/%2e%2e/secret.txt',
  'app://bundle/%2E%2E/%2e%2e/etc/passwd',
  'app://bundle/.%2e/secret.js',
  'app://bundle/%2e./secret.js',
  'app://bundle/assets/%2e%2e/%2e%2e/secret.js',
  // encoded separators
  'app://bundle/..%2fsecret.js',
  'app://bundle/..%2Fsecret.js',
  'app://bundle/assets%2f..%2f..%2fsecret.js',
  'app://bundle/%5c..%5csecret.js',
  'app://bundle/%5C..%5Csecret.js',
  'app://bundle/assets%5csecret.js',
  // backslashes
  'app://bundle/..\\secret.js',
  'app://bundle/assets\\..\\..\\secret.js',
  // dot runs and empty segments
  'app://bundle/....//secret.js',
  'app://bundle/..../secret.js',
  'app://bundle/assets//secret.js',
  // NUL, raw and encoded, and other control characters
  'app://bundle/index.html%00.png',
  'app://bundle/index.html\0.png',
  'app://bundle/a\nb.js',
  'app://bundle/a%0ab.js',
  // double encoding
  'app://bundle/%252e%252e/secret.js',
  'app://bundle/%252e%252e%252fsecret.js',
  'app://bundle/assets%255c..%255csecret.js',
  // absolute paths and drive letters
  'app://bundle//etc/passwd',
  'app://bundle/%2fetc%2fpasswd',
  'app://bundle/C:/Windows/win.ini',
  'app://bundle/C:%5cWindows%5cwin.ini',
  // hidden files, Windows devices, trailing dots
  'app://bundle/.env',
  'app://bundle/assets/.hidden.js',
  'app://bundle/CON.js',
  'app://bundle/nul',
  'app://bundle/index.html.',
  'app://bundle/index.html%20',
  // other origins and malformed URLs
  'app://evil/index.html',
  'app://bundle.evil.io/index.html',
  'app://bundle@evil/index.html',
  'app://user:pw@bundle/index.html',
  'app://bundle:8080/index.html',
  'app:///index.html',
  'app:bundle/index.html',
  'file:///etc/passwd',
  'https://bundle/index.html',
  '/etc/passwd',
  '',
  'app://bundle/%zz.js',
  'app://bundle/x.js%',
  `app://bundle/${'a'.repeat(3000)}.js`,
];

describe('resolveAppPath: hostile URLs', () => {
  it.each(hostile)('refuses %j', (url) => {
    const result = resolveAppPath(url, root);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('filePath');
  });

  it('never yields a path outside the root, whatever it accepts', () => {
    const probes = [
      ...hostile,
      ...hostile.map((u) => `${u}/x.js`),
      ...hostile.map((u) => `app://bundle/a/${u}`),
    ];
    for (const url of probes) {
      const result = resolveAppPath(url, root);
      if (!result.ok) continue;
      const rel = relative(root, result.filePath);
      expect(rel.startsWith('..'), url).toBe(false);
      expect(rel, url).not.toContain('\0');
    }
  });
});
