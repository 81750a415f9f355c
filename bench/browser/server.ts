import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/**
 * Serves built folders under one origin (so the harness can seed the app's IndexedDB for the
 * cold start), e.g. { '/': appDir, '/harness/': harnessDir }. Longest prefix wins.
 */
export async function serve(routes: Record<string, string>) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const root = prefix && routes[prefix];
    const relative = normalize(path.slice(prefix?.length ?? 0) || 'index.html');
    if (!root || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    const file = join(root, relative.endsWith('/') ? `${relative}index.html` : relative);
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
