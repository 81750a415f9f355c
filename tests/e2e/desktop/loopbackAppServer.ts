// Chromium in Playwright cannot open app:// (Electron registers the scheme in its own build), so
// the recorded app:// handler is served over http on loopback: every request is handed to the
// real handler as the app:// request Electron would make of it, and its answer — status,
// headers including the Content-Security-Policy, body — goes back unchanged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppProtocolHandler } from './fakeElectron';

const APP_ORIGIN = 'app://bundle';

export type LoopbackAppServer = {
  /** http://127.0.0.1:<port>, a port the system picked. */
  origin: string;
  /** The loopback URL of an app:// URL. */
  toLoopback(appUrl: string): string;
  /** The app:// URL of a page on this server, as Electron would report it; others unchanged. */
  toApp(url: string): string;
  close(): Promise<void>;
};

/** Serves `handler` on 127.0.0.1 at a free port. */
export async function serveOnLoopback(handler: AppProtocolHandler): Promise<LoopbackAppServer> {
  const server = createServer((incoming, outgoing) => {
    const request = new Request(`${APP_ORIGIN}${incoming.url ?? '/'}`, {
      method: incoming.method ?? 'GET',
    });
    handler(request)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        // A throwing handler is a failure Electron would show as a network error.
        outgoing.writeHead(599);
        outgoing.end(String(error));
      });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    toLoopback: (appUrl) => {
      const url = new URL(appUrl);
      if (`${url.protocol}//${url.host}` !== APP_ORIGIN)
        throw new Error(`not an app URL: ${appUrl}`);
      return `${origin}${url.pathname}${url.search}${url.hash}`;
    },
    toApp: (url) => {
      const parsed = new URL(url);
      return parsed.origin === origin
        ? `${APP_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}`
        : url;
    },
    close: () =>
      new Promise<void>((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}
