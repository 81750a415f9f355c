import { useCallback, useEffect, useRef, useState } from 'react';
import type { Command } from './placementCommands';

type Track = (write: () => Promise<void>) => Promise<void>;
export type HistoryEvent = { kind: 'undo' | 'redo'; command: Command };

/** Keys are for the board, not for a form field, an open dialog or a card being dragged. */
function boardHasKeys(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open], [aria-pressed="true"]')) return false;
  return !(
    target instanceof Element && target.closest('input, textarea, select, [contenteditable]')
  );
}

// One shared default, so the callbacks below stay stable across renders.
const ignoreStep = () => {};

/**
 * Undo and redo over commands. Operations run one after another (a queue), so Ctrl+Z pressed
 * while a drop is still saving undoes that drop, not the one before. A command whose write
 * fails is not recorded, so undo never reverts something that did not happen.
 */
export function useHistory(track: Track, onStep: (event: HistoryEvent) => void = ignoreStep) {
  const done = useRef<Command[]>([]);
  const undone = useRef<Command[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Mirrors the stack sizes into state so buttons re-render.
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });

  const enqueue = useCallback((operation: () => Promise<void>) => {
    const next = queue.current.then(operation, operation);
    queue.current = next.catch(() => undefined);
    return next.finally(() => setSizes({ undo: done.current.length, redo: undone.current.length }));
  }, []);

  const run = useCallback(
    (command: Command) =>
      enqueue(async () => {
        await track(command.apply);
        done.current.push(command);
        undone.current = [];
      }),
    [enqueue, track],
  );

  /** Moves the newest command of one stack to the other, running `apply` or `revert`. */
  const step = useCallback(
    (kind: HistoryEvent['kind']) =>
      enqueue(async () => {
        const [source, target] = kind === 'undo' ? [done, undone] : [undone, done];
        const command = source.current.pop();
        if (!command) return;
        try {
          await track(kind === 'undo' ? command.revert : command.apply);
          target.current.push(command);
          onStep({ kind, command });
        } catch {
          source.current.push(command);
        }
      }),
    [enqueue, track, onStep],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !boardHasKeys(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') void redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { run, undo, redo, canUndo: sizes.undo > 0, canRedo: sizes.redo > 0 };
}
