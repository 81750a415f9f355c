// The HTTP side of the participant listener: the page bundle when there is one, a placeholder
// page until then, and nothing else. Every response carries a strict CSP and no caching.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBundleFile } from './bundleFiles';
import { checkHost } from './requestChecks';

/** The page may load only its own files and open a socket only to this listener. */
export function participantCsp(authority: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${authority}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

// Shown until the participant page exists: plain text in both languages, no script.
const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klimatverkstad</title></head>
<body><main><h1>Klimatverkstad</h1>
<p>Deltagarsidan finns inte här än.</p>
<p lang="en">The participant page is not here yet.</p></main></body></html>
`;

export type HttpOptions = {
  authorities: readonly string[];
  csp: string;
  /** Null on the host listener (it serves nothing) and before the page bundle exists. */
  bundleRoot: string | null;
  placeholder: boolean;
};

function finish(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Buffer,
  head = false,
): void {
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}

/** Answers one HTTP request: 400 for a foreign Host, 405 for anything but GET and HEAD. */
export async function answerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpOptions,
): Promise<void> {
  const headers = securityHeaders(options.csp);
  if (checkHost(req.headers.host, options.authorities)) return finish(res, 400, headers);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return finish(res, 405, { ...headers, Allow: 'GET, HEAD' });
  }
  const head = req.method === 'HEAD';
  const url = req.url ?? '/';
  if (options.bundleRoot) {
    const file = await readBundleFile(options.bundleRoot, url);
    if (!file.ok) return finish(res, file.status, headers);
    return finish(res, 200, { ...headers, 'Content-Type': file.mimeType }, file.body, head);
  }
  if (options.placeholder && (url === '/' || url === '/index.html')) {
    const type = { 'Content-Type': 'text/html; charset=utf-8' };
    return finish(res, 200, { ...headers, ...type }, PLACEHOLDER_PAGE, head);
  }
  finish(res, 404, headers);
}
