import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePathOf, readBundleFile } from '../../../electron/session/bundleFiles';
import { startTestServer } from './sessionKit';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'session-bundle-'));
  root = join(base, 'bundle');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>page</title>');
  await writeFile(join(root, 'assets', 'app-Bx1_a.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'data.xyz'), 'opaque');
  await writeFile(join(base, 'secret.txt'), 'outside the bundle');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const hostile = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/%2e%2e/etc/passwd',
  '/.%2e/secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '/..%2fsecret.txt',
  '/assets%2f..%2f..%2fsecret.txt',
  '/%5c..%5csecret.txt',
  '/..\\secret.txt',
  '/./index.html',
  '/.env',
  '/assets/.hidden',
  '/index.html%00.js',
  '/%252e%252e/secret.txt',
  '/assets//app.css',
  '/CON.js',
  '/assets/app.css.',
];

describe('the bundle path of a request', () => {
  it('names index.html for the root and files by their segments', () => {
    expect(bundlePathOf('/')).toEqual({ ok: true, segments: ['index.html'] });
    expect(bundlePathOf('/assets/')).toEqual({ ok: true, segments: ['assets', 'index.html'] });
    expect(bundlePathOf('/assets/a%20b.css?v=../../x#..')).toEqual({
      ok: true,
      segments: ['assets', 'a b.css'],
    });
  });

  it.each(hostile)('refuses %s', (url) => {
    expect(bundlePathOf(url).ok).toBe(false);
  });

  it('refuses control characters, absolute URLs and over-long paths', () => {
    expect(bundlePathOf('/index.html\n')).toEqual({ ok: false, status: 400 });
    expect(bundlePathOf('http://evil.example/index.html')).toEqual({ ok: false, status: 400 });
    expect(bundlePathOf(`/${'a'.repeat(3000)}.js`)).toEqual({ ok: false, status: 400 });
  });
});

describe('reading bundle files', () => {
  it('reads files inside the folder with their content types', async () => {
    const js = await readBundleFile(root, '/assets/app-Bx1_a.js');
    expect(js).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(js.ok && js.body.toString()).toBe('console.log(1)');
    expect(await readBundleFile(root, '/assets/app.css')).toMatchObject({
      mimeType: 'text/css; charset=utf-8',
    });
    expect(await readBundleFile(root, '/')).toMatchObject({ mimeType: 'text/html; charset=utf-8' });
    expect(await readBundleFile(root, '/assets/data.xyz')).toMatchObject({
      mimeType: 'application/octet-stream',
    });
  });

  it('refuses a symlink that leads out of the folder, and answers 404 for what is not there', async () => {
    expect(await readBundleFile(root, '/assets/link.txt')).toEqual({ ok: false, status: 403 });
    expect(await readBundleFile(root, '/missing.js')).toEqual({ ok: false, status: 404 });
    expect(await readBundleFile(root, '/assets')).toEqual({ ok: false, status: 404 });
  });
});

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A raw request, so the path reaches the server exactly as written. */
function get(port: number, path: string, options: { method?: string; host?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP side of the server', () => {
  it('serves the bundle with a strict CSP and no sniffing, and nothing outside it', async () => {
    const server = await startTestServer({ bundleRoot: root });
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>page</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain(
      `connect-src 'self' ws://127.0.0.1:${server.port}`,
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await get(server.port, '/assets/app-Bx1_a.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/link.txt']) {
      const reply = await get(server.port, path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('outside the bundle');
    }
    expect((await get(server.port, '/missing.js')).status).toBe(404);
  });

  it('answers only GET and HEAD, and only to its own Host', async () => {
    const server = await startTestServer({ bundleRoot: root });
    expect((await get(server.port, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(server.port, '/', { method: 'DELETE' })).status).toBe(405);
    const head = await get(server.port, '/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await get(server.port, '/', { host: 'evil.example' })).status).toBe(400);
    expect((await get(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('shows a placeholder page until there is a bundle, and 404 for everything else', async () => {
    const server = await startTestServer();
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Klimatverkstad');
    expect(page.body).not.toContain('<script');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await get(server.port, '/app.js')).status).toBe(404);
    expect((await get(server.hostPort, '/')).status).toBe(404);
  });
});
