// What the built bundles refer to, read from their text.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every module a CommonJS or ES module bundle loads: require(), import … from, import(). */
export function loadedModules(source: string): string[] {
  const patterns = [
    /\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /^\s*import\s+(?:[^"'`;]*?\sfrom\s+)?["'`]([^"'`]+)["'`]/gm,
    /^\s*export\s+[^"'`;]*?\sfrom\s+["'`]([^"'`]+)["'`]/gm,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  ];
  const found = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1] ?? ''));
  return [...new Set(found)].sort();
}

/** A require() or import() whose module is computed at run time cannot be checked; find them. */
export function computedLoads(source: string): string[] {
  return [...source.matchAll(/\b(?:require|import)\(\s*[^"'`\s)]/g)].map((m) => m[0]);
}

/** The JavaScript files of a bundle folder, with their text. */
export async function scriptsIn(dir: string): Promise<{ name: string; source: string }[]> {
  const names = (await readdir(dir)).filter((name) => /\.(c|m)?js$/.test(name));
  return Promise.all(
    names.map(async (name) => ({ name, source: await readFile(join(dir, name), 'utf8') })),
  );
}

/** The local files an HTML page loads through src= and href= (scripts, styles, icons). */
export function referencedFiles(html: string): string[] {
  const refs = [...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return refs.filter((ref) => !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('#'));
}
