// Writing in place would leave a truncated PDF (or destroy the previous one) if the disk fills up
// or the app dies halfway. A temp file in the same folder plus rename is atomic on one volume.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `filePath` all or nothing: into a fresh temp file next to it (flushed to
 * disk), then renamed over the target. On any failure the temp file is removed and the error
 * is rethrown; an existing file at `filePath` is left untouched.
 */
export async function writeFileAtomic(
  filePath: string,
  bytes: Uint8Array,
  mode = 0o644,
): Promise<void> {
  const tempPath = join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.tmp`);
  try {
    // 'wx': fail rather than follow or reuse anything already at the temp path.
    const handle = await open(tempPath, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
