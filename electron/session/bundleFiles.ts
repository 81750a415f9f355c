// The participant page's files, served from its own bundle folder and nowhere else. Three
// layers, each enough on its own for the usual attacks: the raw path is screened before it is
// decoded, every decoded segment must match an allow-list, and the real path (symlinks
// resolved) must still lie inside the folder's real path.
import { existsSync } from 'node:fs';
import { realpath, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { isWindowsReservedName } from '@shared/io/fileName';
import { mimeTypeFor } from '../main/mimeTypes';

export type BundlePath = { ok: true; segments: string[] } | { ok: false; status: 400 | 403 };
export type BundleFile =
  { ok: true; body: Buffer; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

const ENTRY_FILE = 'index.html';
// A dot segment spelled any way (`.`, `..`, `%2e`, `.%2E` …) between separators of any kind.
const DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){1,2}([/\\]|%2f|%5c|$)/i;
// Encoded separators, NUL and backslashes: never part of a bundle path.
const FORBIDDEN = /%2f|%5c|%00|\\|\0/i;
// Names a bundler emits (`index-BxYz12_a.js`): no leading dot, no trailing dot or space.
const SAFE_SEGMENT = /^[A-Za-z0-9_@+~()-](?:[A-Za-z0-9._@+~() -]*[A-Za-z0-9_@+~()-])?$/;
const MAX_URL_LENGTH = 2048;

/** The file segments a request path names, or why it is refused. `/` and `/x/` name index.html. */
export function bundlePathOf(rawUrl: string): BundlePath {
  // eslint-disable-next-line no-control-regex
  if (rawUrl.length > MAX_URL_LENGTH || /[\u0000-\u001f\u007f]/.test(rawUrl)) {
    return { ok: false, status: 400 };
  }
  const cut = rawUrl.search(/[?#]/);
  const rawPath = cut < 0 ? rawUrl : rawUrl.slice(0, cut);
  if (!rawPath.startsWith('/')) return { ok: false, status: 400 };
  if (DOT_SEGMENT.test(rawPath) || FORBIDDEN.test(rawPath)) return { ok: false, status: 403 };
  const parts = rawPath.split('/').slice(1);
  if (parts[parts.length - 1] === '') parts[parts.length - 1] = ENTRY_FILE;
  const segments: string[] = [];
  for (const part of parts) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { ok: false, status: 400 };
    }
    if (!SAFE_SEGMENT.test(segment) || isWindowsReservedName(segment)) {
      return { ok: false, status: 403 };
    }
    segments.push(segment);
  }
  return { ok: true, segments };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Reads the file `rawUrl` names under `root`, or says why not (never anything outside). */
export async function readBundleFile(root: string, rawUrl: string): Promise<BundleFile> {
  const path = bundlePathOf(rawUrl);
  if (!path.ok) return path;
  const candidate = join(root, ...path.segments);
  if (!inside(root, candidate)) return { ok: false, status: 403 };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, realFile)) return { ok: false, status: 403 };
    if (!(await stat(realFile)).isFile()) return { ok: false, status: 404 };
    return { ok: true, body: await readFile(realFile), mimeType: mimeTypeFor(candidate) };
  } catch {
    return { ok: false, status: 404 };
  }
}

/**
 * The server option for a built participant page in `folder`, or none when it is not built
 * (`electron-vite dev` without a build): the server then shows its placeholder page.
 */
export function builtBundle(folder: string): { bundleRoot?: string } {
  return existsSync(join(folder, ENTRY_FILE)) ? { bundleRoot: folder } : {};
}
