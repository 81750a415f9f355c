// Maps an app://bundle URL to a file under the renderer root. Pure (no electron import) so the
// hostile-input tests run in plain Node. Three layers, each sufficient on its own for the common
// attacks: the raw text is screened before URL parsing (which would silently fold `..` and
// `%2e%2e` away), every decoded segment must match an allow-list, and the joined path must
// still lie under the root.
import { isAbsolute, join, relative } from 'node:path';
import { isWindowsReservedName } from '@shared/io/fileName';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { mimeTypeFor } from './mimeTypes';

export type AppPathResult =
  | { ok: true; filePath: string; mimeType: string; fallback: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const ENTRY_FILE = 'index.html';

// A dot segment spelled any way (`.`, `..`, `%2e`, `.%2E` …) between separators of any kind.
const RAW_DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){1,2}([/\\]|%2f|%5c|$)/i;
// Encoded separators and NUL, and raw backslashes: never part of a legitimate bundle path.
const RAW_FORBIDDEN = /%2f|%5c|%00|\\|\0/i;
// Names Vite emits (`index-BxYz12_a.js`, `assets/DejaVuSans-abc.ttf`): no leading dot, no
// trailing dot or space, no `%` left after decoding (that would mean double encoding).
const SAFE_SEGMENT = /^[A-Za-z0-9_@+~()-](?:[A-Za-z0-9._@+~() -]*[A-Za-z0-9_@+~()-])?$/;

function fail(status: 400 | 403 | 404, reason: string): AppPathResult {
  return { ok: false, status, reason };
}

/** The path part of a raw URL, before any query or fragment. */
function rawPathOf(rawUrl: string): string {
  const afterAuthority = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/\\?#]*/i, '');
  const cut = afterAuthority.search(/[?#]/);
  return cut < 0 ? afterAuthority : afterAuthority.slice(0, cut);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function hasExtension(segment: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(segment);
}

/**
 * Resolves `rawUrl` (as received by the protocol handler) to a file under `root`.
 * Refuses other schemes and hosts, credentials, ports, traversal in any encoding, encoded
 * separators, NUL and control characters. Query and fragment are ignored. Paths without a file
 * extension fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppPath(rawUrl: string, root: string): AppPathResult {
  if (typeof rawUrl !== 'string' || rawUrl.length > 2048) return fail(400, 'bad-url');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(rawUrl)) return fail(400, 'control-character');
  const rawPath = rawPathOf(rawUrl);
  if (RAW_DOT_SEGMENT.test(rawPath)) return fail(403, 'dot-segment');
  if (RAW_FORBIDDEN.test(rawPath)) return fail(403, 'forbidden-character');

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return fail(400, 'bad-url');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return fail(403, 'other-scheme');
  if (url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return fail(403, 'other-host');
  }

  const encoded = url.pathname.split('/').slice(1);
  if (encoded.length === 0 || (encoded.length === 1 && encoded[0] === '')) {
    return served(root, [ENTRY_FILE], true);
  }
  const segments: string[] = [];
  for (const [index, part] of encoded.entries()) {
    const isLast = index === encoded.length - 1;
    if (part === '' && isLast) return served(root, [ENTRY_FILE], true); // trailing slash
    const segment = decodeSegment(part);
    if (segment === null) return fail(400, 'bad-encoding');
    if (!SAFE_SEGMENT.test(segment) || isWindowsReservedName(segment)) {
      return fail(403, 'unsafe-segment');
    }
    segments.push(segment);
  }
  const last = segments[segments.length - 1] ?? '';
  if (!hasExtension(last)) return served(root, [ENTRY_FILE], true);
  return served(root, segments, false);
}

function served(root: string, segments: readonly string[], fallback: boolean): AppPathResult {
  const filePath = join(root, ...segments);
  const rel = relative(root, filePath);
  // Belt and braces: whatever slipped through above, the file must still be inside the root.
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return fail(403, 'outside-root');
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath), fallback };
}
