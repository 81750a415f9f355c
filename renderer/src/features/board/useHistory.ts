import { useCallback, useEffect, useRef, useState } from 'react';
import type { Command } from './placementCommands';

type Run = (write: () => Promise<void>) => Promise<void>;

/**
 * Undo and redo over commands. Every command runs through `track` (the save status); a command
 * whose write fails is not recorded, so undo never reverts something that did not happen.
 */
export function useHistory(track: Run) {
  const done = useRef<Command[]>([]);
  const undone = useRef<Command[]>([]);
  // Mirrors the stack sizes into state so buttons re-render; the stacks live in refs because
  // async undo/redo must see the latest stacks, not a render's snapshot.
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });
  const bump = useCallback(
    () => setSizes({ undo: done.current.length, redo: undone.current.length }),
    [],
  );

  const run = useCallback(
    async (command: Command) => {
      await track(command.apply);
      done.current.push(command);
      undone.current = [];
      bump();
    },
    [track, bump],
  );

  const undo = useCallback(async () => {
    const command = done.current.pop();
    if (!command) return;
    try {
      await track(command.revert);
      undone.current.push(command);
    } catch {
      done.current.push(command);
    }
    bump();
  }, [track, bump]);

  const redo = useCallback(async () => {
    const command = undone.current.pop();
    if (!command) return;
    try {
      await track(command.apply);
      done.current.push(command);
    } catch {
      undone.current.push(command);
    }
    bump();
  }, [track, bump]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') void redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return {
    run,
    undo,
    redo,
    canUndo: sizes.undo > 0,
    canRedo: sizes.redo > 0,
  };
}
