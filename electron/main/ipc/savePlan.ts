// The `plan:save` logic without Electron: dialog and file system come in as dependencies, so the
// tests run in plain Node against real files. The gate (gate.ts) has checked sender and payload.
import { join } from 'node:path';
import type { SavePlanRequest, SavePlanResult } from '@shared/ipc/types';
import { sanitizeFileName } from '@shared/io/fileName';

export type SaveDialogOutcome = { canceled: boolean; filePath?: string | undefined };

export type SavePlanDeps = {
  /** Folder the dialog starts in (the user's Documents). */
  documentsDir: string;
  /** Asks the user where to save; `defaultPath` is documentsDir + a sanitised name. */
  showSaveDialog: (defaultPath: string) => Promise<SaveDialogOutcome>;
  /** Writes all or nothing (see writeFileAtomic). */
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
};

/**
 * Handles one parsed `plan:save` request: asks for a path and writes the PDF. Never throws;
 * every outcome is a SavePlanResult.
 */
export async function savePlan(
  { suggestedName, bytes }: SavePlanRequest,
  deps: SavePlanDeps,
): Promise<SavePlanResult> {
  let outcome: SaveDialogOutcome;
  try {
    outcome = await deps.showSaveDialog(join(deps.documentsDir, sanitizeFileName(suggestedName)));
  } catch (error) {
    return { ok: false, reason: 'write-failed', message: messageOf(error) };
  }
  if (outcome.canceled || !outcome.filePath) return { ok: false, reason: 'cancelled' };

  try {
    await deps.writeFile(outcome.filePath, bytes);
  } catch (error) {
    return { ok: false, reason: 'write-failed', message: messageOf(error) };
  }
  return { ok: true, path: outcome.filePath };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
