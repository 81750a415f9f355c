// Loaded with import() when a workshop file is written or read: it brings the schema library.
import type { SnapshotFailureReason } from '@shared/io/snapshotFormat';
import type { SnapshotProblem } from '@shared/io/snapshotProblem';
import type { ImportedWorkshop } from '@shared/io/workshopFileImport';
import {
  createWorkshopFile,
  serializeWorkshopFile,
  type WorkshopFile,
} from '@shared/io/workshopFileFormat';
import { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile } from '@shared/io/workshopFileParse';
import { workshopFileRepo, type WorkshopFileRepo } from '../../db/workshopFileRepo';
import { severalWorkshopsFileName, workshopFileName } from './fileNames';
import type { NamedFile } from './resultsPack';

/** Why a picked file cannot be imported: its content, or reading it at all. */
export type LoadFailure =
  | { kind: 'parse'; reason: SnapshotFailureReason; detail?: string; problem?: SnapshotProblem }
  | { kind: 'read'; detail?: string };

export type LoadedFile = { ok: true; file: WorkshopFile; backup: boolean };

/**
 * The workshop file of the workshops with `ids` (every workshop for 'all'), checked to import
 * again before it is handed over: the file may be the only copy there will be.
 */
export async function workshopFileOf(
  ids: readonly string[] | 'all',
  now = new Date(),
  repo: Pick<WorkshopFileRepo, 'read'> = workshopFileRepo,
): Promise<NamedFile> {
  const records = await repo.read(ids);
  const file = createWorkshopFile(records, ids === 'all' ? 'all' : 'workshop', now.getTime());
  const text = serializeWorkshopFile(file);
  const check = parseWorkshopFile(text);
  if (!check.ok) throw new Error(`${check.reason} ${check.detail ?? ''}`.trim());
  const [only] = records.workshops;
  const name =
    ids !== 'all' && records.workshops.length === 1 && only
      ? workshopFileName(only, '.json')
      : severalWorkshopsFileName(now);
  return { name, bytes: new TextEncoder().encode(text), type: 'application/json' };
}

/** A workshop file (or backup file) the user picked; oversized files are refused unread. */
export async function loadWorkshopFile(
  blob: Blob,
): Promise<LoadedFile | { ok: false; failure: LoadFailure }> {
  if (blob.size > MAX_WORKSHOP_FILE_BYTES) {
    return { ok: false, failure: { kind: 'parse', reason: 'too-large' } };
  }
  let text: string;
  try {
    text = await blob.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'read', detail } };
  }
  const result = parseWorkshopFile(text);
  if (result.ok) return result;
  const { reason, detail, problem } = result;
  return { ok: false, failure: { kind: 'parse', reason, detail, ...(problem && { problem }) } };
}

/** How many of the file's workshops are here already, and so would come in as copies. */
export async function copiesOf(
  file: WorkshopFile,
  repo: Pick<WorkshopFileRepo, 'present'> = workshopFileRepo,
): Promise<number> {
  return (await repo.present(file.workshops.map((w) => w.id))).size;
}

/** Adds the file's workshops beside the ones here; one all-or-nothing transaction. */
export function importWorkshopFile(
  file: WorkshopFile,
  copyMark: string,
  repo: Pick<WorkshopFileRepo, 'import'> = workshopFileRepo,
): Promise<ImportedWorkshop[]> {
  return repo.import(file, { newId: () => crypto.randomUUID(), copyMark, now: Date.now() });
}
