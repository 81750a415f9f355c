import { zipSync } from 'fflate';

/** One file to hand to the user, or to put into the results pack. */
export type NamedFile = { name: string; bytes: Uint8Array; type: string };

// PDF and PNG are compressed already: deflating them again costs time and saves nothing.
const STORED = new Set(['application/pdf', 'image/png']);

/**
 * The files as one zip archive, each at the top level under its own name (names in UTF-8, so
 * å, ä, ö survive), text deflated, PDF and PNG stored as they are.
 */
export function zipFiles(files: readonly NamedFile[], modified = new Date()): Uint8Array {
  return zipSync(
    Object.fromEntries(
      files.map((file) => [
        file.name,
        [file.bytes, { level: STORED.has(file.type) ? 0 : 6, mtime: modified }] as const,
      ]),
    ),
  );
}
