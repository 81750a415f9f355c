// The app:// scheme that serves out/renderer. Not file:// (module scripts fail there and every
// local file would share one origin) and not http (no port to squat, nothing to reach remotely).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { appResponseHeaders } from './csp';
import { resolveAppPath } from './resolveAppPath';

/**
 * Gives app:// the rights of a normal https origin (IndexedDB, fetch, secure context).
 * Electron only accepts this before the app is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        stream: true,
      },
    },
  ]);
}

/** Serves files under `root` (out/renderer) on app://bundle/; call after the app is ready. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: appResponseHeaders() });
    }
    const resolved = resolveAppPath(request.url, root);
    if (!resolved.ok) {
      return new Response(null, { status: resolved.status, headers: appResponseHeaders() });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: appResponseHeaders(resolved.mimeType),
      });
    } catch {
      return new Response(null, { status: 404, headers: appResponseHeaders() });
    }
  });
}
