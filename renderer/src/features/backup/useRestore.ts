import { useState } from 'react';
import type { BackupSummary } from '@shared/ipc/types';
import type { Snapshot } from '@shared/io/snapshotFormat';
import { unknownModelsByWorkshop, type UnknownModelsInWorkshop } from '@shared/io/unknownModels';
import type { BackupRepo } from '../../db/backupRepo';
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

type Options = {
  bridge: BackupBridge | null;
  repo: Pick<BackupRepo, 'snapshot' | 'restore'>;
  onRestored: () => void;
};

/**
 * Load → confirm → restore. Loading checks everything before the user is asked; on the desktop
 * the current data is backed up before it is replaced, so a wrong choice can be undone. A file
 * with records the app cannot show is said so before and after: then the screen stays, with
 * `restored` set, until the user moves on (`done`).
 */
export function useRestore({ bridge, repo, onRestored }: Options) {
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
