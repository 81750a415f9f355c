import { useCallback, useRef, useState } from 'react';
import { invert, isNoOp, type Change } from '@shared/domain/changes';
import { changesRepo as appChangesRepo, type ChangesRepo } from '../../db/changesRepo';

type Track = (write: () => Promise<void>) => Promise<void>;

/** What undo or redo did: applied the change, or skipped it because its target moved since. */
export type HistoryEvent = { kind: 'undo' | 'redo'; change: Change; skipped: boolean };

// One shared default, so the callbacks below stay stable across renders.
const ignoreStep = () => {};

/**
 * Undo and redo over change records (shared/domain/changes.ts), for one workshop. Operations
 * run one after another (a queue), so Ctrl+Z pressed while a drop is still saving undoes that
 * drop, not the one before. A change whose write fails is not recorded. Undo applies a change's
 * inverse only while its rows are still as the change left them; otherwise it writes nothing,
 * drops the change and says so (`skipped`), rather than overwriting what someone did since.
 */
export function useChangeHistory(
  track: Track,
  onStep: (event: HistoryEvent) => void = ignoreStep,
  repo: ChangesRepo = appChangesRepo,
) {
  const done = useRef<Change[]>([]);
  const undone = useRef<Change[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Mirrors the stack sizes into state so buttons re-render.
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });

  const enqueue = useCallback((operation: () => Promise<void>) => {
    const next = queue.current.then(operation, operation);
    queue.current = next.catch(() => undefined);
    return next.finally(() => setSizes({ undo: done.current.length, redo: undone.current.length }));
  }, []);

  /** Writes a new change (its `from` values are read in the same transaction) and records it. */
  const record = useCallback(
    (build: () => Change | Promise<Change>) =>
      enqueue(async () => {
        let change: Change | undefined;
        await track(async () => {
          change = await repo.record(build);
        });
        // A card dropped where it lay changes nothing: nothing to undo either.
        if (!change || isNoOp(change)) return;
        done.current.push(change);
        undone.current = [];
      }),
    [enqueue, track, repo],
  );

  const step = useCallback(
    (kind: HistoryEvent['kind']) =>
      enqueue(async () => {
        const [source, target] = kind === 'undo' ? [done, undone] : [undone, done];
        const change = source.current.pop();
        if (!change) return;
        let applied = false;
        try {
          await track(async () => {
            const result = await repo.applyIfCurrent(kind === 'undo' ? invert(change) : change);
            applied = result.ok;
          });
        } catch {
          // The write failed (e.g. a full disk): keep the change so the user can try again.
          source.current.push(change);
          return;
        }
        if (applied) target.current.push(change);
        onStep({ kind, change, skipped: !applied });
      }),
    [enqueue, track, onStep, repo],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  return { record, undo, redo, canUndo: sizes.undo > 0, canRedo: sizes.redo > 0 };
}

export type ChangeHistory = ReturnType<typeof useChangeHistory>;
/** How features hand a change to the history: undoable, with a visible save status. */
export type RecordChange = ChangeHistory['record'];
