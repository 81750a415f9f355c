// The `plan:save` logic without Electron: dialog and file system come in as dependencies, so the
// hostile-payload tests run in plain Node against real files.
import { join } from 'node:path';
import { savePlanRequestSchema } from '@shared/ipc/schemas';
import type { SavePlanResult } from '@shared/ipc/types';
import { sanitizeFileName } from '@shared/io/fileName';
import { isTrustedSender } from '../security';

export type SaveDialogOutcome = { canceled: boolean; filePath?: string | undefined };

export type SavePlanDeps = {
  /** Folder the dialog starts in (the user's Documents). */
  documentsDir: string;
  /** Asks the user where to save; `defaultPath` is documentsDir + a sanitised name. */
  showSaveDialog: (defaultPath: string) => Promise<SaveDialogOutcome>;
  /** Writes all or nothing (see writeFileAtomic). */
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
};

const INVALID: SavePlanResult = { ok: false, reason: 'invalid-request' };

/**
 * Handles one `plan:save` request: checks the sender frame, parses the payload, asks for a
 * path and writes the PDF. Never throws; every outcome is a SavePlanResult.
 */
export async function savePlan(
  senderUrl: unknown,
  payload: unknown,
  deps: SavePlanDeps,
): Promise<SavePlanResult> {
  if (!isTrustedSender(senderUrl)) return INVALID;
  const parsed = savePlanRequestSchema.safeParse(payload);
  if (!parsed.success) return INVALID;
  const { suggestedName, bytes } = parsed.data;

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
