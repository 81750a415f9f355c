import { useState } from 'react';
import type { BackupSummary } from '@shared/ipc/types';
import { serializeSnapshot } from '@shared/io/serializeSnapshot';
import type { Snapshot } from '@shared/io/snapshotFormat';
import { unknownModelsByWorkshop, type UnknownModelsInWorkshop } from '@shared/io/unknownModels';
import type { BackupRepo } from '../../db/backupRepo';
import { downloadFile } from '../../platform/download';
import type { BackupBridge } from '../../platform/platform';
import { backupStatus } from './backupStatus';
import {
  loadSnapshotBackup,
  loadSnapshotFile,
  type LoadFailure,
  type LoadResult,
} from './loadSnapshot';
import { takeBackup } from './takeBackup';

/** Where a snapshot awaiting confirmation came from; data, so the text follows the language. */
export type RestoreSource = { kind: 'file'; name: string } | { kind: 'backup'; createdAt: string };

export type RestoreCandidate = {
  snapshot: Snapshot;
  source: RestoreSource;
  /** Workshops with records of models this version does not know: kept, but not shown. */
  unknown: UnknownModelsInWorkshop[];
};

export type RestoreFailure =
  | { kind: 'load'; failure: LoadFailure }
  | { kind: 'restore'; error: unknown }
  /** The backup of the current data, promised before a restore, could not be taken. */
  | { kind: 'safety'; detail: string };

/** Hands a file to the user; in the browser a download. */
export type SaveFile = (name: string, bytes: Uint8Array, type: string) => void;

type Options = {
  bridge: BackupBridge | null;
  repo: Pick<BackupRepo, 'snapshot' | 'restore'>;
  onRestored: () => void;
  /** Where the browser's safety file goes; injected by tests. */
  saveFile?: SaveFile;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `klimatverkstad-2026-12-02-140509.json`: to the second, so it never takes a picked file's name. */
function safetyFileName(now: Date): string {
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `klimatverkstad-${now.toLocaleDateString('sv-SE')}-${time}.json`;
}

/**
 * The browser's promise before a restore: what is about to be replaced goes to a backup file
 * first (a download), as the desktop app writes a backup first. An empty database has nothing
 * to lose. Returns why the file could not be made, or null.
 */
async function saveSafetyFile(
  repo: Pick<BackupRepo, 'snapshot'>,
  save: SaveFile,
): Promise<string | null> {
  try {
    const now = new Date();
    const snapshot = await repo.snapshot(now.getTime());
    if (snapshot.workshops.length === 0) return null;
    const bytes = new TextEncoder().encode(serializeSnapshot(snapshot));
    save(safetyFileName(now), bytes, 'application/json');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Load → confirm → restore. Loading checks everything before the user is asked; the current
 * data is backed up before it is replaced (on the desktop a backup, in the browser a backup
 * file), so a wrong choice can be undone. A file
 * with records the app cannot show is said so before and after: then the screen stays, with
 * `restored` set, until the user moves on (`done`).
 */
export function useRestore({ bridge, repo, onRestored, saveFile = downloadFile }: Options) {
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [failure, setFailure] = useState<RestoreFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState<UnknownModelsInWorkshop[] | null>(null);

  async function load(loading: Promise<LoadResult>, source: RestoreSource) {
    setFailure(null);
    setRestored(null);
    setBusy(true);
    try {
      const result = await loading;
      if (result.ok) {
        const unknown = unknownModelsByWorkshop(result.snapshot);
        setCandidate({ snapshot: result.snapshot, source, unknown });
      } else setFailure({ kind: 'load', failure: result.failure });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!candidate) return;
    setCandidate(null);
    setBusy(true);
    try {
      if (bridge) {
        const safety = await takeBackup(repo, bridge, backupStatus.record);
        // 'empty': there was nothing to lose. Anything else: keep the promise the dialog made.
        if (!safety.ok && safety.reason !== 'empty') {
          setFailure({ kind: 'safety', detail: safety.message ?? safety.reason });
          return;
        }
      } else {
        const problem = await saveSafetyFile(repo, saveFile);
        if (problem !== null) {
          setFailure({ kind: 'safety', detail: problem });
          return;
        }
      }
      await repo.restore(candidate.snapshot);
      if (candidate.unknown.length > 0) setRestored(candidate.unknown);
      else onRestored();
    } catch (error) {
      setFailure({ kind: 'restore', error });
    } finally {
      setBusy(false);
    }
  }

  return {
    candidate,
    failure,
    busy,
    restored,
    done: onRestored,
    pickFile(file: File) {
      void load(loadSnapshotFile(file), { kind: 'file', name: file.name });
    },
    pickBackup(backup: BackupSummary) {
      if (!bridge) return;
      const source = { kind: 'backup', createdAt: backup.createdAt } as const;
      void load(loadSnapshotBackup(bridge, backup.id), source);
    },
    confirm,
    cancel: () => setCandidate(null),
  };
}
